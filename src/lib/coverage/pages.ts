// Paged coverage (see the paged coverage section of schema.ts): page file names, and the pages of one
// zone put back together into its whole coverage, checking that they belong together.
import type { ZoneCoverage, ZoneCoveragePage } from '../schema.ts';
import type { ExcerptEntry, ZoneKey } from './order.ts';

/** Path of page `page` of `zone` under data/. */
export function pagePath(zone: ZoneKey, page: number): string {
  return `zones/${zone}/${page}.json`;
}

/** Check that `page` is page `n` of `zone`'s `pages`; throw naming `where` otherwise. */
export function checkPage(page: ZoneCoveragePage, zone: ZoneKey, n: number, pages: number | null, where: string): void {
  if (page.zone !== zone) throw new Error(`${where}: holds the coverage of "${page.zone}", expected "${zone}"`);
  if (page.page !== n) throw new Error(`${where}: is page ${page.page}, expected page ${n}`);
  if (pages !== null && page.pages !== pages) throw new Error(`${where}: says the zone has ${page.pages} pages, the index says ${pages}`);
}

/** A zone's pages 0…n-1, in order, as the one coverage they add up to (articles each once, in page order). */
export function joinPages(zone: ZoneKey, pages: readonly ZoneCoveragePage[], where: string): ZoneCoverage {
  const seen = new Set<string>();
  const articles: ZoneCoverage['articles'] = [];
  const excerpts: ZoneCoverage['excerpts'] = [];
  pages.forEach((p, n) => {
    checkPage(p, zone, n, pages.length, `${where}/${n}.json`);
    if (p.total !== pages[0]!.total) throw new Error(`${where}/${n}.json: says the zone has ${p.total} excerpts, page 0 says ${pages[0]!.total}`);
    for (const a of p.articles) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      articles.push(a);
    }
    for (const e of p.excerpts) excerpts.push(e);
  });
  const total = pages[0]?.total ?? 0;
  if (excerpts.length !== total) throw new Error(`${where}: ${excerpts.length} excerpts in its pages, ${total} expected`);
  return { zone, articles, excerpts };
}

/** Every entry of the given lists by excerpt id, with the zone of the first list it was found in. */
export function entriesById(lists: Iterable<readonly [ZoneKey, readonly ExcerptEntry[]]>): Map<string, ExcerptEntry & { zone: ZoneKey }> {
  const found = new Map<string, ExcerptEntry & { zone: ZoneKey }>();
  for (const [zone, entries] of lists) {
    for (const entry of entries) if (!found.has(entry.excerpt.id)) found.set(entry.excerpt.id, { ...entry, zone });
  }
  return found;
}
