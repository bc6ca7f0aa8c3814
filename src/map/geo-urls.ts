// URLs of the geo files the map draws, emitted by Vite as hashed static assets (never inlined).
import zonesUrl from '../../geo/zones.geojson?url&no-inline';
import zonesMapUrl from '../../geo/zones-map.geojson?url&no-inline';
import syriaUrl from '../../geo/basemap/syria.geojson?url&no-inline';
import governoratesUrl from '../../geo/basemap/governorates.geojson?url&no-inline';
import governorateBordersUrl from '../../geo/basemap/governorate-borders.geojson?url&no-inline';
import governorateLabelsUrl from '../../geo/basemap/governorate-labels.geojson?url&no-inline';
import neighboursUrl from '../../geo/basemap/neighbours.geojson?url&no-inline';
import placesUrl from '../../geo/basemap/places.geojson?url&no-inline';
import minorPlacesUrl from '../../geo/basemap/places-minor.geojson?url&no-inline';

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

export interface BasemapUrls {
  syria: string;
  /** The lines between governorates (each drawn once; the outline comes from `syria`). */
  governorateBorders: string;
  governorateLabels: string;
  neighbours: string;
  places: string;
  /** Towns drawn only from zoom 7.5; fetched after the map's first idle (see deferred-sources.ts). */
  minorPlaces: string;
  /** Governorate polygons, fetched only when an excerpt names a governorate (coverage-layers.ts). */
  governorates: string;
}

/** What the map draws (the first load). */
export const ZONES_MAP_URL = zonesMapUrl;
/** Every property of every zone part, for the panels and the export (fetched once the map is idle). */
export const ZONES_URL = zonesUrl;

/** Absolute URLs, because the map's worker resolves relative ones against its own script. */
export function basemapUrls(): BasemapUrls {
  return {
    syria: absolute(syriaUrl),
    governorateBorders: absolute(governorateBordersUrl),
    governorateLabels: absolute(governorateLabelsUrl),
    neighbours: absolute(neighboursUrl),
    places: absolute(placesUrl),
    minorPlaces: absolute(minorPlacesUrl),
    governorates: absolute(governoratesUrl),
  };
}
