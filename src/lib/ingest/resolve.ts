// From a matched name to one gazetteer entry, using the words around it. Several entries often share
// a name (حمص is a governorate, a district, a sub-district and a city); context decides, and the rule
// that decided is kept as evidence.
import { normalizeArabic } from '../arabic/normalize.ts';
import type { GazetteerEntry, PlaceKind } from '../schema.ts';
import type { Match } from './matcher.ts';

export interface Resolved {
  match: Match;
  entry: GazetteerEntry;
  rule: string;
}

/** Memory shared by the excerpts of one article: names already read as a city stay the city. */
export type ArticleContext = Map<string, string>;

/**
 * "ريف درعا" / "ريفي القنيطرة ودرعا": a governorate name after ريف (or joined by و to one after ريفي)
 * stands for the curated countryside region `ريف <name>` when the gazetteer has one.
 */
function countrysideRegion(match: Match, window: string, byId: Map<string, GazetteerEntry>): Resolved | null {
  const w = normalizeArabic(window).trimEnd();
  const direct = /(^|\s)ريف(ي)?$/.test(w) && !match.prefix;
  const dual = match.prefix === 'و' && /(^|\s)ريفي \S+\s+و$/.test(w);
  if (!direct && !dual) return null;
  const e = regionsByName(byId).get(normalizeArabic(`ريف ${match.key}`));
  return e ? { match, entry: e, rule: dual ? 'countryside-dual' : 'countryside-region' } : null;
}

const regionIndexes = new WeakMap<Map<string, GazetteerEntry>, Map<string, GazetteerEntry>>();

/** Region entries by each normalised name and alias (the first entry wins), built once per gazetteer. */
function regionsByName(byId: Map<string, GazetteerEntry>): Map<string, GazetteerEntry> {
  let index = regionIndexes.get(byId);
  if (!index) {
    index = new Map();
    for (const e of byId.values()) {
      if (e.kind !== 'region') continue;
      for (const n of [e.name_ar, ...e.aliases_ar]) {
        const key = normalizeArabic(n);
        if (!index.has(key)) index.set(key, e);
      }
    }
    regionIndexes.set(byId, index);
  }
  return index;
}

const CITY_BEFORE = new Set(['مدينه', 'احياء', 'حي', 'وسط', 'مركز', 'داخل']);
const CITY_AFTER = new Set(['الشرقيه', 'الغربيه', 'المحاصره', 'القديمه', 'المدينه']);
const GOV_BEFORE = new Set(['محافظه', 'ريف', 'ريفي', 'محافظتي']);
const DISTRICT_BEFORE = new Set(['منطقه']);
const SUBDISTRICT_BEFORE = new Set(['ناحيه']);

/** Names of places that are also common words ("السلمية" peaceful, "الباب" the door): they need a cue. */
const COMMON_WORD_NAMES = new Set(['السلميه', 'الباب', 'الثوره', 'النصر', 'السلام', 'الحريه', 'الامل', 'الحمراء', 'الصخره', 'الشيخ', 'القصر', 'الجديده', 'التل', 'الميدان', 'الجسر'].map(normalizeArabic));
const CUE_BEFORE = new Set(['في', 'من', 'الي', 'مدينه', 'بلده', 'قريه', 'منطقه', 'ناحيه', 'ريف', 'قرب', 'نحو', 'باتجاه', 'مدينتي', 'بلدتي', 'بين']);

const DEFAULT_ORDER: PlaceKind[] = ['region', 'foreign', 'adm1', 'adm3', 'town', 'adm2'];

function lastWord(s: string): string {
  const words = normalizeArabic(s).trim().split(/[\s،,.:؛()"«»-]+/).filter(Boolean);
  const w = words[words.length - 1] ?? '';
  return w.replace(/^(و|ف)(?=..)/, '');
}

function firstWord(s: string): string {
  return normalizeArabic(s).trim().split(/[\s،,.:؛()"«»-]+/).filter(Boolean)[0] ?? '';
}

function pick(entries: GazetteerEntry[], kinds: PlaceKind[]): GazetteerEntry | undefined {
  for (const k of kinds) {
    const found = entries.find((e) => e.kind === k);
    if (found) return found;
  }
  return undefined;
}

/**
 * Resolve one match inside `text` (the excerpt, whose offsets the match uses). `ctx` carries
 * earlier decisions of the same article.
 */
export function resolveMatch(
  match: Match,
  text: string,
  byId: Map<string, GazetteerEntry>,
  ctx: ArticleContext,
): Resolved | null {
  const entries = match.ids.map((id) => byId.get(id)).filter((e): e is GazetteerEntry => e !== undefined);
  if (entries.length === 0) return null;
  const window = text.slice(Math.max(0, match.start - 30), match.start);
  const before = match.prefix ? '' : lastWord(window);
  if (COMMON_WORD_NAMES.has(match.key) && !match.prefix && !CUE_BEFORE.has(before)) return null;
  const countryside = countrysideRegion(match, window, byId);
  if (countryside) return countryside;
  if (entries.length === 1) return { match, entry: entries[0]!, rule: 'only-reading' };
  const after = firstWord(text.slice(match.end, match.end + 30));
  const earlier = ctx.get(match.key);
  const choose = (kinds: PlaceKind[], rule: string): Resolved | null => {
    const e = pick(entries, kinds);
    return e ? { match, entry: e, rule } : null;
  };
  let r: Resolved | null = null;
  if (CITY_BEFORE.has(before) || CITY_AFTER.has(after)) r = choose(['town', 'adm3'], 'city-context');
  else if (GOV_BEFORE.has(before)) r = choose(['adm1'], before.startsWith('ريف') ? 'countryside-of-governorate' : 'after-muhafaza');
  else if (DISTRICT_BEFORE.has(before)) r = choose(['adm2', 'adm3'], 'after-mintaqa');
  else if (SUBDISTRICT_BEFORE.has(before)) r = choose(['adm3'], 'after-nahiya');
  else if (earlier) {
    const e = byId.get(earlier);
    if (e && entries.includes(e)) r = { match, entry: e, rule: 'same-as-earlier-in-article' };
  }
  r ??= choose(DEFAULT_ORDER, 'default-reading');
  if (r && r.rule === 'city-context') ctx.set(match.key, r.entry.id);
  return r;
}
