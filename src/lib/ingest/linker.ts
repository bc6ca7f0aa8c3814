// The linker: gazetteer + zones in; one article's excerpts in, their mentions and zone links out.
// Candidates are found once over the whole article, resolved together, then handed to the excerpts.
import { strengthRank as rank, type Excerpt, type Gazetteer, type GazetteerEntry, type Mention, type Strength, type ZonesCollection } from '../schema.ts';
import { PlaceMatcher, type Match, type Term } from './matcher.ts';
import { generalLinks, linkPlace, mergeLinks, type RawLink } from './link.ts';
import { continuationLinks } from './continuation.ts';
import { insideSpans, resolveArticle, type Reading, type ResolveInput } from './resolve.ts';
import { datelineEnd, wordBefore } from './cues.ts';
import { findUnresolved, type Unresolved } from './unresolved.ts';
import { buildZoneIndex, type ZoneIndex } from './zone-index.ts';
import { paragraphSpans, type RawExcerpt } from './excerpts.ts';
import { datelineReadings } from './dateline-place.ts';
import { normalizeArabic, normalizeWithMap, type Normalized } from '../arabic/normalize.ts';

/** Phrases that speak of the four zones together. */
export const FOUR_ZONES_PHRASES = ['أربع مناطق', 'المناطق الأربع', 'المناطق الأربعة', '4 مناطق', 'أربعة مناطق', 'مناطق خفض التصعيد الأربع', 'مناطق خفض التوتر الأربع'];
const GENERAL_ID = '@four-zones';
/** The four-zones phrase counts only in an article about the de-escalation (not "four areas" of a city). */
const DEESCALATION = /(خفض التصعيد|خفض التوتر|تخفيف التوتر|تخفيف التصعيد|استانا|استانه)/;

export interface Linker {
  matcher: PlaceMatcher;
  byId: Map<string, GazetteerEntry>;
  index: ZoneIndex;
  homographs: Set<string>;
  adverbs: Set<string>;
  regionHomographs: Set<string>;
  regionsByName: Map<string, GazetteerEntry>;
  entryCache: ResolveInput['entryCache'];
}

export function createLinker(gazetteer: Gazetteer, zones: ZonesCollection): Linker {
  const terms: Term[] = [];
  const regionsByName = new Map<string, GazetteerEntry>();
  for (const e of gazetteer.entries) {
    terms.push({ name: e.name_ar, id: e.id });
    for (const a of e.aliases_ar) terms.push({ name: a, id: e.id });
    if (e.kind === 'region') for (const n of [e.name_ar, ...e.aliases_ar]) if (!regionsByName.has(normalizeArabic(n))) regionsByName.set(normalizeArabic(n), e);
  }
  for (const p of FOUR_ZONES_PHRASES) terms.push({ name: p, id: GENERAL_ID });
  const byId = new Map(gazetteer.entries.map((e) => [e.id, e]));
  return {
    matcher: new PlaceMatcher(terms),
    byId,
    index: buildZoneIndex(zones, gazetteer.entries),
    homographs: new Set(gazetteer.homographs ?? []),
    adverbs: new Set(gazetteer.homograph_adverbs ?? []),
    regionHomographs: new Set(gazetteer.homograph_regions ?? []),
    regionsByName,
    entryCache: new WeakMap(),
  };
}

export interface LinkedExcerpt {
  excerpt: Excerpt;
  unresolved: Unresolved[];
}

/** Datelines at the head of paragraphs, as spans of `body`. */
function datelines(body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const p of paragraphSpans(body)) {
    const end = datelineEnd(body.slice(p.start, Math.min(p.end, p.start + 80)));
    if (end > 0) out.push({ start: p.start, end: p.start + end });
  }
  return out;
}

/** The part of a normalisation of the whole body that covers [start, end), with offsets relative to start. */
function sliceNormalized(norm: Normalized, start: number, end: number): Normalized {
  const { map } = norm;
  const lowerBound = (x: number): number => {
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const a = lowerBound(start);
  const b = lowerBound(end);
  const sub = new Uint32Array(b - a + 1);
  for (let i = a; i < b; i++) sub[i - a] = map[i]! - start;
  sub[b - a] = end - start;
  return { text: norm.text.slice(a, b), map: sub };
}

/**
 * A governorate's capital beside a zone (Damascus, Homs, Hama, Aleppo): reports on a zone name it as a
 * reference point («the pocket between Homs and Hama», «east of Damascus»), and «دمشق» stands for the
 * government as often as for the city, so naming it does not move a report elsewhere.
 */
function isReferenceCity(e: GazetteerEntry, index: ZoneIndex): boolean {
  if (!e.adm1_pcode || e.kind === 'adm1' || e.kind === 'region') return false;
  const name = index.adm1Names.get(e.adm1_pcode);
  if (name === undefined || normalizeArabic(name) !== normalizeArabic(e.name_ar)) return false;
  return e.adm1_pcode === 'SY01' || (index.areas.get(e.adm1_pcode)?.touched.size ?? 0) > 0;
}

/** A Syrian place that links to no zone (Afrin, al-Bab, southern Damascus): the report is elsewhere. */
function isElsewhere(e: GazetteerEntry, links: RawLink[], index: ZoneIndex): boolean {
  return links.length === 0 && !e.outside_syria && e.kind !== 'foreign' && !isReferenceCity(e, index);
}

/** Words before a place that make it where people or convoys go («إلى إدلب», «باتجاه الشمال السوري»). */
const TOWARDS = new Set(['الي', 'نحو', 'باتجاه', 'اتجاه', 'صوب', 'وصولا']);
/** A paragraph about people or fighters being moved out (evacuations, convoys, the displaced), normalised. */
const MOVED_OUT = /(انتقال|حافل|قافل|اجلاء|تهجير|مهجر|اخراج|خروج|ترحيل|مرحل|نازح|نزوح|مغادر|اجلي|خرجت|غادر)/;

const PARTLY = '/region-partly-in-zone';

/**
 * A region only partly inside a zone («ريف حماة الجنوبي»: a few villages by the northern Homs pocket, and
 * the army's bases south of Hama city) is a place of the zone only in an article that also names a place
 * of that zone or the zone itself; alone it is weak evidence, like a governorate.
 */
function partialRegionsConfirmed(all: RawLink[]): (l: RawLink) => RawLink {
  const confirmed = new Set(all.filter((l) => !l.evidence.rule.endsWith(PARTLY) && rank(l.evidence.strength ?? l.strength) <= rank('partial-place')).map((l) => l.zone));
  return (l) => {
    if (!l.evidence.rule.endsWith(PARTLY) || confirmed.has(l.zone)) return l;
    const strength: Strength = 'governorate-only';
    return { zone: l.zone, strength, evidence: { ...l.evidence, rule: `${l.evidence.rule}-alone`, strength } };
  };
}

/**
 * The Syrian place of the article's dateline, when the body names no Syrian place of its own: the first
 * name inside a dateline of the body, else the place of filing the cleaner took out (`filedFrom`).
 */
function datelinePlace(linker: Linker, places: Match[], spans: { start: number; end: number }[], readings: Reading[], filedFrom: string | null): { key: string; entries: GazetteerEntry[] } | null {
  if (readings.some((r) => r.resolved && !r.resolved.entry.outside_syria && !insideSpans(r.match, spans))) return null;
  const inBody = places.filter((m) => insideSpans(m, spans));
  const filed = filedFrom ? linker.matcher.findNormalized(filedFrom, normalizeWithMap(filedFrom)) : [];
  for (const m of [...inBody, ...filed]) {
    if (linker.homographs.has(m.key)) continue;
    const entries = m.ids.map((id) => linker.byId.get(id)).filter((e): e is GazetteerEntry => e !== undefined);
    if (entries.length > 0 && entries.every((e) => !e.outside_syria)) return { key: m.key, entries };
  }
  return null;
}

/**
 * Mentions, links and unresolved names of each excerpt of one article; offsets are into `body`.
 * `title` (when known) helps tell a paragraph that continues the article's report (continuation.ts);
 * `filedFrom` is the place of a dateline the cleaner took out of the body (see dateline-place.ts).
 */
export function linkArticle(linker: Linker, articleId: string, body: string, raws: RawExcerpt[], title: string | null = null, filedFrom: string | null = null): LinkedExcerpt[] {
  // The headline is read with the body (it takes part in the article's focus and in one sense per
  // article), one blank line before it; `off` shifts what was found back to offsets into `body`.
  const head = title && title.trim() !== '' ? `${title.replace(/\s+/g, ' ')}\n\n` : '';
  const off = head.length;
  const text = head + body;
  const norm = normalizeWithMap(text);
  const matches = linker.matcher.findNormalized(text, norm);
  const places: Match[] = matches.filter((m) => !m.ids.includes(GENERAL_ID));
  const spans = datelines(body).map((d) => ({ start: d.start + off, end: d.end + off }));
  const resolved = resolveArticle({
    text: norm.text,
    matches: places,
    byId: linker.byId,
    homographs: linker.homographs,
    adverbs: linker.adverbs,
    regionHomographs: linker.regionHomographs,
    datelines: spans,
    regionsByName: linker.regionsByName,
    entryCache: linker.entryCache,
  });
  const bodyReadings = resolved.readings.filter((x) => x.match.start >= off);
  const filed = datelinePlace(linker, places, spans, bodyReadings, filedFrom);
  if (filed) {
    bodyReadings.push(...datelineReadings(text, norm, off, spans, filed));
    bodyReadings.sort((a, b) => a.match.start - b.match.start);
  }
  const focus = resolved.focus;
  const shift = (m: Match): Match => (off === 0 ? m : { ...m, start: m.start - off, end: m.end - off });
  const titleLinks = mergeLinks(
    resolved.readings.filter((x) => x.match.start < off && x.resolved).flatMap((x) => linkPlace({ ...x.resolved!, match: { ...x.match, start: 0, end: 0 } }, linker.index, linker.byId)),
  );
  const readings: Reading[] = bodyReadings
    .map((x) => ({ ...x, match: shift(x.match), resolved: x.resolved ? { ...x.resolved, match: shift(x.resolved.match) } : null }));
  const general = focus.syrian && DEESCALATION.test(norm.text) ? matches.filter((m) => m.ids.includes(GENERAL_ID) && m.start >= off).map(shift) : [];
  let r = 0;
  let g = 0;
  const own = raws.map((raw) => {
    const mentions: Mention[] = [];
    const links: RawLink[] = [];
    const covered: { start: number; end: number }[] = [];
    let elsewhere = false;
    const anchorLinks: RawLink[] = [];
    const movedOut = MOVED_OUT.test(normalizeArabic(raw.text));
    while (r < readings.length && readings[r]!.match.start < raw.start) r++;
    while (g < general.length && general[g]!.start < raw.start) g++;
    for (; g < general.length && general[g]!.end <= raw.end; g++) {
      const m = general[g]!;
      links.push(...generalLinks({ start: m.start, end: m.end, surface: m.surface }));
    }
    for (; r < readings.length && readings[r]!.match.end <= raw.end; r++) {
      const reading: Reading = readings[r]!;
      covered.push({ start: reading.match.start - raw.start, end: reading.match.end - raw.start });
      const res = reading.resolved;
      if (!res) continue;
      mentions.push({ start: res.match.start, end: res.match.end, surface: res.match.surface, place_id: res.entry.id });
      const placeLinks = linkPlace(res, linker.index, linker.byId);
      links.push(...placeLinks);
      // In a paragraph about people moved out, a destination is where they go, not what the report is
      // about: it neither moves the report elsewhere nor makes the paragraph one that others continue.
      if (movedOut && !res.match.prefix && TOWARDS.has(wordBefore(norm.text, res.match.normStart))) continue;
      elsewhere ||= isElsewhere(res.entry, placeLinks, linker.index);
      anchorLinks.push(...placeLinks);
    }
    const unresolved = findUnresolved(raw.text, covered, sliceNormalized(norm, raw.start + off, raw.end + off)).map((u) => ({ ...u, start: u.start + raw.start, end: u.end + raw.start }));
    return { raw, mentions, links, anchorLinks, elsewhere, unresolved };
  });
  const confirm = partialRegionsConfirmed([...own.flatMap((o) => o.links), ...titleLinks.flatMap((l) => l.evidence.map((e) => ({ zone: l.zone, strength: e.strength ?? l.strength, evidence: e })))]);
  for (const o of own) {
    o.links = o.links.map(confirm);
    o.anchorLinks = o.anchorLinks.map(confirm);
  }
  const merged = own.map((o) => mergeLinks(o.links));
  const more = focus.syrian ? continuationLinks(title, own.map((o, i) => ({ text: o.raw.text, links: merged[i]!, anchors: mergeLinks(o.anchorLinks), elsewhere: o.elsewhere })), titleLinks) : [];
  return own.map(({ raw, mentions, links, unresolved }, i) => {
    const extra: RawLink[] = (more[i] ?? []).map((l) => ({ zone: l.zone, strength: l.strength, evidence: l.evidence[0]! }));
    return {
      excerpt: { id: raw.id, article_id: articleId, start: raw.start, end: raw.end, text: raw.text, mentions, links: extra.length > 0 ? mergeLinks([...links, ...extra]) : merged[i]! },
      unresolved,
    };
  });
}
