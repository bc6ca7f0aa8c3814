// Coverage on the map: the places the press named (circles sized by how often), and the focus of
// one excerpt (its places as points, the governorates it names and its linked zones outlined),
// fitted with the box from focus.ts. Fetched with focus.ts once the map is idle.
// One label per place: a named town the basemap already labels keeps the basemap's label (a minor
// town's label shows only from MINOR_PLACES_MINZOOM, so until then the named place labels itself);
// places abroad, off the basemap, are labelled at every zoom.
import type { ExpressionSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { ExcerptFocus, PlaceProps } from '../lib/coverage/focus.ts';
import { LABEL_FONT } from './fonts.ts';
import { FIRST_LABEL_LAYER, ZONES_SOURCE } from './style.ts';
import { MINOR_PLACES_MINZOOM } from '../lib/geo/place-ranks.ts';
import { once } from '../lib/once.ts';
import { syncSize } from './sync-size.ts';

export const MENTIONED_SOURCE = 'mentioned-places';
export const FOCUS_SOURCE = 'excerpt-places';
export const MENTIONED_LAYER = 'mentioned-places';
export const MENTIONED_LABELS_LAYER = 'mentioned-place-labels';
export const MENTIONED_MINOR_LABELS_LAYER = 'mentioned-minor-place-labels';
export const MENTIONED_FOREIGN_LABELS_LAYER = 'mentioned-foreign-place-labels';
export const FOCUS_LAYER = 'excerpt-places';
export const FOCUS_ZONES_LAYER = 'excerpt-zone-outline';
export const FOCUS_GOVERNORATES_LAYER = 'excerpt-governorate-outline';
const GOVERNORATES_SOURCE = 'excerpt-governorates';

type Padding = { top: number; bottom: number; left: number; right: number };
/** The basemap's town files (to know which named towns it labels already) and its governorate polygons. */
export interface CoverageUrls {
  places: string;
  minorPlaces: string;
  governorates: string;
}
type Labelled = 'major' | 'minor';
const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
const zoneFilter = (zones: readonly string[]): ExpressionSpecification => ['in', ['get', 'zone'], ['literal', [...zones]]];
const pcodeFilter = (pcodes: readonly string[]): ExpressionSpecification => ['in', ['get', 'pcode'], ['literal', [...pcodes]]];

/** The mentioned places' label layer for the places `filter` keeps, drawn from `minzoom` to `maxzoom`. */
function labelLayer(id: string, filter: ExpressionSpecification, minzoom: number, maxzoom = 24): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: MENTIONED_SOURCE,
    filter,
    minzoom,
    maxzoom,
    layout: {
      'text-field': ['format', ['get', 'name_ar'], {}, '\n', {}, ['get', 'name_en'], { 'font-scale': 0.85 }],
      'text-font': [LABEL_FONT],
      'text-size': 11,
      'text-variable-anchor': ['bottom', 'top', 'left', 'right'],
      'text-radial-offset': 0.9,
      'symbol-sort-key': ['-', ['get', 'count']],
    },
    paint: { 'text-color': '#7a4300', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
  };
}

function layers(): LayerSpecification[] {
  const labelled: ExpressionSpecification = ['coalesce', ['get', 'labelled'], ''];
  return [
    {
      id: FOCUS_GOVERNORATES_LAYER,
      type: 'line',
      source: GOVERNORATES_SOURCE,
      filter: pcodeFilter([]),
      paint: { 'line-color': '#1a73e8', 'line-width': 2.5, 'line-dasharray': [2, 1.5], 'line-opacity': 0.9 },
    },
    {
      id: FOCUS_ZONES_LAYER,
      type: 'line',
      source: ZONES_SOURCE,
      filter: zoneFilter([]),
      paint: { 'line-color': '#1a73e8', 'line-width': 3.5, 'line-opacity': 0.9 },
    },
    {
      id: MENTIONED_LAYER,
      type: 'circle',
      source: MENTIONED_SOURCE,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 4, 10, 8, 30, 13],
        'circle-color': '#e07b00',
        'circle-opacity': 0.7,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    labelLayer(MENTIONED_LABELS_LAYER, ['all', ['!', ['get', 'foreign']], ['==', labelled, '']], 6),
    labelLayer(MENTIONED_MINOR_LABELS_LAYER, ['==', labelled, 'minor'], 6, MINOR_PLACES_MINZOOM),
    labelLayer(MENTIONED_FOREIGN_LABELS_LAYER, ['==', ['get', 'foreign'], true], 0),
    {
      id: FOCUS_LAYER,
      type: 'circle',
      source: FOCUS_SOURCE,
      paint: {
        'circle-radius': 7,
        'circle-color': '#1a73e8',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
  ];
}

export class CoverageLayers {
  readonly #map: MapLibreMap;
  readonly #padding: Padding;
  #ready = false;
  #places: FeatureCollection<Point, PlaceProps> = empty() as FeatureCollection<Point, PlaceProps>;
  #focus: ExcerptFocus | null = null;
  #fitted: string | null = null;

  readonly #urls: CoverageUrls;
  #governoratesAsked = false;

  constructor(map: MapLibreMap, padding: Padding, urls: CoverageUrls) {
    this.#map = map;
    this.#padding = padding;
    this.#urls = urls;
    const add = (): void => {
      map.addSource(MENTIONED_SOURCE, { type: 'geojson', data: this.#places });
      map.addSource(FOCUS_SOURCE, { type: 'geojson', data: empty() });
      map.addSource(GOVERNORATES_SOURCE, { type: 'geojson', data: empty() });
      // All of it under the basemap's labels and the zones' names, so no name is covered: an excerpt's
      // outlines and points and the named places' circles are drawn beneath them, and the named places'
      // own labels are placed after the zones' names and the towns', and so keep clear of them.
      for (const layer of layers()) map.addLayer(layer, FIRST_LABEL_LAYER);
      this.#ready = true;
      this.#apply(false);
    };
    add(); // made once the map is idle (atlas-map.ts): its style is loaded
    map.on('mouseenter', MENTIONED_LAYER, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', MENTIONED_LAYER, () => (map.getCanvas().style.cursor = ''));
  }

  /** The place drawn at a screen point, if any (clicks on places win over the zone under them). */
  placeAt(point: PointLike): string | null {
    if (!this.#ready) return null;
    const hit = this.#map.queryRenderedFeatures(point, { layers: [FOCUS_LAYER, MENTIONED_LAYER] })[0];
    const id = hit?.properties['place_id'];
    return typeof id === 'string' ? id : null;
  }

  /** Ids of the towns the basemap labels, major and minor (fetched once, with the first named places). */
  readonly #basemapTowns = once(async (): Promise<Map<string, Labelled>> => {
    const ids = async (url: string): Promise<string[]> => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const collection = (await response.json()) as { features?: { id?: unknown }[] };
      return (collection.features ?? []).flatMap((f) => (typeof f.id === 'string' ? [f.id] : []));
    };
    const [major, minor] = await Promise.all([ids(this.#urls.places), ids(this.#urls.minorPlaces)]);
    return new Map<string, Labelled>([...minor.map((id) => [id, 'minor'] as const), ...major.map((id) => [id, 'major'] as const)]);
  });

  /** The named places with a point (placesCollection of focus.ts), each marked with the basemap label it has. */
  async setPlaces(places: FeatureCollection<Point, PlaceProps>): Promise<void> {
    // Without the basemap's towns every place labels itself (two labels at worst, never none).
    const towns = places.features.length > 0 ? await this.#basemapTowns().catch(() => new Map<string, Labelled>()) : new Map<string, Labelled>();
    const marked: FeatureCollection<Point, PlaceProps & { labelled?: Labelled }> = {
      ...places,
      features: places.features.map((f) => {
        const labelled = towns.get(f.properties.place_id);
        return labelled ? { ...f, properties: { ...f.properties, labelled } } : f;
      }),
    };
    this.#places = marked;
    if (this.#ready) this.#map.getSource<GeoJSONSource>(MENTIONED_SOURCE)?.setData(marked);
  }

  /** Show one excerpt's places and zones, or none; `fit` moves the view to them once per excerpt. */
  setFocus(focus: ExcerptFocus | null, fit: boolean): void {
    this.#focus = focus;
    if (this.#ready) this.#apply(fit);
  }

  /** After the map's box changed: fit the excerpt it was moved to again; false when there is none. */
  refit(): boolean {
    const focus = this.#focus;
    if (!focus?.bounds || this.#fitted !== focus.excerptId) return false;
    this.#map.fitBounds(focus.bounds, { padding: this.#padding, maxZoom: 9, duration: 0 });
    return true;
  }

  /** Draw the focus (the named places are set on their own: a focus changes with every excerpt hovered). */
  #apply(fit: boolean): void {
    const focus = this.#focus;
    this.#map.getSource<GeoJSONSource>(FOCUS_SOURCE)?.setData(focus?.points ?? empty());
    this.#map.setFilter(FOCUS_ZONES_LAYER, zoneFilter(focus?.zones ?? []));
    const governorates = focus?.governorates ?? [];
    if (governorates.length > 0 && !this.#governoratesAsked) {
      this.#governoratesAsked = true; // the polygons are fetched by the map's worker the first time one is named
      this.#map.getSource<GeoJSONSource>(GOVERNORATES_SOURCE)?.setData(this.#urls.governorates);
    }
    this.#map.setFilter(FOCUS_GOVERNORATES_LAYER, pcodeFilter(governorates));
    if (!fit || !focus) {
      if (!focus) this.#fitted = null;
      return;
    }
    if (focus.bounds && this.#fitted !== focus.excerptId) {
      syncSize(this.#map);
      this.#map.fitBounds(focus.bounds, { padding: this.#padding, maxZoom: 9, duration: 600 });
    }
    this.#fitted = focus.excerptId;
  }
}
