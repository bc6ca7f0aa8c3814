// Paragraphs that carry on the article's report without naming a place again («the inspectors have not
// yet reached the town», «the toll rose to 70»). A report names its place once or twice and then goes on
// about it: such a paragraph is linked to the zone the article is about, through the place that made the
// nearest paragraph before it (or, for the paragraphs before the first such, after it) about that zone.
// Each such link says so in its rule (`continues-article/…`) and is never stronger than partial-place.
//
// A paragraph inherits only when all of these hold:
// - the article is not about the zones together (named as four, or three or more of them named);
// - it names no place of its own that links to a zone, and no Syrian place outside every zone (the
//   report has moved elsewhere: Homs city, Afrin, southern Damascus …);
// - the zone is the article's one focus: named in its lead paragraph or in at least two paragraphs, and
//   no other zone named at least half as often (an article about two zones, such as a count of the
//   displaced in Idlib and in Daraa, leaves its paragraphs without a place to neither);
// - no paragraph between it and the one it inherits from names a place elsewhere;
// - it shares at least MIN_SHARED content words with the title and the paragraphs that name the zone,
//   unless it sits between two paragraphs that name the zone (the report has not left it).
// A place named in a paragraph about people moved out, as where they go («بالانتقال إلى إدلب»), is
// not what the paragraph is about (see the linker's MOVED_OUT).
import { strengthRank as rank, type Evidence, type Strength, type ZoneId, type ZoneLink } from '../schema.ts';
import { sharedCount, topicWords } from './topic-words.ts';
import { CONTINUES_RULE, isCarriedOver, TITLE_RULE } from '../coverage/evidence.ts';


/** What the linker knows about one paragraph before continuation. */
export interface ParagraphLinks {
  text: string;
  links: ZoneLink[];
  /** The links of the places it is about (`links` without destinations: «إلى إدلب»); `links` when absent. */
  anchors?: ZoneLink[];
  /** It names a Syrian place that links to no zone. */
  elsewhere: boolean;
}

const CAP: Strength = 'partial-place';
const MIN_SHARED = 2;
const MIN_SHARED_BETWEEN = 0;
/** Words up to which a line with no full stop is a headline (a subheading, a related article's link). */
const HEADLINE_WORDS = 10;

/**
 * A line with no full stop at its end and only a few words («لافروف: سوريا تخلصت من ترسانتها»): a
 * subheading or the headline of a related article, which names its own subject, not the report's.
 */
function isHeadlineLine(text: string): boolean {
  const t = text.trim();
  return !/[.!?؟…]["»”']?$/.test(t) && t.split(/\s+/).length <= HEADLINE_WORDS;
}

/** The paragraph's own links that the viewer lists by default (partial-place and stronger). */
const anchors = (p: ParagraphLinks): ZoneLink[] => (p.anchors ?? p.links).filter((l) => rank(l.strength) <= rank(CAP) && !isContinued(l));

/** A link made by continuation only. */
export function isContinued(link: ZoneLink): boolean {
  return link.evidence.length > 0 && link.evidence.every((e) => isCarriedOver(e.rule));
}

function focusZones(paragraphs: ParagraphLinks[], headline: ParagraphLinks): Set<ZoneId> {
  const count = new Map<ZoneId, number>();
  for (const p of [headline, ...paragraphs]) for (const l of anchors(p)) count.set(l.zone, (count.get(l.zone) ?? 0) + 1);
  const most = Math.max(0, ...count.values());
  const lead = new Set([...anchors(headline), ...anchors(paragraphs[0] ?? headline)].map((l) => l.zone));
  return new Set([...count].filter(([z, n]) => (n >= 2 || lead.has(z)) && n * 2 >= most).map(([z]) => z));
}

/** The strongest own evidence row of a link, as the row a continued link rests on. */
function sourceRow(link: ZoneLink): Evidence {
  return [...link.evidence].sort((a, b) => rank(a.strength ?? link.strength) - rank(b.strength ?? link.strength) || a.start - b.start)[0]!;
}

function continued(link: ZoneLink, reading: string): ZoneLink {
  const row = sourceRow(link);
  const linkPart = row.rule.includes('/') ? row.rule.slice(row.rule.indexOf('/') + 1) : row.rule;
  const strength: Strength = rank(link.strength) < rank(CAP) ? CAP : link.strength;
  return { zone: link.zone, strength, evidence: [{ ...row, rule: `${reading}/${linkPart}`, strength }] };
}

/**
 * The links each paragraph gets by continuing the article's report (empty for most). `titleLinks` are
 * the links of the places the headline names (their evidence offsets are 0: the headline is not in the
 * body); a paragraph with no anchor before it inherits from the headline first.
 */
export function continuationLinks(title: string | null, paragraphs: ParagraphLinks[], titleLinks: ZoneLink[] = []): ZoneLink[][] {
  const out: ZoneLink[][] = paragraphs.map(() => []);
  const headline: ParagraphLinks = { text: title ?? '', links: titleLinks, elsewhere: false };
  // An article about the zones together (it names them as four, or names three or more) is about the
  // de-escalation as a whole: its paragraphs without a place are not about any one zone.
  const all = [headline, ...paragraphs];
  if (all.some((p) => p.links.some((l) => l.strength === 'general'))) return out;
  if (new Set(all.flatMap((p) => anchors(p).map((l) => l.zone))).size >= 3) return out;
  const focus = focusZones(paragraphs, headline);
  if (focus.size !== 1) return out;
  const words = paragraphs.map((p) => topicWords(p.text));
  const titleWords = topicWords(title ?? '');
  const zoneWords = new Map<ZoneId, Set<string>>();
  for (const z of focus) {
    const set = new Set(titleWords);
    paragraphs.forEach((p, i) => {
      if (anchors(p).some((l) => l.zone === z)) for (const w of words[i]!) set.add(w);
    });
    zoneWords.set(z, set);
  }
  const firstAnchor = paragraphs.findIndex((p) => anchors(p).some((l) => focus.has(l.zone)));
  // The headline is trusted alone only when the body does not contradict it: the body names its zone
  // too, or names no place elsewhere.
  const bodyZones = new Set(paragraphs.flatMap((p) => anchors(p).map((l) => l.zone)));
  const headlineFirst = anchors(headline).some((l) => focus.has(l.zone) && (bodyZones.has(l.zone) || !paragraphs.some((p) => p.elsewhere)));
  paragraphs.forEach((p, i) => {
    if (p.elsewhere || anchors(p).length > 0 || isHeadlineLine(p.text)) return;
    // A paragraph that names the focus zone only as a destination is still about the report's own zone.
    const own = new Set(p.links.map((l) => l.zone));
    const back = nearestAnchor(paragraphs, i, -1);
    const fromTitle = back === 'start' && headlineFirst;
    const from = fromTitle ? null : typeof back === 'number' ? back : i < firstAnchor || firstAnchor < 0 ? nearestAnchor(paragraphs, i, 1) : null;
    if (!fromTitle && typeof from !== 'number') return;
    const source = fromTitle ? headline : paragraphs[from as number]!;
    const ahead = nearestAnchor(paragraphs, i, 1);
    const after = typeof ahead === 'number' ? new Set(anchors(paragraphs[ahead]!).map((l) => l.zone)) : null;
    for (const link of anchors(source)) {
      if (!focus.has(link.zone) || own.has(link.zone)) continue;
      // Between two paragraphs about the zone, the report has not left it: one shared word is enough.
      const need = after?.has(link.zone) && typeof back === 'number' ? MIN_SHARED_BETWEEN : MIN_SHARED;
      if (sharedCount(words[i]!, zoneWords.get(link.zone)!) < need) continue;
      out[i]!.push(continued(link, fromTitle ? TITLE_RULE : CONTINUES_RULE));
    }
  });
  return out;
}

/**
 * The nearest paragraph in direction `step` with links of its own; null when one naming a place elsewhere
 * comes first; 'start' / 'end' when the article's edge does.
 */
function nearestAnchor(paragraphs: ParagraphLinks[], i: number, step: 1 | -1): number | null | 'start' | 'end' {
  for (let j = i + step; j >= 0 && j < paragraphs.length; j += step) {
    const p = paragraphs[j]!;
    if (anchors(p).length > 0) return j;
    if (p.elsewhere) return null;
  }
  return step < 0 ? 'start' : 'end';
}
