// Imported GeoJSON drawn as overlays: one vector tile source and a fill + outline layer per overlay,
// above the zones (and below the places and labels, so those stay legible), each in its own colour.
// The tiles come from the caller (the import worker cuts them), through a custom protocol, so a large
// file's geometry never passes through the page's thread on its way to MapLibre's workers.
// Several overlays can be shown at once; the caller hands the full list and this diffs it.
import { addProtocol, type Map as MapLibreMap } from 'maplibre-gl';
import { OVERLAY_TILE_LAYER, OVERLAY_TILE_MAX_ZOOM } from '../lib/import/types.ts';

/** What the map needs to draw one overlay: plain data and a tile callback, no MapLibre types. */
export interface MapOverlay {
  /** Stable and unique among the overlays; used in the source and layer ids. */
  id: string;
  colour: string;
  /** The overlay's Mapbox Vector Tile at z/x/y, its one layer named OVERLAY_TILE_LAYER. */
  tiles: (z: number, x: number, y: number) => Promise<ArrayBuffer>;
  /** West, south, east, north: the view fits it when the overlay is first drawn. */
  bbox: [number, number, number, number];
}

export const OVERLAY_PREFIX = 'import-overlay-';
const PROTOCOL = 'atlas-overlay';
/** The overlays drawn now, by id: where the protocol's requests are answered. */
const tileSources = new Map<string, MapOverlay['tiles']>();
let protocolAdded = false;

/** `atlas-overlay://ID/z/x/y` answered by that overlay's tile callback (an empty tile once it is removed). */
function addOverlayProtocol(): void {
  if (protocolAdded) return;
  protocolAdded = true;
  addProtocol(PROTOCOL, async ({ url }) => {
    const [id = '', z, x, y] = url.slice(`${PROTOCOL}://`.length).split('/');
    const tiles = tileSources.get(id);
    return { data: tiles ? await tiles(Number(z), Number(x), Number(y)) : new ArrayBuffer(0) };
  });
}
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
    addOverlayProtocol();
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
      if (previous) tileSources.set(overlay.id, overlay.tiles);
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
    tileSources.set(overlay.id, overlay.tiles);
    this.#map.addSource(source, {
      type: 'vector',
      tiles: [`${PROTOCOL}://${overlay.id}/{z}/{x}/{y}`],
      bounds: overlay.bbox,
      maxzoom: OVERLAY_TILE_MAX_ZOOM,
    });
    this.#map.addLayer(
      {
        id: overlayFillLayerId(overlay.id),
        type: 'fill',
        source,
        'source-layer': OVERLAY_TILE_LAYER,
        paint: { 'fill-color': overlay.colour, 'fill-opacity': 0.22 },
      },
      BELOW_LAYER,
    );
    this.#map.addLayer(
      {
        id: overlayLineLayerId(overlay.id),
        type: 'line',
        source,
        'source-layer': OVERLAY_TILE_LAYER,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': overlay.colour, 'line-width': 2.4, 'line-dasharray': [4, 1.5] },
      },
      BELOW_LAYER,
    );
  }

  #remove(id: string): void {
    for (const layer of [overlayLineLayerId(id), overlayFillLayerId(id)]) if (this.#map.getLayer(layer)) this.#map.removeLayer(layer);
    if (this.#map.getSource(overlaySourceId(id))) this.#map.removeSource(overlaySourceId(id));
    tileSources.delete(id);
    this.#drawn.delete(id);
  }
}
