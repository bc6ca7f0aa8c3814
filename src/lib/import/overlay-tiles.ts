// Vector tiles of the imported overlays, cut in the import worker (geojson-vt) and encoded as Mapbox
// Vector Tile bytes (vt-pbf), so the page only passes tile bytes to MapLibre and never holds, copies or
// parses an overlay's geometry: a 24 MB file used to block the main thread for 1.3 s on its way to the map.
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { OVERLAY_TILE_LAYER, OVERLAY_TILE_MAX_ZOOM } from './types.ts';

const EXTENT = 4096;

export class OverlayTiles {
  readonly #indexes = new Map<string, GeoJSONVT>();

  add(id: string, collection: FeatureCollection<Polygon | MultiPolygon>): void {
    this.#indexes.set(id, new GeoJSONVT(collection, { maxZoom: OVERLAY_TILE_MAX_ZOOM, indexMaxZoom: 5, extent: EXTENT }));
  }

  has(id: string): boolean {
    return this.#indexes.has(id);
  }

  remove(id: string): void {
    this.#indexes.delete(id);
  }

  /** The tile's bytes; an empty buffer where the overlay has nothing (or is not known). */
  tile(id: string, z: number, x: number, y: number): ArrayBuffer {
    const tile = this.#indexes.get(id)?.getTile(z, x, y);
    if (!tile) return new ArrayBuffer(0);
    const bytes = fromGeojsonVt({ [OVERLAY_TILE_LAYER]: tile }, { version: 2, extent: EXTENT });
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
}
