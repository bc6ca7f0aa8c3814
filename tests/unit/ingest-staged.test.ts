import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, jsonValue, property } from 'fast-check';
import { runIngest } from '../../src/pipeline/ingest/run.ts';
import { nestedJson, stableJson } from '../../src/lib/ingest/stable-json.ts';

const FIX = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));

const article = (date: string, town: string, second: string): string =>
  `خبر عن ${town}\n\n${date}\n\nقالت مصادر محلية إن الهدوء عاد إلى ${town} بعد ليلة من القصف.\n\nوفي ${second} دخلت قافلة مساعدات.\n\nوأضافت المصادر أن الأهالي بدأوا بالعودة.\n`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-staged-'));
  mkdirSync(join(dir, 'in'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function ingest(): Promise<string> {
  const out = join(dir, 'out', 'data');
  await runIngest({ inputs: [join(dir, 'in')], meta: null, out, gazetteer: join(FIX, 'gazetteer.fixture.json'), zones: join(FIX, 'zones.fixture.geojson'), label: 'test', progress: false });
  return out;
}

/** The plain way: copy with sorted keys, then JSON.stringify with a one-space indent. */
const reference = (v: unknown): string => {
  const sort = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(sort)
      : x && typeof x === 'object'
        ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort((x as Record<string, unknown>)[k])]))
        : x;
  return `${JSON.stringify(sort(v), null, 1)}\n`;
};

describe('stableJson', () => {
  it('writes the same text as JSON.stringify of a key-sorted copy, for any JSON value', () => {
    assert(property(jsonValue(), (v) => stableJson(v) === reference(v)), { numRuns: 500 });
  });

  it('leaves out undefined properties and writes undefined array items as null, as JSON.stringify does', () => {
    expect(stableJson({ b: undefined, a: [undefined, 1] })).toBe(reference({ b: undefined, a: [undefined, 1] }));
  });
});

describe('nestedJson', () => {
  it('lays a value out exactly as it appears at that depth inside a stable JSON file', () => {
    const inner = { b: [1, { y: 'سطر\nثان', x: null }], a: 'ب' };
    const whole = stableJson({ list: [inner, inner] });
    expect(whole).toBe(`{\n "list": [\n${nestedJson(inner, 2)},\n${nestedJson(inner, 2)}\n ]\n}\n`);
  });
});

describe('zone files written piece by piece', () => {
  it('come out byte-identical to serialising the whole file, articles in date order whatever the reading order', async () => {
    // Files are read in name order (a, b, c); their dates run the other way.
    writeFileSync(join(dir, 'in', 'a.txt'), article('20.09.2017', 'الرستن', 'دوما'));
    writeFileSync(join(dir, 'in', 'b.txt'), article('10.08.2017', 'تلبيسة', 'إدلب'));
    writeFileSync(join(dir, 'in', 'c.txt'), article('05.07.2017', 'الرستن', 'أريحا'));
    const out = await ingest();
    const zones = readdirSync(join(out, 'zones')).sort();
    expect(zones).toEqual(['eastern-ghouta.json', 'general.json', 'idlib.json', 'north-homs.json', 'south.json']);
    for (const name of zones) {
      const text = readFileSync(join(out, 'zones', name), 'utf8');
      expect(stableJson(JSON.parse(text)), name).toBe(text);
    }
    const homs = JSON.parse(readFileSync(join(out, 'zones', 'north-homs.json'), 'utf8')) as { articles: { id: string; date: string }[]; excerpts: { article_id: string }[] };
    expect(homs.articles.map((a) => a.date)).toEqual(['2017-07-05', '2017-08-10', '2017-09-20']);
    const order = homs.articles.map((a) => a.id);
    const seen = homs.excerpts.map((e) => order.indexOf(e.article_id));
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(new Set(seen).size).toBe(3);
    const south = readFileSync(join(out, 'zones', 'south.json'), 'utf8');
    expect(south).toBe(stableJson({ zone: 'south', articles: [], excerpts: [] }));
    expect(readdirSync(out).sort()).toEqual(['articles', 'index.json', 'places.json', 'report.json', 'zones']);
  });
});
