import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndexBuilder } from '../../src/lib/search/build.ts';
import { SearchDocsFile } from '../../src/lib/search/docs.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { FilterColumns, KEPT, OUT, WEAKER } from '../../src/lib/search/filter-columns.ts';
import { NO_FILTERS, passes, type Filterable, type Filters } from '../../src/lib/search/filters.ts';
import { SearchIndexFile } from '../../src/lib/search/index-file.ts';
import { slotOf } from '../../src/lib/search/score.ts';
import { orderHits, parseSort, writeSort } from '../../src/lib/search/sort.ts';
import { parseOrThrow, STRENGTHS, ZONE_IDS, type ArticleMeta, type Excerpt } from '../../src/lib/schema.ts';

// Excerpts written for these tests: the word «قصف» once in a long excerpt, once in a short one, three
// times in another, in articles of three dates and one undated.
const article = (id: string, date: string | null): ArticleMeta => ({ id, file: `${id}.txt`, title: `عنوان ${id}`, outlet: 'منفذ', date, url: null, inferred: [] });
const excerpt = (a: string, n: number, text: string): Excerpt => ({
  id: `${a}-${n}`, article_id: a, start: 0, end: text.length, text, mentions: [],
  links: [{ zone: 'south', strength: 'core-place', evidence: [] }],
});
const ARTICLES: [ArticleMeta, Excerpt[]][] = [
  [article('old', '2017-03-01'), [excerpt('old', 1, 'قالت مصادر محلية إن المنطقة شهدت ليلة طويلة من الترقب وتبادل الاتهامات بين الأطراف قبل أن يتجدد قصف متقطع على أطراف البلدة الجنوبية.')]],
  [article('mid', '2017-06-01'), [excerpt('mid', 1, 'تجدد القصف ليلا.')]],
  [article('new', '2017-09-01'), [excerpt('new', 1, 'القصف طال المنازل، والقصف لم يتوقف، وبعد القصف خرج الأهالي.')]],
  [article('nodate', null), [excerpt('nodate', 1, 'أشارت تقارير إلى قصف في الريف وإلى هدوء في المدينة بعد أيام من التوتر.')]],
];

function engine(): SearchEngine {
  const builder = new SearchIndexBuilder(new Map());
  for (const [a, ex] of ARTICLES) builder.add(a, ex);
  const files = builder.finish('test attribution');
  return SearchEngine.fromFiles(parseOrThrow(SearchIndexFile, JSON.parse(files.index), 'index.json'), parseOrThrow(SearchDocsFile, JSON.parse(files.docs), 'docs.json'));
}

const articleOf = (e: SearchEngine, hits: number[]): string[] => hits.map((n) => e.docs[n]!.article.id);

describe('search order', () => {
  const e = engine();

  it('puts the excerpt holding the word most often first, then the shorter before the longer one', () => {
    expect(articleOf(e, e.run('قصف', NO_FILTERS).hits)).toEqual(['new', 'mid', 'nodate', 'old']);
  });

  it('orders by date, newest or oldest first, with undated excerpts last either way', () => {
    expect(articleOf(e, e.run('قصف', NO_FILTERS, false, 'newest').hits)).toEqual(['new', 'mid', 'old', 'nodate']);
    expect(articleOf(e, e.run('قصف', NO_FILTERS, false, 'oldest').hits)).toEqual(['old', 'mid', 'new', 'nodate']);
  });

  it('answers a search that asks what the last one asked with the same results', () => {
    const first = e.run('"تجدد القصف', NO_FILTERS, true);
    expect(e.run('"تجدد القصف"', NO_FILTERS, true)).toBe(first);
    expect(e.run('"تجدد القصف"', NO_FILTERS, true, 'oldest')).not.toBe(first);
  });

  it('gives a term held more often, or in a shorter excerpt, a better score slot', () => {
    expect(slotOf(3, 20, 20)).toBeLessThan(slotOf(1, 20, 20));
    expect(slotOf(1, 10, 20)).toBeLessThan(slotOf(1, 40, 20));
  });

  it('breaks ties of relevance newest first and keeps undated rows last', () => {
    // Rows 0-2 dated (oldest first), 3-4 undated; all of the same score.
    expect(orderHits([0, 1, 2, 3, 4], 'relevance', 3, new Float64Array(5).fill(1))).toEqual([2, 1, 0, 3, 4]);
    expect(orderHits([0, 2, 4], 'relevance', 3, Float64Array.from([1, 0, 3, 0, 2]))).toEqual([2, 4, 0]);
  });

  it('keeps the order in the address as sort=, relevance left out', () => {
    const params = new URLSearchParams('q=x&sort=newest');
    expect(parseSort(params)).toBe('newest');
    expect(parseSort(new URLSearchParams('sort=bogus'))).toBe('relevance');
    writeSort('relevance', params);
    expect(params.toString()).toBe('q=x');
    writeSort('oldest', params);
    expect(params.get('sort')).toBe('oldest');
  });
});

describe('filter columns', () => {
  const iso = fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.UTC(2017, 0, 1 + d)).toISOString().slice(0, 10));
  const outlet = fc.constantFrom(null, 'أ', 'ب', 'ج');
  const item: fc.Arbitrary<Filterable> = fc.record({
    date: fc.option(iso, { nil: null }),
    outlet,
    links: fc.uniqueArray(fc.record({ zone: fc.constantFrom(...ZONE_IDS), strength: fc.constantFrom(...STRENGTHS), inside: fc.boolean() }), { selector: (l) => l.zone, maxLength: 3 }),
  });
  const filters: fc.Arbitrary<Filters> = fc.record({
    zone: fc.option(fc.constantFrom(...ZONE_IDS), { nil: null }),
    from: fc.option(iso, { nil: null }),
    to: fc.option(iso, { nil: null }),
    outlet: fc.constantFrom(null, 'أ', 'د'),
    strength: fc.constantFrom(...STRENGTHS),
    inside: fc.boolean(),
  });

  it('keeps, hides by strength and leaves out exactly what the filters do, and counts kept ones per zone as the links say', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), filters, (items, f) => {
        const test = new FilterColumns(items).tester(f);
        const all = { ...f, strength: 'general' as const };
        items.forEach((it, no) => {
          const kept = passes(it, f, null);
          const expected = kept ? KEPT : f.strength !== 'general' && passes(it, all, null) ? WEAKER : OUT;
          expect(test.verdict(no)).toBe(expected);
          if (!kept) return;
          const perZone = Object.fromEntries(ZONE_IDS.map((z) => [z, 0])) as Record<(typeof ZONE_IDS)[number], number>;
          test.count(no, perZone);
          for (const z of ZONE_IDS) {
            const n = it.links.filter((l) => l.zone === z && STRENGTHS.indexOf(l.strength) <= STRENGTHS.indexOf(f.strength) && (!f.inside || l.inside)).length;
            expect(perZone[z]).toBe(n);
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});
