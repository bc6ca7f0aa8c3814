// What made an excerpt's link: the spans to highlight and the rule, split into its two halves.
import { STRENGTHS, type Evidence, type Excerpt, type Strength, type ZoneLink } from '../schema.ts';
import type { Span } from './segments.ts';
import type { ZoneKey } from './order.ts';

/** The links shown for `zone`: that zone's link, or every link when reading general coverage. */
export function linksFor(excerpt: Excerpt, zone: ZoneKey | null): ZoneLink[] {
  if (zone === null || zone === 'general') return excerpt.links;
  return excerpt.links.filter((l) => l.zone === zone);
}

/**
 * The spans to highlight: the evidence of the links shown, or, for an excerpt linked to no zone,
 * the places it names (so diplomacy in Astana or Geneva still shows where it happened).
 */
export function highlightSpans(excerpt: Excerpt, zone: ZoneKey | null): Span[] {
  const links = linksFor(excerpt, zone);
  if (links.length === 0) return excerpt.mentions;
  return links.flatMap((l) => l.evidence);
}

/** The strongest strength among the links shown; 'general' when there is none. */
export function strongest(links: readonly ZoneLink[]): Strength {
  const ranks = links.map((l) => STRENGTHS.indexOf(l.strength));
  return STRENGTHS[Math.min(STRENGTHS.length - 1, ...ranks)] ?? 'general';
}

/** Evidence listed once per span and rule, in text order, across the given links. */
export function evidenceOf(links: readonly ZoneLink[]): Array<Evidence & { strength: Strength; zone: ZoneLink['zone'] }> {
  const seen = new Set<string>();
  const out: Array<Evidence & { strength: Strength; zone: ZoneLink['zone'] }> = [];
  for (const link of links) {
    for (const e of link.evidence) {
      const key = `${link.zone}|${e.start}|${e.end}|${e.rule}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...e, strength: e.strength ?? link.strength, zone: link.zone });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.zone.localeCompare(b.zone));
}

/** The reading of a row resting on a place another paragraph names (the ingest's continuation.ts). */
export const CONTINUES_RULE = 'continues-article';
/** The reading of a row resting on a place the headline names. */
export const TITLE_RULE = 'continues-title';

/** A row carried over from another paragraph or the headline, not resting on a place the excerpt names. */
export function isCarriedOver(rule: string): boolean {
  const { reading } = ruleParts(rule);
  return reading === CONTINUES_RULE || reading === TITLE_RULE;
}

/** "only-reading/region-name" → how the name was read, and how the place was tied to the zone. */
export function ruleParts(rule: string): { reading: string | null; link: string } {
  const slash = rule.indexOf('/');
  if (slash < 0) return { reading: null, link: rule };
  return { reading: rule.slice(0, slash), link: rule.slice(slash + 1) };
}
