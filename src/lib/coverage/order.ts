// The excerpts of one coverage file in reading order, each with its article's metadata.
import type { ArticleMeta, Excerpt, ZoneCoverage, ZoneId } from '../schema.ts';

export type ZoneKey = ZoneId | 'general';

export interface ExcerptEntry {
  excerpt: Excerpt;
  article: ArticleMeta | null;
}

/** Oldest first; excerpts whose article has no date come last; ties by article, then position. */
export function orderExcerpts(coverage: ZoneCoverage): ExcerptEntry[] {
  const articles = new Map(coverage.articles.map((a) => [a.id, a]));
  const entries = coverage.excerpts.map((excerpt) => ({ excerpt, article: articles.get(excerpt.article_id) ?? null }));
  return entries.sort((a, b) => {
    const da = a.article?.date ?? null;
    const db = b.article?.date ?? null;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    if (a.excerpt.article_id !== b.excerpt.article_id) return a.excerpt.article_id < b.excerpt.article_id ? -1 : 1;
    return a.excerpt.start - b.excerpt.start;
  });
}

/** The entries, from any of the given coverage files, whose excerpt names `placeId`; each once. */
export function entriesNaming(placeId: string, coverages: readonly ZoneCoverage[]): ExcerptEntry[] {
  const seen = new Set<string>();
  const out: ExcerptEntry[] = [];
  for (const coverage of coverages) {
    for (const entry of orderExcerpts(coverage)) {
      if (seen.has(entry.excerpt.id)) continue;
      if (!entry.excerpt.mentions.some((m) => m.place_id === placeId)) continue;
      seen.add(entry.excerpt.id);
      out.push(entry);
    }
  }
  return orderEntries(out);
}

function orderEntries(entries: ExcerptEntry[]): ExcerptEntry[] {
  const articles = entries.flatMap((e) => (e.article ? [e.article] : []));
  const unique = [...new Map(articles.map((a) => [a.id, a])).values()];
  return orderExcerpts({ zone: 'general', articles: unique, excerpts: entries.map((e) => e.excerpt) });
}
