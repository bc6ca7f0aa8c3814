import { describe, expect, it } from 'vitest';
import { kinks, polygon as turfPolygon } from '@turf/turf';
import { checkImportBlob, checkImportBytes, checkImportText } from '../../src/lib/import/check.ts';
import { handleImportRequest } from '../../src/lib/import/request.ts';
import type { ImportResult } from '../../src/lib/import/types.ts';

const NAME = 'mine.geojson';
type Ring = number[][];

function rect(w: number, s: number, e: number, n: number): Ring {
  return [[w, s], [e, s], [e, n], [w, n], [w, s]];
}

function polygonFile(rings: Ring[][], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    ...extra,
    features: rings.map((coordinates, i) => ({ type: 'Feature', id: `f${i}`, properties: { name: `area ${i}` }, geometry: { type: 'Polygon', coordinates } })),
  });
}

function errorOf(result: ImportResult) {
  if (result.ok) throw new Error(`expected a refusal, got ${result.features.length} features`);
  return result.error;
}

function okOf(result: ImportResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.error.message}`);
  return result;
}

const IDLIB = rect(36.2, 35.6, 36.9, 36.3);

describe('checkImportText and checkImportBytes', () => {
  it('refuses a file of 0 bytes', () => {
    for (const r of [checkImportText('', NAME), checkImportBytes(new Uint8Array(0), NAME)]) {
      expect(errorOf(r)).toMatchObject({ code: 'empty', message: `${NAME}: the file is empty (0 bytes).` });
    }
  });

  it('refuses a 50 MB string with its size in MB', () => {
    const head = '{"type":"FeatureCollection","features":[]';
    const big = `${head}${' '.repeat(50_000_000 - head.length - 1)}}`;
    expect(big.length).toBe(50_000_000);
    const error = errorOf(checkImportText(big, NAME));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('50.0 MB');
    expect(error.message_ar).toContain('50.0');
  });

  it('refuses a 50 MB Blob by its size, before reading it', async () => {
    const blob = new Blob([new Uint8Array(50_000_000)]);
    const r = await checkImportBlob(blob, NAME);
    expect(errorOf(r)).toMatchObject({ code: 'too-large' });
    expect(r.bytes).toBe(50_000_000);
  });

  it('says a file is not JSON, naming the file', () => {
    const error = errorOf(checkImportText('{"type": "FeatureCollection", features: []}', NAME));
    expect(error.code).toBe('not-json');
    expect(error.message.startsWith(`${NAME}: not JSON (`)).toBe(true);
  });

  it('says a file is not UTF-8 text', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00, 0xe9]);
    expect(errorOf(checkImportBytes(utf16, NAME)).code).toBe('not-utf8');
  });

  it('says JSON that is not GeoJSON is not GeoJSON, and why', () => {
    expect(errorOf(checkImportText('[1, 2]', NAME)).message).toContain('the top level is an array');
    expect(errorOf(checkImportText('{"zones": []}', NAME)).message).toContain('no "type" member');
    expect(errorOf(checkImportText('{"type": "Banana"}', NAME)).message).toContain('"Banana"');
    expect(errorOf(checkImportText('{"type": "FeatureCollection", "features": {}}', NAME)).message).toContain('"features" is not an array');
    expect(errorOf(checkImportText('{"type": "FeatureCollection", "features": [{"type": "Thing"}]}', NAME)).code).toBe('not-geojson');
  });

  it('recognises TopoJSON and asks for conversion', () => {
    const error = errorOf(checkImportText('{"type": "Topology", "objects": {}, "arcs": []}', NAME));
    expect(error.code).toBe('topojson');
  });

  it('refuses a file with no polygons, naming the geometry types found', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [36.6, 36.0] } },
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[36.6, 36.0], [36.7, 36.1]] } },
      ],
    });
    const error = errorOf(checkImportText(text, NAME));
    expect(error.code).toBe('wrong-geometry');
    expect(error.message).toContain('LineString, Point');
  });

  it('draws the polygons of a mixed file and warns about the skipped features', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [36.6, 36.0] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [IDLIB] } },
        { type: 'Feature', properties: {}, geometry: null },
      ],
    });
    const r = okOf(checkImportText(text, NAME));
    expect(r.collection.features).toHaveLength(1);
    expect(r.features[0]?.index).toBe(1);
    expect(r.warnings.map((w) => w.code)).toEqual(['skipped-features']);
    expect(r.warnings[0]?.message).toContain('2 feature(s) with Point, null geometry');
  });

  it('refuses malformed polygons with the feature and the problem', () => {
    const open = [[36, 35], [37, 35], [37, 36], [36, 36]];
    expect(errorOf(checkImportText(polygonFile([[IDLIB], [open]]), NAME)).message).toContain('feature 2: a ring is not closed');
    const short = [[36, 35], [37, 35], [36, 35]];
    expect(errorOf(checkImportText(polygonFile([[short]]), NAME)).message).toContain('has 3 positions');
    const text = JSON.stringify({ type: 'Polygon', coordinates: [[[36, 35], ['37', 35], [37, 36], [36, 35]]] });
    expect(errorOf(checkImportText(text, NAME)).code).toBe('invalid-geometry');
  });

  it('refuses coordinates that look swapped (latitude first)', () => {
    const swapped = IDLIB.map(([x = 0, y = 0]) => [y, x]);
    const error = errorOf(checkImportText(polygonFile([[swapped]]), NAME));
    expect(error.code).toBe('swapped-coordinates');
    expect(error.message).toContain('longitude first');
  });

  it('refuses swapped coordinates in eastern Syria too', () => {
    const deirEzZor = rect(40.0, 35.2, 40.3, 35.4).map(([x = 0, y = 0]) => [y, x]);
    expect(errorOf(checkImportText(polygonFile([[deirEzZor]]), NAME)).code).toBe('swapped-coordinates');
  });

  it('does not take areas in Turkey near the border for swapped coordinates', () => {
    const gaziantep = rect(37.2, 36.9, 37.5, 37.2);
    const antakya = rect(36.1, 36.1, 36.3, 36.3);
    const r = okOf(checkImportText(polygonFile([[gaziantep], [antakya]]), NAME));
    expect(r.warnings).toEqual([]);
  });

  it('refuses a file whose features all lie far outside the region', () => {
    const london = rect(-0.5, 51.3, 0.3, 51.7);
    const error = errorOf(checkImportText(polygonFile([[london]]), NAME));
    expect(error.code).toBe('outside-region');
    expect(error.message).toContain('-0.5, 51.3, 0.3, 51.7');
  });

  it('draws a file where only some features are far away, with a warning', () => {
    const r = okOf(checkImportText(polygonFile([[IDLIB], [rect(-0.5, 51.3, 0.3, 51.7)]]), NAME));
    expect(r.collection.features).toHaveLength(2);
    expect(r.warnings.map((w) => w.code)).toEqual(['outside-region']);
  });

  it('refuses projected coordinates with an example value', () => {
    const mercator = rect(4_030_000, 4_250_000, 4_100_000, 4_330_000);
    const error = errorOf(checkImportText(polygonFile([[mercator]]), NAME));
    expect(error.code).toBe('not-wgs84');
    expect(error.message).toContain('4100000');
  });

  it('splits a symmetric bow tie at its crossing into two simple triangles it can draw, and says so', () => {
    const bowtie = [[36, 35], [37, 36], [37, 35], [36, 36], [36, 35]];
    const r = okOf(checkImportText(polygonFile([[bowtie], [IDLIB]]), NAME));
    expect(r.collection.features).toHaveLength(2);
    expect(r.features.map((f) => f.self_intersections)).toEqual([1, 0]);
    const repaired = r.collection.features[0]?.geometry;
    expect(repaired?.type).toBe('MultiPolygon');
    const parts = repaired?.type === 'MultiPolygon' ? repaired.coordinates : [];
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(kinks(turfPolygon(part)).features).toHaveLength(0);
    // Each triangle is a quarter of the 1° square: the area is no longer cancelled out to about 0.
    expect(r.features[0]?.area_km2).toBeGreaterThan(4000);
    const warning = r.warnings.find((w) => w.code === 'self-intersection');
    expect(warning?.message).toContain('1 feature(s) cross themselves');
    expect(warning?.message).toContain('36.5, 35.5');
    expect(warning?.message).toContain('split into simple polygons at the crossings');
    expect(warning?.message_ar).toContain('قُسّمت عند نقاط التقاطع');
  });

  it('says in Arabic where a file stopped being JSON, without the engine\'s English words', () => {
    const error = errorOf(checkImportText('{"type": "FeatureCollection",\n "features": [', NAME));
    expect(error.code).toBe('not-json');
    const arabic = error.message_ar.slice(NAME.length + 2).replace('JSON', '');
    expect(arabic).not.toMatch(/[A-Za-z]/);
  });

  it('skips the self-intersection check on polygons too large for it, and says so', () => {
    const circle: Ring = [];
    for (let i = 0; i < 6000; i++) circle.push([38 + Math.cos((i / 6000) * 2 * Math.PI), 35 + Math.sin((i / 6000) * 2 * Math.PI)]);
    circle.push(circle[0] ?? [0, 0]);
    const r = okOf(checkImportText(polygonFile([[circle]]), NAME));
    expect(r.warnings.map((w) => w.code)).toEqual(['kinks-not-checked']);
  });

  it('accepts a bare geometry, a single feature and a byte order mark', () => {
    expect(okOf(checkImportText(JSON.stringify({ type: 'Polygon', coordinates: [IDLIB] }), NAME)).collection.features).toHaveLength(1);
    const feature = { type: 'Feature', id: 7, properties: { name_en: 'Mine' }, geometry: { type: 'MultiPolygon', coordinates: [[IDLIB]] } };
    const r = okOf(checkImportText(`\uFEFF${JSON.stringify(feature)}`, NAME));
    expect(r.features[0]).toMatchObject({ id: 7, name: 'Mine', self_intersections: 0 });
    expect(r.features[0]?.area_km2).toBeGreaterThan(4000);
    expect(r.bbox).toEqual([36.2, 35.6, 36.9, 36.3]);
  });

  it('refuses an empty FeatureCollection', () => {
    expect(errorOf(checkImportText('{"type":"FeatureCollection","features":[]}', NAME)).code).toBe('no-features');
  });

  it('warns that a crs member is ignored', () => {
    const crs = { type: 'name', properties: { name: 'EPSG:4326' } };
    expect(okOf(checkImportText(polygonFile([[IDLIB]], { crs }), NAME)).warnings.map((w) => w.code)).toEqual(['crs-ignored']);
  });
});

describe('the worker protocol', () => {
  it('checks a File and answers with one result naming it', async () => {
    const file = new File([polygonFile([[IDLIB]])], 'areas.geojson', { type: 'application/geo+json' });
    const r = okOf(await handleImportRequest({ file }));
    expect(r.name).toBe('areas.geojson');
    expect(r.bytes).toBe(file.size);
  });

  it('checks a transferred ArrayBuffer', async () => {
    const buffer = new TextEncoder().encode('not json at all').buffer;
    const r = await handleImportRequest({ buffer, name: 'x.json' });
    expect(errorOf(r).message.startsWith('x.json: not JSON')).toBe(true);
  });

  it('answers with an error when the file cannot be read', async () => {
    const broken = Object.assign(new Blob(['{}']), { name: 'gone.geojson', arrayBuffer: () => Promise.reject(new Error('NotReadableError')) });
    const r = await handleImportRequest({ file: broken });
    expect(errorOf(r)).toMatchObject({ code: 'unreadable' });
  });
});
