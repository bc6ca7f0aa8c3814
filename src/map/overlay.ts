// Imported GeoJSON drawn as overlays: one source and a fill + outline layer per overlay, above the
// zones (and below the places and labels, so those stay legible), each in its own colour.
// Several overlays can be shown at once; the caller hands the full list and this diffs it.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

/** What the map needs to draw one overlay: plain data, no MapLibre types. */
export interface MapOverlay {
  /** Stable and unique among the overlays; used in the source and layer ids. */
  id: string;
  colour: string;
  collection: FeatureCollection<Polygon | MultiPolygon>;
  /** West, south, east, north: the view fits it when the overlay is first drawn. */
  bbox: [number, number, number, number];
}

export const OVERLAY_PREFIX = 'import-overlay-';
/** Overlays go right under this layer, i.e. above every zone layer. */
const BELOW_LAYER = 'syria-outline';

export const overlaySourceId = (id: string): string => `${OVERLAY_PREFIX}${id}`;
export const overlayFillLayerId = (id: string): string => `${OVERLAY_PREFIX}${id}-fill`;
export const overlayLineLayerId = (id: string): string => `${OVERLAY_PREFIX}${id}-line`;

export class OverlayLayers {
  readonly #map: MapLibreMap;
  readonly #padding: { top: number; bottom: number; left: number; right: number };
  #drawn = new Map<string, MapOverlay>();
  #wanted: readonly MapOverlay[] = [];
  #waiting = false;

  constructor(map: MapLibreMap, padding: { top: number; bottom: number; left: number; right: number }) {
    this.#map = map;
    this.#padding = padding;
  }

  /** Show exactly these overlays, in this order (later ones on top); fit the view to new ones. */
  set(overlays: readonly MapOverlay[]): void {
    this.#wanted = overlays;
    if (this.#map.getLayer(BELOW_LAYER)) this.#apply();
    else if (!this.#waiting) {
      this.#waiting = true;
      this.#map.once('style.load', () => {
        this.#waiting = false;
        this.#apply();
      });
    }
  }

  #apply(): void {
    const keep = new Set(this.#wanted.map((o) => o.id));
    for (const id of [...this.#drawn.keys()]) if (!keep.has(id)) this.#remove(id);
    const added: MapOverlay[] = [];
    for (const overlay of this.#wanted) {
      const previous = this.#drawn.get(overlay.id);
      if (previous === overlay) continue;
      if (previous) this.#map.getSource<GeoJSONSource>(overlaySourceId(overlay.id))?.setData(overlay.collection);
      else {
        this.#add(overlay);
        added.push(overlay);
      }
      this.#drawn.set(overlay.id, overlay);
    }
    const last = added[added.length - 1];
    if (last) this.#map.fitBounds(last.bbox, { padding: this.#padding, maxZoom: 10, duration: 600 });
  }

  #add(overlay: MapOverlay): void {
    const source = overlaySourceId(overlay.id);
    this.#map.addSource(source, { type: 'geojson', data: overlay.collection });
    this.#map.addLayer(
      {
        id: overlayFillLayerId(overlay.id),
        type: 'fill',
        source,
        paint: { 'fill-color': overlay.colour, 'fill-opacity': 0.22 },
      },
      BELOW_LAYER,
    );
    this.#map.addLayer(
      {
        id: overlayLineLayerId(overlay.id),
        type: 'line',
        source,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': overlay.colour, 'line-width': 2.4, 'line-dasharray': [4, 1.5] },
      },
      BELOW_LAYER,
    );
  }

  #remove(id: string): void {
    for (const layer of [overlayLineLayerId(id), overlayFillLayerId(id)]) if (this.#map.getLayer(layer)) this.#map.removeLayer(layer);
    if (this.#map.getSource(overlaySourceId(id))) this.#map.removeSource(overlaySourceId(id));
    this.#drawn.delete(id);
  }
}
