// Resolution in context: every candidate mention of one article is read against the others. A first
// pass reads the names that need no cue; what they say (is the article about Syria, which governorates
// it names, where its places lie) then decides homographs, same-named places and city against governorate.
// The rule that decided is kept with each reading as evidence.
import type { GazetteerEntry, PlaceKind } from '../schema.ts';
import { articleFocus, sharedGovernorate, SYRIA_WORD, type ArticleFocus } from './article-context.ts';
import { AREA_NOUNS, GIVEN_NAMES, hasTanween, isForeignAdjective, isHierarchyLink, PLACE_NOUNS, PREPOSITIONS, VILLAGE_NOUNS, wordAfter, wordBefore } from './cues.ts';
import type { Match } from './matcher.ts';
import { normalizeArabic } from '../arabic/normalize.ts';

export interface Resolved {
  match: Match;
  entry: GazetteerEntry;
  rule: string;
}

/** Why a candidate was not read as a place (kept for tests and the evaluation). */
export type Refusal = 'tanween' | 'not-about-syria' | 'homograph-without-cue' | 'abroad' | 'dateline' | 'part-of-another-area' | 'part-of-a-name' | 'in-another-governorate' | 'locates-a-place';

export interface Reading {
  match: Match;
  resolved: Resolved | null;
  refusal: Refusal | null;
}

export interface ResolveInput {
  /** Normalised article body (the matcher's text; match.normStart/normEnd index into it). */
  text: string;
  matches: Match[];
  byId: Map<string, GazetteerEntry>;
  homographs: Set<string>;
  /** Homographs whose everyday sense is an adverb (never after a preposition). */
  adverbs: Set<string>;
  /** Homographs that name a Syrian region («الغوطة»): in an article about Syria they are the region. */
  regionHomographs: Set<string>;
  /** Spans of datelines («دمشق - وكالات») in the original text: names inside them are not evidence. */
  datelines: { start: number; end: number }[];
  regionsByName: Map<string, GazetteerEntry>;
  /** Entries per matched id list, shared by all articles (the matcher hands out one array per name). */
  entryCache: WeakMap<string[], { all: GazetteerEntry[]; syrian: GazetteerEntry[] }>;
}

const CITY_BEFORE = new Set(['مدينه', 'احياء', 'حي', 'وسط', 'مركز', 'داخل', 'مدينتي']);
const CITY_AFTER = new Set(['الشرقيه', 'الغربيه', 'المحاصره', 'القديمه', 'المدينه']);
const GOV_BEFORE = new Set(['محافظه', 'ريف', 'ريفي', 'محافظتي']);
const DISTRICT_BEFORE = new Set(['منطقه']);
const SUBDISTRICT_BEFORE = new Set(['ناحيه']);
/** Readings without any cue: a region, then the city (a town) before the unit named after it. */
const DEFAULT_ORDER: PlaceKind[] = ['region', 'town', 'adm3', 'adm2', 'adm1', 'foreign'];
const NEAR = 80;
/** How far from «البلاد» a word of Syria names the country it means. */
const COUNTRY_NEAR = 200;
/** A town this large, named after a place noun, anchors an article in Syria on its own. */
const ANCHOR_TOWN_POPULATION = 20_000;
const SYRIAN_CITY_ADJECTIVE = /^\s(?:الدمشقي|الحمصي|الحموي|الادلبي|الحلبي|الدرعاوي)ه?(?![\u0621-\u064a])/;
/** «بسوريا», «في سوريا», «السورية» right after a name. */
const COUNTRY_AFTER = /^\s?(?:(?:ب|في\s)سوري[اه]|السوري[هة]?)(?![\u0621-\u064a])/;

const syrianEntries = (es: GazetteerEntry[]): GazetteerEntry[] => es.filter((e) => !e.outside_syria);

function prominence(e: GazetteerEntry): number {
  return (e.population ?? 0) + (e.source === 'ocha' ? 0 : 1);
}

function byKind(entries: GazetteerEntry[], kinds: PlaceKind[]): GazetteerEntry | undefined {
  for (const k of kinds) {
    const of = entries.filter((e) => e.kind === k);
    if (of.length > 0) return of.reduce((a, b) => (prominence(b) > prominence(a) ? b : a));
  }
  return undefined;
}

function dist2(a: [number, number], b: [number, number]): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}

/** Among same-named Syrian places: the governorate the article names most, then the nearest. */
function byContext(entries: GazetteerEntry[], focus: ArticleFocus): { picked: GazetteerEntry[]; rule: string | null } {
  const govs = new Set(entries.map((e) => e.adm1_pcode));
  if (govs.size < 2) return { picked: entries, rule: null };
  let best = 0;
  for (const g of govs) best = Math.max(best, focus.governorates.get(g ?? '') ?? 0);
  if (best > 0) {
    return { picked: entries.filter((e) => (focus.governorates.get(e.adm1_pcode ?? '') ?? 0) === best), rule: 'same-governorate-as-article' };
  }
  const c = focus.centroid;
  if (c && entries.every((e) => e.point)) {
    const near = entries.reduce((a, b) => (dist2(b.point!, c) < dist2(a.point!, c) ? b : a));
    return { picked: entries.filter((e) => e.adm1_pcode === near.adm1_pcode), rule: 'nearest-to-article-places' };
  }
  return { picked: entries, rule: null };
}

/** The text between match `i` and the next (the next one's prefix left out), when at most `gap` characters; else null. */
function textToNext(i: number, input: ResolveInput, gap: number): string | null {
  const m = input.matches[i]!;
  const next = input.matches[i + 1];
  if (!next || next.normStart - next.prefix.length - m.normEnd > gap) return null;
  return input.text.slice(m.normEnd, next.normStart - next.prefix.length);
}

/** The governorate the next name stands for, when the words between make it the first one's area. */
function parentGovernorate(i: number, input: ResolveInput, first: (GazetteerEntry[] | null)[], adjective = false): string | null {
  let between = textToNext(i, input, adjective ? 32 : 16);
  if (between === null) return null;
  // «مخيم البحيرة المؤقت في محافظة السويداء»: an adjective of the name may stand before its area.
  // «إلى», normalised «الي», opens like such an adjective and is none.
  if (adjective) between = between.replace(/^\s*(?!الي\s)ال[\u0621-\u064a]+(?=\s)/, '');
  if (!isHierarchyLink(between, input.matches[i + 1]!.prefix)) return null;
  const es = first[i + 1];
  return es ? sharedGovernorate(es) : null;
}

/**
 * «مخيم البحيرة في محافظة السويداء»: the name's area is given and none of its readings lies there, so it
 * is a place the gazetteer does not have, not a namesake in another governorate.
 */
function explicitElsewhere(i: number, input: ResolveInput, first: (GazetteerEntry[] | null)[], syr: GazetteerEntry[]): boolean {
  const gov = parentGovernorate(i, input, first, true);
  if (gov === null || syr.some((e) => e.adm1_pcode === gov || !e.adm1_pcode)) return false;
  // A governorate's centre named with its governorate («حماة في محافظة حماة») is not in question.
  return syr.every((e) => e.kind === 'town' || e.kind === 'adm3');
}

/**
 * «شمال غرب وجنوب غرب سوريا»: a direction and و just before a region name, the country left for the
 * second, make it one of a list of the country's parts unless the first, read with the same country
 * («جنوب البلاد» in «جنوب وجنوب غربي البلاد»), is a region of the same zones: that names one zone twice.
 */
const DIRECTION_THEN_AND = /(?:^|\s)((?:شمال|جنوب|شرق|غرب)ي?(?:\s(?:شرق|غرب)ي?)?)\s*،?\s*$/;

function inListOfRegions(m: Match, region: GazetteerEntry, text: string, regions: Map<string, GazetteerEntry>): boolean {
  if (!m.prefix.startsWith('و')) return false;
  const before = text.slice(Math.max(0, m.normStart - m.prefix.length - 20), m.normStart - m.prefix.length);
  const d = DIRECTION_THEN_AND.exec(before);
  if (!d) return false;
  const country = m.key.split(' ').pop()!;
  const first = regions.get(`${d[1]} ${country}`);
  return !first || (first.zones ?? []).join() !== (region.zones ?? []).join();
}

/**
 * «المنطقة الجنوبية من الغوطة الشرقية», «المنطقة الجنوبية الشرقية من المحافظة»: a region named by a
 * direction and followed by a second direction or by «من» and another area is a part of that area (the
 * south of the Ghouta), not the region of the country its name alone would be.
 */
const DIRECTIONAL = /(?:^|\s)(?:ال)?(?:شمال|جنوب|شرق|غرب)/;
const PART_OF = /^\s+(?:(?:ال)?(?:شرقي|غربي)ه?(?![\u0621-\u064a])|من\s+(?:ال(?!بلاد)|ريف|محافظ|مدين|بلد))/;

function partOfAnotherArea(m: Match, text: string): boolean {
  // A governorate's countryside with a second direction (ريف حماة الشمالي الغربي) is still its own.
  return !/^(?:ال)?ريف/.test(m.key) && DIRECTIONAL.test(m.key) && PART_OF.test(text.slice(m.normEnd, m.normEnd + 24));
}

/**
 * «مدينة السويداء جنوب سوريا», «إدلب في شمال غرب البلاد»: a part of the country right after a Syrian
 * place says where that place lies; the place's own reading links it, the part of the country adds
 * nothing (Sweida is in the south, not in the southern zone).
 */
const COUNTRY_PART = /^(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)\S*(?:\s\S+)?\s(?:سوريا|سوريه|البلاد)$/;

function locatesPlaceBefore(i: number, input: ResolveInput, first: (GazetteerEntry[] | null)[]): boolean {
  const m = input.matches[i]!;
  const prev = input.matches[i - 1];
  if (!prev || first[i - 1] === null || !COUNTRY_PART.test(m.key) || (m.prefix !== '' && m.prefix !== 'ب')) return false;
  const t = textBetween(input.text, prev, m);
  return t === '' || t === 'في' || t === '،' || t === ',';
}

/** The governorate of a sure place joined to match i by و alone («X وY», «Y وX»), if there is one. */
function coordinatedGovernorate(i: number, input: ResolveInput, first: (GazetteerEntry[] | null)[], sure: boolean[]): string | null {
  const m = input.matches[i]!;
  for (const j of [i + 1, i - 1]) {
    const o = input.matches[j];
    if (!o || !sure[j] || !(j > i ? joinedByAnd(input.text, m, o) : joinedByAnd(input.text, o, m))) continue;
    const g = sharedGovernorate(first[j]!);
    if (g) return g;
  }
  return null;
}

interface Cue {
  rule: string;
  /** The governorate the cue puts the place in, when it says one. */
  governorate: string | null;
}

/** Characters after a name within which «السورية» says it is the Syrian place. */
const SYRIA_AFTER = 32;

/** The text names a Syrian place without doubt, one known beyond OCHA's village list. */
function placeAnchored(first: (GazetteerEntry[] | null)[], sure: boolean[]): boolean {
  return first.some((es, k) => es !== null && sure[k] && es.some((e) => e.source !== 'ocha'));
}

/**
 * A homograph is a place only after a place noun, before «بريف Y», or after a preposition with an
 * unambiguous place of the same governorate within NEAR characters. The attached «ب» alone is no such
 * preposition for a town: it is as often "with, by, as" («بحلول», «بصفة») or a verb's first letter
 * («بدأنا»); a region («بجنوب البلاد») keeps it. The article's governorates alone are no cue: over the
 * 2018 collection every homograph they decided was the common word (38 of 38: «في صراع», «في آذار»).
 */
function cueFor(i: number, input: ResolveInput, candidates: GazetteerEntry[], first: (GazetteerEntry[] | null)[], sure: boolean[], parent: string | null): Cue | null {
  const m = input.matches[i]!;
  const before = m.prefix ? '' : wordBefore(input.text, m.normStart);
  if (PLACE_NOUNS.has(before)) {
    // «مطار الدوحة», «مدن مشهد وشيراز»: where nothing else in the text is surely a Syrian place, a
    // village only OCHA lists is meant after a place noun only when Syria is named right after it
    // («مدينة دومة السورية», «معبر نصيب السوري»).
    const local = candidates.every((e) => e.source === 'ocha');
    if (local && !placeAnchored(first, sure) && !SYRIA_WORD.test(input.text.slice(m.normEnd, m.normEnd + SYRIA_AFTER))) return null;
    // «منطقة الجزيرة», «منطقة القدس»: an area named by a common word is a region, seldom the village of
    // that name, which the press calls a village or a town.
    if (local && AREA_NOUNS.has(before)) return null;
    return { rule: 'homograph-after-place-noun', governorate: null };
  }
  if (parent && candidates.some((e) => e.adm1_pcode === parent)) return { rule: 'homograph-in-named-area', governorate: parent };
  // «جنوب البلاد» beside a word of Syria («الحدود السورية»): the country is Syria.
  if (candidates.length > 0 && candidates.every((e) => e.kind === 'region') && m.key.endsWith(' البلاد') && SYRIA_WORD.test(input.text.slice(Math.max(0, m.normStart - COUNTRY_NEAR), m.normEnd + COUNTRY_NEAR))) {
    return { rule: 'homograph-country-named-nearby', governorate: 'region' };
  }
  const separate = PREPOSITIONS.has(before);
  if (!separate && !/ب/.test(m.prefix)) return null;
  // «إلى دوما»: "always" never follows a preposition.
  if (input.adverbs.has(m.key)) return { rule: 'homograph-adverb-after-preposition', governorate: null };
  // «في دوما بسوريا»: after a preposition, without the article, and given its country. A common noun
  // there would carry the article or an adjective; an adverb never follows a preposition.
  if (!/^ال/.test(m.key) && COUNTRY_AFTER.test(input.text.slice(m.normEnd, m.normEnd + 16))) return { rule: 'homograph-in-named-country', governorate: null };
  const govs = new Set(candidates.map((e) => e.adm1_pcode));
  // A region (no governorate of its own) takes any unambiguous Syrian place as its neighbour.
  const region = candidates.some((e) => e.kind === 'region');
  if (!separate && !region) return null;
  const sameGov = (j: number): string | null => {
    if (!sure[j]) return null;
    if (region) return 'region';
    const g = sharedGovernorate(first[j]!);
    return g !== null && govs.has(g) ? g : null;
  };
  // A town must also stand in a list of names of its governorate («بين مديرا وعربين», «من كفريا
  // والفوعة»): alone after a preposition, a word is as often its everyday sense («إلى حلب في زيارة»,
  // «إلى صراع مسلح»).
  if (!region && !inListOfGovernorate(i, input, govs)) return null;
  for (let j = i - 1; j >= 0 && m.normStart - input.matches[j]!.normEnd <= NEAR; j--) {
    const g = sameGov(j);
    if (g) return { rule: 'homograph-near-place-of-same-governorate', governorate: g };
  }
  for (let j = i + 1; j < input.matches.length && input.matches[j]!.normStart - m.normEnd <= NEAR; j++) {
    const g = sameGov(j);
    if (g) return { rule: 'homograph-near-place-of-same-governorate', governorate: g };
  }
  return null;
}

/** Match i is joined in a list to a name with a reading in one of `govs`. */
function inListOfGovernorate(i: number, input: ResolveInput, govs: Set<string | undefined>): boolean {
  const m = input.matches[i]!;
  for (const j of [i - 1, i + 1]) {
    const o = input.matches[j];
    if (!o || !(j < i ? listed(input.text, o, m) : listed(input.text, m, o))) continue;
    if (o.ids.some((id) => { const e = input.byId.get(id); return !!e && !e.outside_syria && govs.has(e.adm1_pcode); })) return true;
  }
  return false;
}

/** The text between names a and b (b after a), b's attached prefix left out, trimmed. */
function textBetween(text: string, a: Match, b: Match): string {
  return text.slice(a.normEnd, b.normStart - b.prefix.length).trim();
}

/** Names a and b (b after a) are joined by an attached و alone («X وY»). */
function joinedByAnd(text: string, a: Match, b: Match): boolean {
  return b.prefix.startsWith('و') && textBetween(text, a, b) === '';
}

/** Names a and b (b after a) stand in one list: joined by و, or by a comma alone. */
function listed(text: string, a: Match, b: Match): boolean {
  const t = textBetween(text, a, b);
  return joinedByAnd(text, a, b) || t === '،' || t === ',' || t === 'و';
}

function cityNamed(near: string, city: GazetteerEntry | undefined): boolean {
  return !!city && near.includes(normalizeArabic(city.name_ar));
}

/** The country of a place abroad is named in the article: the homonym abroad is meant. */
function abroadNamed(entries: GazetteerEntry[], text: string): { entry: GazetteerEntry; rule: string } | null {
  const e = entries.find((x) => x.outside_syria && x.country_ar && text.includes(normalizeArabic(x.country_ar).replace(/^ال/, '')));
  return e ? { entry: e, rule: 'country-named-in-article' } : null;
}

/**
 * A country or a capital abroad (تركيا) outweighs a Syrian village of that name unless a village's
 * noun precedes it («قرية الرياض»); «مدينة الرياض» or «مطار الرياض» is the capital.
 */
function prominentAbroad(entries: GazetteerEntry[], m: Match, text: string): { entry: GazetteerEntry; rule: string } | null {
  const e = entries.find((x) => x.outside_syria && !x.country_ar);
  if (!e || VILLAGE_NOUNS.has(m.prefix ? '' : wordBefore(text, m.normStart))) return null;
  return { entry: e, rule: 'prominent-place-abroad' };
}

/**
 * The words right after a name place it abroad: a country's adjective («الإسكندرية المصرية») or, as its
 * parent area, a place with no Syrian reading («الأشرفية بالعاصمة بيروت», «الحويجة غرب كركوك»).
 */
function locatedAbroad(i: number, input: ResolveInput, cached: { all: GazetteerEntry[]; syrian: GazetteerEntry[] }[]): boolean {
  const m = input.matches[i]!;
  if (isForeignAdjective(wordAfter(input.text, m.normEnd))) return true;
  const text = textToNext(i, input, 24);
  if (text === null) return false;
  const c = cached[i + 1]!;
  if (c.all.length === 0 || c.syrian.length > 0) return false;
  const prefix = input.matches[i + 1]!.prefix;
  const between = text.replace(/(ب|في\s)?(?:ال)?عاصمه(?=\s|$)/, '$1');
  return isHierarchyLink(between, prefix) || /^\s*،?\s*(?:شمال|جنوب|شرق|غرب)(?:ي|\s(?:من|ب))?\s*$/.test(between + prefix);
}

/**
 * A short text with no Syrian anchor of the first pass («قافلة إلى مدينة دوما المحاصرة», «من عربين
 * وزملكا») is still about Syria when a Syrian town with only Syrian readings follows a place noun, or
 * when two different places of one governorate are named.
 */
function anchoredByCue(input: ResolveInput, cached: { all: GazetteerEntry[]; syrian: GazetteerEntry[] }[], first: (GazetteerEntry[] | null)[], sure: boolean[]): boolean {
  const villages = new Map<string, { all: Set<string>; sure: boolean; known: boolean }>();
  for (let i = 0; i < input.matches.length; i++) {
    const m = input.matches[i]!;
    const c = cached[i]!;
    // A namesake abroad counts unless it is known only in its country and the article does not name that.
    const abroad = c.all.some((e) => e.outside_syria && (!e.country_ar || abroadNamed([e], input.text)));
    if (c.syrian.length === 0 || abroad || hasTanween(m.surface) || inDateline(m, input)) continue;
    // «ببلدة X» has the preposition attached; «بلدة X» opens with the same letter and keeps it.
    const word = m.prefix ? '' : wordBefore(input.text, m.normStart);
    const before = PLACE_NOUNS.has(word) ? word : word.replace(/^ب(?=...)/, '');
    // Only OCHA's list has most villages named like a city abroad («مدينة القاهرة», «مدينة الرياض»),
    // and a common word after «مدينة» is as often a town abroad («مدينة الحمراء»): the name must be a
    // Syrian town of some size in the other sources.
    const known = c.syrian.some((e) => e.source !== 'ocha');
    const town = c.syrian.some((e) => e.kind === 'town' && e.source !== 'ocha' && (e.population ?? 0) >= ANCHOR_TOWN_POPULATION);
    // «حي جوبر» is one name of the gazetteer: its place noun is inside the match.
    if (town && (PLACE_NOUNS.has(before) || PLACE_NOUNS.has(m.key.split(' ')[0]!))) return true;
    // «حي جوبر الدمشقي»: a Syrian city's adjective after the name.
    if (SYRIAN_CITY_ADJECTIVE.test(input.text.slice(m.normEnd, m.normEnd + 14))) return true;
    const regionName = input.regionHomographs.has(m.key);
    // «سكان الغوطة المحاصرة»: a region named by a homograph is no word when it is besieged.
    if (regionName && wordAfter(input.text, m.normEnd) === 'المحاصره') return true;
    // «في الغوطة … دوما وحمورية»: a region named by a homograph counts as a known name of its governorate.
    const region = regionName ? c.syrian.find((e) => e.kind === 'region' && e.adm1_pcode) : undefined;
    const gov = region ? region.adm1_pcode! : sharedGovernorate(c.syrian);
    if (!gov) continue;
    const names = villages.get(gov) ?? { all: new Set<string>(), sure: false, known: false };
    names.all.add(m.key);
    names.sure ||= sure[i]!;
    names.known ||= known || region !== undefined;
    villages.set(gov, names);
  }
  // Two names of one governorate, one of them no common word and one known beyond OCHA's list
  // («من عربين وزملكا»).
  return [...villages.values()].some((v) => v.sure && v.known && v.all.size >= 2);
}

/** The match lies inside one of `spans` (offsets into the original text). */
export function insideSpans(m: { start: number; end: number }, spans: { start: number; end: number }[]): boolean {
  return spans.some((d) => m.start >= d.start && m.end <= d.end);
}

function inDateline(m: Match, input: ResolveInput): boolean {
  return insideSpans(m, input.datelines);
}

/** Read every candidate of one article; also what the article as a whole is about. */
export function resolveArticle(input: ResolveInput): { readings: Reading[]; focus: ArticleFocus } {
  const { matches, byId, homographs, text } = input;
  const cached = matches.map((m) => {
    let c = input.entryCache.get(m.ids);
    if (!c) {
      const all = m.ids.map((id) => byId.get(id)).filter((e): e is GazetteerEntry => e !== undefined);
      c = { all, syrian: syrianEntries(all) };
      input.entryCache.set(m.ids, c);
    }
    return c;
  });
  const entriesOf = cached.map((c) => c.all);
  // A name matched without its article («حمراء» for الحمراء) is a common word whenever the full name is.
  const isHomograph = matches.map((m) => homographs.has(m.key) || homographs.has(`ال${m.key}`));
  // First pass: names that need no cue and are Syrian places.
  const first = entriesOf.map((es, i) => {
    const syr = cached[i]!.syrian;
    return syr.length > 0 && !isHomograph[i] && !hasTanween(matches[i]!.surface) && syr.length === es.length ? syr : null;
  });
  const sure = first.map((es, i) => es !== null && !inDateline(matches[i]!, input));
  const focus = articleFocus(text, first.filter((es, i): es is GazetteerEntry[] => es !== null && sure[i]!));
  focus.syrian ||= anchoredByCue(input, cached, first, sure);
  const readings = matches.map((m, i): Reading => {
    const refuse = (refusal: Refusal): Reading => ({ match: m, resolved: null, refusal });
    const es = entriesOf[i]!;
    if (es.length === 0) return refuse('abroad');
    if (hasTanween(m.surface)) return refuse('tanween');
    const abroad = abroadNamed(es, text) ?? prominentAbroad(es, m, text);
    if (abroad) return { match: m, resolved: { match: m, entry: abroad.entry, rule: abroad.rule }, refusal: null };
    let syr = cached[i]!.syrian;
    if (syr.length === 0) return { match: m, resolved: { match: m, entry: es[0]!, rule: 'only-reading' }, refusal: null };
    // The reading abroad when the name has one, else no place at all.
    const abroadOr = (rule: string, refusal: Refusal): Reading => {
      const foreign = es.find((e) => e.outside_syria);
      return foreign ? { match: m, resolved: { match: m, entry: foreign, rule }, refusal: null } : refuse(refusal);
    };
    if (locatedAbroad(i, input, cached)) return abroadOr('located-abroad', 'abroad');
    if (!focus.syrian) return abroadOr('article-not-about-syria', 'not-about-syria');
    if (inDateline(m, input)) return refuse('dateline');
    const parent = parentGovernorate(i, input, first);
    let reading = 'only-reading';
    if (isHomograph[i] && GIVEN_NAMES.has(wordAfter(text, m.normEnd))) return refuse('part-of-a-name');
    if ((isHomograph[i] || syr.every((e) => e.source === 'ocha')) && explicitElsewhere(i, input, first, syr)) return refuse('in-another-governorate');
    // «حصار الغوطة» in an article about Syria: the region, unless a village's or quarter's noun
    // («حي الغوطة» in Homs) or another place noun («سهل الحولة», «وادي حوران») says otherwise.
    if (isHomograph[i] && input.regionHomographs.has(m.key) && (m.prefix !== '' || !PLACE_NOUNS.has(wordBefore(text, m.normStart)))) {
      const region = syr.find((e) => e.kind === 'region');
      if (region) return { match: m, resolved: { match: m, entry: region, rule: 'region-homograph-in-syrian-article' }, refusal: null };
    }
    if (isHomograph[i]) {
      // A quarter whose name is a common word (المحافظة، الجامعة) is meant only as «حي X» or beside its city.
      const quarters = syr.filter((e) => e.parent);
      if (quarters.length > 0) {
        const near = text.slice(Math.max(0, m.normStart - NEAR), m.normEnd + NEAR);
        const keep = quarters.filter((e) => PLACE_NOUNS.has(wordBefore(text, m.normStart)) || cityNamed(near, input.byId.get(e.parent!)));
        syr = [...syr.filter((e) => !e.parent), ...keep];
        if (syr.length === 0) return refuse('homograph-without-cue');
      }
      const cue = cueFor(i, input, syr, first, sure, parent);
      if (!cue) return refuse('homograph-without-cue');
      // «بلدتي الأشعري وبيت سوا»: joined by و to a place of another governorate than any of its
      // namesakes, the name is a place the gazetteer does not have, not the one far away.
      const beside = coordinatedGovernorate(i, input, first, sure);
      if (!cue.governorate && beside && !syr.some((e) => e.adm1_pcode === beside)) return refuse('homograph-without-cue');
      if (cue.governorate && cue.governorate !== 'region') syr = syr.filter((e) => e.adm1_pcode === cue.governorate || e.kind === 'region');
      if (syr.length === 0) return refuse('homograph-without-cue');
      reading = cue.rule;
    }
    const countryside = countrysideRegion(m, text, input.regionsByName);
    if (countryside) return { match: m, resolved: { match: m, entry: countryside, rule: 'countryside-region' }, refusal: null };
    if (parent && syr.some((e) => e.adm1_pcode === parent)) {
      syr = syr.filter((e) => e.adm1_pcode === parent || e.kind === 'region');
      reading = 'in-named-governorate';
    }
    if (syr.every((e) => e.kind === 'region') && partOfAnotherArea(m, text)) return refuse('part-of-another-area');
    if (syr.every((e) => e.kind === 'region') && locatesPlaceBefore(i, input, first)) return refuse('locates-a-place');
    if (syr.length === 1 && syr[0]!.kind === 'region' && inListOfRegions(m, syr[0]!, text, input.regionsByName)) return { match: m, resolved: { match: m, entry: syr[0]!, rule: 'listed-with-other-regions' }, refusal: null };
    if (syr.length === 1) return { match: m, resolved: { match: m, entry: syr[0]!, rule: reading }, refusal: null };
    const entry = pickReading(m, syr, input, focus);
    return { match: m, resolved: { match: m, entry: entry.entry, rule: reading === 'only-reading' ? entry.rule : reading }, refusal: null };
  });
  return { readings: sameSenseInArticle(readings), focus };
}

/**
 * One sense per article: a homograph refused for want of a cue takes the reading the same name got
 * elsewhere in the article by a place noun or a named area («مدينة دوما» … «إلى دوما»). Weaker cues (a
 * nearby place) are not passed on: «الصراع» read once as the village would make every "conflict" one.
 */
// A homograph read in its named governorate («دوما بريف دمشق») had a place noun or that hierarchy as its cue.
const STRONG_CUES = new Set(['homograph-after-place-noun', 'homograph-adverb-after-preposition', 'homograph-in-named-area', 'homograph-in-named-country', 'in-named-governorate']);

function sameSenseInArticle(readings: Reading[]): Reading[] {
  const cued = new Map<string, { at: number; resolved: Resolved }[]>();
  for (const r of readings) {
    if (!r.resolved || !STRONG_CUES.has(r.resolved.rule)) continue;
    const list = cued.get(r.match.key) ?? [];
    list.push({ at: r.match.start, resolved: r.resolved });
    cued.set(r.match.key, list);
  }
  if (cued.size === 0) return readings;
  return readings.map((r) => {
    if (r.refusal !== 'homograph-without-cue') return r;
    const list = cued.get(r.match.key);
    if (!list) return r;
    const earlier = list.filter((c) => c.at < r.match.start);
    const from = earlier[earlier.length - 1] ?? list[0]!;
    const rule = earlier.length > 0 ? 'same-as-earlier-in-article' : 'same-as-later-in-article';
    return { match: r.match, resolved: { match: r.match, entry: from.resolved.entry, rule }, refusal: null };
  });
}

/** City, governorate, district or sub-district by the word before or after; homonyms by the article. */
function pickReading(m: Match, entries: GazetteerEntry[], input: ResolveInput, focus: ArticleFocus): { entry: GazetteerEntry; rule: string } {
  const before = m.prefix ? '' : wordBefore(input.text, m.normStart);
  const after = wordAfter(input.text, m.normEnd);
  const { picked, rule } = byContext(entries, focus);
  const choose = (kinds: PlaceKind[], why: string): { entry: GazetteerEntry; rule: string } | null => {
    const e = byKind(picked, kinds) ?? byKind(entries, kinds);
    return e ? { entry: e, rule: why } : null;
  };
  let r: { entry: GazetteerEntry; rule: string } | null = null;
  if (CITY_BEFORE.has(before) || CITY_AFTER.has(after)) r = choose(['town', 'adm3'], 'city-context');
  else if (GOV_BEFORE.has(before)) r = choose(['adm1'], before.startsWith('ريف') ? 'countryside-of-governorate' : 'after-muhafaza');
  else if (DISTRICT_BEFORE.has(before)) r = choose(['adm2', 'adm3'], 'after-mintaqa');
  else if (SUBDISTRICT_BEFORE.has(before)) r = choose(['adm3'], 'after-nahiya');
  if (r) return r;
  return { entry: byKind(picked, DEFAULT_ORDER) ?? picked[0]!, rule: rule ?? 'default-reading' };
}

/**
 * «ريفي القنيطرة ودرعا», «ريفي حمص الشمالي وحماة الجنوبي»: each governorate named after ريفي, or joined
 * by و to one named so, stands for the curated countryside region `ريف <name> [<direction>]` when the
 * gazetteer has one (the direction that follows the name, if any).
 */
const DIRECTION_AFTER = /^\s+(الشمالي|الجنوبي|الشرقي|الغربي)(?:\s+(الشرقي|الغربي))?/;

function countrysideRegion(match: Match, text: string, regions: Map<string, GazetteerEntry>): GazetteerEntry | null {
  const start = match.normStart - match.prefix.length;
  const w = text.slice(Math.max(0, start - 40), start).trimEnd();
  const first = match.prefix === '' && /(^|\s)ريفي$/.test(w);
  const second = match.prefix === 'و' && /(^|\s)ريفي \S+(?: (?:الشمالي|الجنوبي|الشرقي|الغربي)){0,2}$/.test(w);
  if (!first && !second) return null;
  const d = DIRECTION_AFTER.exec(text.slice(match.normEnd, match.normEnd + 30));
  const names = d ? [...(d[2] ? [`ريف ${match.key} ${d[1]} ${d[2]}`] : []), `ريف ${match.key} ${d[1]}`] : [`ريف ${match.key}`];
  for (const n of names) {
    const r = regions.get(n);
    if (r) return r;
  }
  return null;
}
