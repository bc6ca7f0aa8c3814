// The linker: gazetteer + zones in, one function that turns an excerpt into mentions and zone links.
import type { Excerpt, Gazetteer, GazetteerEntry, Mention, ZonesCollection } from '../schema.ts';
import { PlaceMatcher, type Term } from './matcher.ts';
import { generalLinks, linkPlace, mergeLinks, type RawLink } from './link.ts';
import { resolveMatch, type ArticleContext } from './resolve.ts';
import { findUnresolved, type Unresolved } from './unresolved.ts';
import { buildZoneIndex, type ZoneIndex } from './zone-index.ts';
import type { RawExcerpt } from './excerpts.ts';
import { normalizeWithMap } from '../arabic/normalize.ts';

/** Phrases that speak of the four zones together. */
export const FOUR_ZONES_PHRASES = ['أربع مناطق', 'المناطق الأربع', 'المناطق الأربعة', '4 مناطق', 'أربعة مناطق', 'مناطق خفض التصعيد الأربع', 'مناطق خفض التوتر الأربع'];
const GENERAL_ID = '@four-zones';

export interface Linker {
  matcher: PlaceMatcher;
  byId: Map<string, GazetteerEntry>;
  index: ZoneIndex;
}

export function createLinker(gazetteer: Gazetteer, zones: ZonesCollection): Linker {
  const terms: Term[] = [];
  for (const e of gazetteer.entries) {
    terms.push({ name: e.name_ar, id: e.id });
    for (const a of e.aliases_ar) terms.push({ name: a, id: e.id });
  }
  for (const p of FOUR_ZONES_PHRASES) terms.push({ name: p, id: GENERAL_ID });
  const byId = new Map(gazetteer.entries.map((e) => [e.id, e]));
  return { matcher: new PlaceMatcher(terms), byId, index: buildZoneIndex(zones, gazetteer.entries) };
}

export interface LinkedExcerpt {
  excerpt: Excerpt;
  unresolved: Unresolved[];
}

/** Mentions, links and unresolved names of one excerpt; all offsets are into the article body. */
export function linkExcerpt(linker: Linker, articleId: string, raw: RawExcerpt, ctx: ArticleContext): LinkedExcerpt {
  const norm = normalizeWithMap(raw.text);
  const matches = linker.matcher.findNormalized(raw.text, norm);
  const mentions: Mention[] = [];
  const links: RawLink[] = [];
  const shift = raw.start;
  for (const m of matches) {
    if (m.ids.includes(GENERAL_ID)) {
      links.push(...generalLinks({ start: m.start + shift, end: m.end + shift, surface: m.surface }));
      continue;
    }
    const r = resolveMatch(m, raw.text, linker.byId, ctx);
    if (!r) continue;
    mentions.push({ start: m.start + shift, end: m.end + shift, surface: m.surface, place_id: r.entry.id });
    for (const l of linkPlace(r, linker.index, raw.text)) {
      links.push({ ...l, evidence: { ...l.evidence, start: l.evidence.start + shift, end: l.evidence.end + shift } });
    }
  }
  const unresolved = findUnresolved(raw.text, matches, norm).map((u) => ({ ...u, start: u.start + shift, end: u.end + shift }));
  return {
    excerpt: { id: raw.id, article_id: articleId, start: raw.start, end: raw.end, text: raw.text, mentions, links: mergeLinks(links) },
    unresolved,
  };
}
