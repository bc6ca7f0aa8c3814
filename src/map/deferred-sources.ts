// Basemap sources the opening view does not draw (their layers start at a higher zoom than it opens
// at): the style declares them empty and this fills them after the map's first complete view, or as
// soon as the view nears their zoom, whichever comes first. A view that opens at their zoom (a large
// screen, a shared link) gets them at once, so what the opening view shows never changes.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

export interface DeferredSource {
  source: string;
  url: string;
  /** The lowest zoom any layer of the source is drawn at. */
  minzoom: number;
}

/** Zooming in, a source is fetched this far below its minzoom, so it is there when it shows. */
const LEAD = 0.5;

export class DeferredSources {
  readonly #map: MapLibreMap;
  #pending: DeferredSource[];

  constructor(map: MapLibreMap, sources: readonly DeferredSource[]) {
    this.#map = map;
    this.#pending = [...sources];
    const opening = map.getZoom();
    this.#load((d) => opening >= d.minzoom);
    map.on('zoom', () => {
      const zoom = map.getZoom();
      this.#load((d) => zoom >= d.minzoom - LEAD);
    });
  }

  /** Fetch every source still empty (once the first complete view is drawn). */
  loadAll(): void {
    this.#load(() => true);
  }

  #load(due: (d: DeferredSource) => boolean): void {
    const now = this.#pending.filter(due);
    if (now.length === 0) return;
    this.#pending = this.#pending.filter((d) => !now.includes(d));
    for (const d of now) {
      const fill = (): void => void this.#map.getSource<GeoJSONSource>(d.source)?.setData(d.url);
      if (this.#map.getSource(d.source)) fill();
      else this.#map.once('style.load', fill);
    }
  }
}
