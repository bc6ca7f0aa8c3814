// Turns one zone's coverage (data/zones/<zone>.json) into the excerpt objects an export carries.
import { STRENGTHS, type ArticleMeta, type Excerpt, type ZoneCoverage, type ZoneId, type ZoneLink } from '../schema.ts';
import type { ExportedExcerpt } from './schema.ts';
import { DEFAULT_STRENGTH } from '../search/filters.ts';

/** The distinct surfaces of a link's evidence, in order of first appearance. */
function linkPlaces(excerpt: Excerpt, zone: ZoneId): string[] | null {
  const link = excerpt.links.find((l) => l.zone === zone);
  if (!link) return null;
  const seen = new Set<string>();
  for (const e of [...link.evidence].sort((a, b) => a.start - b.start)) seen.add(e.surface);
  return [...seen];
}

function compareExcerpts(a: ExportedExcerpt, b: ExportedExcerpt): number {
  const da = a.date ?? '9999';
  const db = b.date ?? '9999';
  if (da !== db) return da < db ? -1 : 1;
  if (a.article_id !== b.article_id) return a.article_id < b.article_id ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Whether an export carries a link: by default those of strength partial-place and stronger, what the
 * viewer lists; with `weakLinks` also the governorate-only and general ones.
 */
export function exportsLink(link: ZoneLink, weakLinks: boolean): boolean {
  return weakLinks || STRENGTHS.indexOf(link.strength) <= STRENGTHS.indexOf(DEFAULT_STRENGTH);
}

/**
 * The excerpts of `coverage` linked to `zone` (see exportsLink), each with its article's title, outlet,
 * date and url, the place names that made the link and the link's strength; sorted by date, article,
 * excerpt id (undated last).
 */
export function exportedExcerpts(zone: ZoneId, coverage: ZoneCoverage, weakLinks = false): ExportedExcerpt[] {
  const articles = new Map<string, ArticleMeta>(coverage.articles.map((a) => [a.id, a]));
  const out: ExportedExcerpt[] = [];
  for (const excerpt of coverage.excerpts) {
    const link = excerpt.links.find((l) => l.zone === zone);
    const places = linkPlaces(excerpt, zone);
    if (!link || !places || !exportsLink(link, weakLinks)) continue;
    const article = articles.get(excerpt.article_id);
    if (!article) throw new Error(`excerpt ${excerpt.id} names article ${excerpt.article_id}, which the ${zone} coverage does not list`);
    out.push({
      id: excerpt.id,
      article_id: excerpt.article_id,
      title: article.title,
      outlet: article.outlet,
      date: article.date,
      url: article.url,
      text: excerpt.text,
      places,
      strength: link.strength,
    });
  }
  return out.sort(compareExcerpts);
}
