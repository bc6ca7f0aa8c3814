// The import worker's side of an overlay: a checked file's areas come back as vector tiles (decoded
// here with @mapbox/vector-tile, as MapLibre decodes them), and the page is told everything but the geometry.
import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { OverlayTiles } from '../../src/lib/import/overlay-tiles.ts';
import { answerWorkerRequest, type WorkerReply } from '../../src/lib/import/worker-protocol.ts';
import { OVERLAY_TILE_LAYER } from '../../src/lib/import/types.ts';

const square = (w: number, s: number, e: number, n: number, name: string): object => ({
  type: 'Feature',
  properties: { name },
  geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});

function fileOf(...features: object[]): File {
  return new File([JSON.stringify({ type: 'FeatureCollection', features })], 'areas.geojson');
}

/** Names of the features in a tile's overlay layer. */
function namesIn(bytes: ArrayBuffer): string[] {
  const layer = new VectorTile(new PbfReader(new Uint8Array(bytes))).layers[OVERLAY_TILE_LAYER];
  if (!layer) return [];
  return Array.from({ length: layer.length }, (_, i) => String(layer.feature(i).properties['name']));
}

/** The tile at zoom z holding a longitude/latitude (web mercator tiling). */
function tileAt(z: number, lon: number, lat: number): [number, number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [z, x, y];
}

async function ask(tiles: OverlayTiles, request: Parameters<typeof answerWorkerRequest>[0]): Promise<WorkerReply> {
  return (await answerWorkerRequest(request, tiles))[0];
}

describe('overlay tiles in the import worker', () => {
  it('answers a good file with its summary and no geometry, and keeps its tiles under the given id', async () => {
    const tiles = new OverlayTiles();
    const reply = await ask(tiles, { seq: 7, kind: 'check', id: 'a', file: fileOf(square(36.3, 33.45, 36.6, 33.65, 'douma box')) });
    expect(reply.seq).toBe(7);
    if (reply.kind !== 'checked' || !reply.result.ok) throw new Error('expected a good file');
    expect(reply.result.features.map((f) => f.name)).toEqual(['douma box']);
    expect('collection' in reply.result).toBe(false);
    expect(tiles.has('a')).toBe(true);
  });

  it('cuts tiles that hold the areas where they lie and nothing elsewhere', async () => {
    const tiles = new OverlayTiles();
    await ask(tiles, { seq: 1, kind: 'check', id: 'a', file: fileOf(square(36.3, 33.45, 36.6, 33.65, 'ghouta'), square(36.0, 32.6, 36.2, 32.8, 'daraa')) });
    expect(namesIn(tiles.tile('a', ...tileAt(6, 36.4, 33.5))).sort()).toEqual(['daraa', 'ghouta']);
    expect(namesIn(tiles.tile('a', ...tileAt(12, 36.45, 33.55)))).toEqual(['ghouta']);
    expect(namesIn(tiles.tile('a', ...tileAt(12, 36.1, 32.7)))).toEqual(['daraa']);
    // Far from both (the Euphrates near Raqqa) and at a deep zoom: an empty tile.
    expect(tiles.tile('a', ...tileAt(12, 39.0, 35.95)).byteLength).toBe(0);
  });

  it('gives an empty tile once the overlay is dropped, and keeps no tiles for a refused file', async () => {
    const tiles = new OverlayTiles();
    await ask(tiles, { seq: 1, kind: 'check', id: 'a', file: fileOf(square(36.3, 33.45, 36.6, 33.65, 'ghouta')) });
    const dropped = await ask(tiles, { seq: 2, kind: 'drop', id: 'a' });
    expect(dropped).toEqual({ seq: 2, kind: 'dropped' });
    const tile = await ask(tiles, { seq: 3, kind: 'tile', id: 'a', z: 0, x: 0, y: 0 });
    expect(tile.kind === 'tile' && tile.tile.byteLength).toBe(0);

    const refused = await ask(tiles, { seq: 4, kind: 'check', id: 'b', file: new File(['{"type":'], 'broken.geojson') });
    expect(refused.kind === 'checked' && refused.result.ok).toBe(false);
    expect(tiles.has('b')).toBe(false);
  });
});
