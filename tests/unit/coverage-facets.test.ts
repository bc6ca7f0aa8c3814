import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPassing, FacetsBuilder, ZoneFacets } from '../../src/lib/coverage/facets.ts';
import type { ZoneKey } from '../../src/lib/coverage/order.ts';
import { COVERAGE_KEYS, zonesOfExcerpt } from '../../src/lib/ingest/assemble.ts';
import { entryFilterable, NO_FILTERS, passes, type Filters } from '../../src/lib/search/filters.ts';
import { parseOrThrow, STRENGTHS, ZONE_IDS, type Excerpt } from '../../src/lib/schema.ts';
import { ARTICLES, EXCERPTS } from '../fixtures/search/excerpts.ts';

function built(): Map<ZoneKey, ZoneFacets> {
  const builder = new FacetsBuilder(COVERAGE_KEYS);
  ARTICLES.forEach((meta, i) => {
    const byKey = new Map<ZoneKey, Excerpt[]>();
    for (const e of EXCERPTS[i]!) for (const key of zonesOfExcerpt(e)) byKey.set(key, [...(byKey.get(key) ?? []), e]);
    builder.add(meta, byKey);
  });
  const files = builder.files();
  return new Map(COVERAGE_KEYS.map((key) => [key, parseOrThrow(ZoneFacets, JSON.parse(files[`facets/${key}.json`]!), key)]));
}

/** What a zone list keeps, entry by entry, as ZoneExcerpts tests it. */
function listCount(zone: ZoneKey, filters: Filters): number {
  let n = 0;
  ARTICLES.forEach((meta, i) => {
    for (const e of EXCERPTS[i]!) {
      if (!zonesOfExcerpt(e).includes(zone)) continue;
      const links = zone === 'general' ? e.links : e.links.filter((l) => l.zone === zone);
      if (passes(entryFilterable(meta, links), filters, zone)) n++;
    }
  });
  return n;
}

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  zone: fc.constantFrom(null, ...ZONE_IDS),
  from: fc.constantFrom(null, '2017-01-01', '2017-05-10', '2017-06-01'),
  to: fc.constantFrom(null, '2017-05-10', '2017-09-19', '2017-12-31'),
  outlet: fc.constantFrom(null, 'صحيفة الاختبار', 'وكالة التجربة', 'other'),
  strength: fc.constantFrom(...STRENGTHS),
  inside: fc.boolean(),
});

describe('list facets', () => {
  const facets = built();

  it('hold one row per excerpt of each list', () => {
    expect(facets.get('eastern-ghouta')!.rows).toHaveLength(2);
    expect(facets.get('idlib')!.rows).toHaveLength(2);
    expect(facets.get('general')!.rows).toHaveLength(1);
  });

  it('count what the default filters keep: the Idlib list has only governorate-only links', () => {
    expect(countPassing(facets.get('idlib')!, NO_FILTERS)).toBe(0);
    expect(countPassing(facets.get('idlib')!, { ...NO_FILTERS, strength: 'general' })).toBe(2);
    expect(countPassing(facets.get('eastern-ghouta')!, { ...NO_FILTERS, inside: true })).toBe(1);
  });

  it('count exactly what the list keeps entry by entry, for any filters', () => {
    fc.assert(
      fc.property(filtersArb, fc.constantFrom(...COVERAGE_KEYS), (filters, zone) => {
        expect(countPassing(facets.get(zone)!, filters)).toBe(listCount(zone, filters));
      }),
      { numRuns: 500 },
    );
  });
});
