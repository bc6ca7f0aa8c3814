import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, array as arrayOf, double, jsonValue, property, string } from 'fast-check';
import { runIngest } from '../../src/pipeline/ingest/run.ts';
import { nestedJson, stableJson } from '../../src/lib/ingest/stable-json.ts';
import { array } from 'valibot';
import { joinPages } from '../../src/lib/coverage/pages.ts';
import type { ZoneKey } from '../../src/lib/coverage/order.ts';
import { AgreementUses, CoverageMonths } from '../../src/lib/time-schema.ts';
import { ArticleText, CoverageIndex, PAGE_SIZE, PlaceUse, ZoneCoveragePage, parseOrThrow, type ZoneCoverage } from '../../src/lib/schema.ts';

const FIX = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));

const article = (date: string, town: string, second: string): string =>
  `خبر عن ${town}\n\n${date}\n\nقالت مصادر محلية إن الهدوء عاد إلى ${town} بعد ليلة من القصف.\n\nوفي ${second} دخلت قافلة مساعدات.\n\nوأضافت المصادر أن الأهالي بدأوا بالعودة.\n`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-staged-'));
  mkdirSync(join(dir, 'in'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const AGREEMENTS = fileURLToPath(new URL('../../geo/agreements.json', import.meta.url));

async function ingest(agreements?: string): Promise<string> {
  const out = join(dir, 'out', 'data');
  await runIngest({ inputs: [join(dir, 'in')], meta: null, out, gazetteer: join(FIX, 'gazetteer.fixture.json'), zones: join(FIX, 'zones.fixture.geojson'), label: 'test', progress: false, ...(agreements ? { agreements } : {}) });
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

  it('escapes strings as JSON.stringify does, short and long, whatever code units they hold (lone surrogates, controls, quotes)', () => {
    const texts = arrayOf(string({ unit: 'binary', maxLength: 80 }), { maxLength: 8 });
    assert(property(texts, texts, (values, keys) => stableJson({ values, ...Object.fromEntries(keys.map((k, i) => [k, values[i] ?? i])) }) === reference({ values, ...Object.fromEntries(keys.map((k, i) => [k, values[i] ?? i])) })), { numRuns: 500 });
    expect(stableJson(['\ud800', 'a"b', 'c\\d', '\u0001', 'é\u{1F600}'])).toBe(reference(['\ud800', 'a"b', 'c\\d', '\u0001', 'é\u{1F600}']));
  });

  it('writes numbers as JSON.stringify does: -0 as 0, non-finite as null, exponents as JavaScript writes them', () => {
    const numbers = [-0, 0, NaN, Infinity, -Infinity, 1e21, 1e-7, 5e-324, 0.1 + 0.2, -123.5, 2 ** 53, Number.MAX_VALUE];
    expect(stableJson({ numbers })).toBe(reference({ numbers }));
    assert(property(double(), (x) => stableJson([x]) === reference([x])), { numRuns: 500 });
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

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every page of `key`, checked to be byte-stable, joined back together. */
function zoneOf(out: string, key: ZoneKey): ZoneCoverage {
  const names = readdirSync(join(out, 'zones', key));
  const pages = names.map((_, n) => {
    const text = readFileSync(join(out, 'zones', key, `${n}.json`), 'utf8');
    expect(stableJson(JSON.parse(text)), `${key}/${n}.json`).toBe(text);
    return parseOrThrow(ZoneCoveragePage, JSON.parse(text), `${key}/${n}.json`);
  });
  return joinPages(key, pages, key);
}

describe('zone pages written piece by piece', () => {
  it('come out byte-identical to serialising the whole page, articles in date order whatever the reading order', async () => {
    // Files are read in name order (a, b, c); their dates run the other way.
    writeFileSync(join(dir, 'in', 'a.txt'), article('20.09.2017', 'الرستن', 'دوما'));
    writeFileSync(join(dir, 'in', 'b.txt'), article('10.08.2017', 'تلبيسة', 'إدلب'));
    writeFileSync(join(dir, 'in', 'c.txt'), article('05.07.2017', 'الرستن', 'أريحا'));
    const out = await ingest();
    const zones = readdirSync(join(out, 'zones')).sort();
    expect(zones).toEqual(['eastern-ghouta', 'general', 'idlib', 'north-homs', 'south']);
    for (const key of zones) expect(readdirSync(join(out, 'zones', key)), key).toEqual(['0.json']);
    const homs = zoneOf(out, 'north-homs');
    expect(homs.articles.map((a) => a.date)).toEqual(['2017-07-05', '2017-08-10', '2017-09-20']);
    const order = homs.articles.map((a) => a.id);
    const seen = homs.excerpts.map((e) => order.indexOf(e.article_id));
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(new Set(seen).size).toBe(3);
    const south = readFileSync(join(out, 'zones', 'south', '0.json'), 'utf8');
    expect(south).toBe(stableJson({ zone: 'south', articles: [], excerpts: [], page: 0, pages: 1, total: 0 }));
    expect(readdirSync(out).sort()).toEqual(['agreement-excerpts.json', 'articles', 'facets', 'index.json', 'months.json', 'places.json', 'report.json', 'search', 'zones']);
    expect(readdirSync(join(out, 'search')).sort()).toEqual(['docs.json', 'index.json']);
  });

  it('count each coverage file\'s excerpts per month of their article, and list the excerpts and pages of each agreement reported on', async () => {
    writeFileSync(join(dir, 'in', 'a.txt'), article('10.08.2017', 'الرستن', 'تلبيسة'));
    writeFileSync(join(dir, 'in', 'b.txt'), article('20.08.2017', 'الرستن', 'إدلب'));
    writeFileSync(join(dir, 'in', 'c.txt'), article('05.09.2017', 'الرستن', 'الرستن').replace('بعد ليلة من القصف', 'بعد توقيع مذكرة أستانا'));
    const out = await ingest(AGREEMENTS);
    const months = parseOrThrow(CoverageMonths, readJson(join(out, 'months.json')), 'months.json').months;
    const homs = zoneOf(out, 'north-homs');
    const perMonth = new Map<string, number>();
    for (const e of homs.excerpts) {
      const month = homs.articles.find((a) => a.id === e.article_id)!.date!.slice(0, 7);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    expect(Object.keys(months['north-homs']!)).toEqual(['2017-08', '2017-09']);
    expect(months['north-homs']).toEqual(Object.fromEntries(perMonth));
    expect(Object.values(months['idlib']!).reduce((a, b) => a + b, 0)).toBe(zoneOf(out, 'idlib').excerpts.length);
    const uses = parseOrThrow(AgreementUses, readJson(join(out, 'agreement-excerpts.json')), 'agreement-excerpts.json');
    const reporting = homs.excerpts.filter((e) => e.agreements?.some((l) => l.agreement === 'astana-memorandum')).map((e) => e.id);
    expect(reporting.length).toBeGreaterThan(0);
    expect(uses).toEqual([{ agreement: 'astana-memorandum', excerpt_ids: reporting, pages: [{ zone: 'north-homs', page: 0 }] }]);
  });

  it('cut a zone into pages of 30 excerpts that the index, the places and the article files point into', async () => {
    // 40 articles naming Rastan (north Homs), two excerpts each there: 80 excerpts, pages of 30, 30, 20.
    for (let i = 0; i < 40; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      writeFileSync(join(dir, 'in', `n${String(i).padStart(2, '0')}.txt`), article(`${day}.0${(i % 3) + 6}.2017`, 'الرستن', `الرستن ${i}`));
    }
    const out = await ingest();
    const index = parseOrThrow(CoverageIndex, readJson(join(out, 'index.json')), 'index.json');
    const homs = index.per_zone['north-homs']!;
    expect(homs.excerpts).toBeGreaterThan(60);
    expect(homs.pages).toBe(Math.ceil(homs.excerpts / PAGE_SIZE));
    expect(readdirSync(join(out, 'zones', 'north-homs')).length).toBe(homs.pages);
    const pages = Array.from({ length: homs.pages }, (_, n) =>
      parseOrThrow(ZoneCoveragePage, readJson(join(out, 'zones', 'north-homs', `${n}.json`)), `${n}.json`),
    );
    pages.forEach((p, n) => {
      expect(p.excerpts.length).toBe(n < homs.pages - 1 ? PAGE_SIZE : homs.excerpts - PAGE_SIZE * n);
      expect(p).toMatchObject({ page: n, pages: homs.pages, total: homs.excerpts, zone: 'north-homs' });
      // Only the articles of this page's excerpts, each once, in the order their excerpts come.
      expect(p.articles.map((a) => a.id)).toEqual([...new Set(p.excerpts.map((e) => e.article_id))]);
    });
    const whole = zoneOf(out, 'north-homs');
    const dates = whole.excerpts.map((e) => whole.articles.find((a) => a.id === e.article_id)!.date!);
    expect(dates).toEqual([...dates].sort());
    const where = new Map<string, string[]>();
    pages.forEach((p) => p.excerpts.forEach((e) => where.set(e.id, [...(where.get(e.id) ?? []), `north-homs/${p.page}`])));
    for (const name of readdirSync(join(out, 'articles'))) {
      const text = parseOrThrow(ArticleText, readJson(join(out, 'articles', name)), name);
      const inHoms = text.locations.filter((l) => l.zone === 'north-homs');
      expect(inHoms.length).toBeGreaterThan(0);
      for (const l of inHoms) {
        expect(l.excerpt_id.startsWith(`${text.id}-`)).toBe(true);
        expect(where.get(l.excerpt_id)).toEqual([`north-homs/${l.page}`]);
      }
    }
    const placesText = readFileSync(join(out, 'places.json'), 'utf8');
    expect(stableJson(JSON.parse(placesText))).toBe(placesText);
    const places = parseOrThrow(array(PlaceUse), JSON.parse(placesText), 'places.json');
    for (const p of places) expect(p.excerpt_ids).toEqual([...p.excerpt_ids].sort());
    const rastan = places.find((p) => p.name_en === 'Ar-Rastan' || p.name_ar === 'الرستن')!;
    const expected = [...new Set(rastan.excerpt_ids.flatMap((id) => where.get(id) ?? []))].sort((a, b) => Number(a.split('/')[1]) - Number(b.split('/')[1]));
    expect(rastan.pages.filter((p) => p.zone === 'north-homs').map((p) => `${p.zone}/${p.page}`)).toEqual(expected);
    expect(expected.length).toBe(homs.pages);
  });

  it('write an empty places.json when no place is named', async () => {
    writeFileSync(join(dir, 'in', 'a.txt'), 'خبر بلا أماكن\n\n05.07.2017\n\nقالت مصادر إن الهدوء ساد.\n\nوأضافت أن الأهالي ينتظرون.\n');
    const out = await ingest();
    expect(readFileSync(join(out, 'places.json'), 'utf8')).toBe('[]\n');
    expect(parseOrThrow(CoverageIndex, readJson(join(out, 'index.json')), 'index.json').excerpts).toBeGreaterThan(0);
  });
});
