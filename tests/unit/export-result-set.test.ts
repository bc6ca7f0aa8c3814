import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { RESULT_COLUMNS, resultsCsv, resultsGeojson, type ResultRow } from '../../src/lib/export/result-set.ts';

const ROWS: ResultRow[] = [
  {
    excerpt_id: 'aaaaaaaaaaaa-002',
    article_id: 'aaaaaaaaaaaa',
    zones: [{ zone: 'eastern-ghouta', strength: 'core-place' }],
    places: [{ id: 'town:douma', name_ar: 'دوما', name_en: 'Douma', point: [36.4, 33.57] }],
    outlet: 'صحيفة الاختبار',
    date: '2017-05-10',
    title: 'هدوء, "حذر"',
    url: 'https://example.org/a',
    start: 200,
    end: 221,
    text: '=وصلت قافلة\nإلى دوما.',
  },
  {
    excerpt_id: 'bbbbbbbbbbbb-001',
    article_id: 'bbbbbbbbbbbb',
    zones: [],
    places: [],
    outlet: null,
    date: null,
    title: 'بلا مكان',
    url: null,
    start: 0,
    end: 4,
    text: 'نصّ',
  },
];
const ATTRIBUTION = 'Places: GeoNames, CC BY 4.0.';
const META = { attribution: ATTRIBUTION, query: '?q=دوما', link: 'https://atlas.example/?q=دوما', exported: '2026-12-01T10:00:00.000Z' };

const hasGdal = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' }).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'result-set-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('result set as CSV', () => {
  it('starts with a BOM and the header, ids and attribution in every row', () => {
    const csv = resultsCsv(ROWS, ATTRIBUTION);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(RESULT_COLUMNS.join(','));
    expect(csv).toContain('aaaaaaaaaaaa-002,aaaaaaaaaaaa,eastern-ghouta,core-place,town:douma,دوما,Douma,');
    expect(csv.split(ATTRIBUTION)).toHaveLength(3);
  });

  it('quotes commas, quotes and line breaks, and guards a leading formula character', () => {
    const csv = resultsCsv(ROWS, ATTRIBUTION);
    expect(csv).toContain('"هدوء, ""حذر"""');
    expect(csv).toContain(`"'=وصلت قافلة\nإلى دوما."`);
  });
});

describe('result set as GeoJSON', () => {
  const collection = resultsGeojson(ROWS, META);

  it('is valid GeoJSON with the attribution and what the set is in its metadata', () => {
    expect(() => check(JSON.stringify(collection))).not.toThrow();
    expect(collection.attribution).toBe(ATTRIBUTION);
    expect(collection.metadata).toMatchObject({ query: '?q=دوما', count: 2 });
    expect(collection.features[0]).toMatchObject({ id: 'aaaaaaaaaaaa-002', geometry: { type: 'MultiPoint', coordinates: [[36.4, 33.57]] } });
    expect(collection.features[1]!.geometry).toBeNull();
    expect(collection.features[0]!.properties).toMatchObject({ start: '200', end: '221', place_ids: 'town:douma', attribution: ATTRIBUTION });
  });

  it.skipIf(!hasGdal)('is read by GDAL with every feature and its Arabic text', () => {
    const file = join(tmp, 'results.geojson');
    writeFileSync(file, JSON.stringify(collection));
    const r = spawnSync('ogrinfo', ['-ro', '-al', file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Feature Count: 2/);
    expect(r.stdout).toContain('excerpt_id (String) = aaaaaaaaaaaa-002');
    expect(r.stdout).toContain('places_ar (String) = دوما');
    expect(r.stdout).toContain('MULTIPOINT ((36.4 33.57))');
  });
});
