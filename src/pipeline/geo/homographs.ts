// Names that are also ordinary Arabic words or personal names (الزيارة "the visit", جاسم, دوما "always"):
// the ingest reads them as places only with a cue. Derived from an Arabic dictionary (Ayaspell, via
// @cspell/dict-ar) and corrected by the curated list geo/curated/homographs.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie } from 'cspell-trie-lib';
import { array, object, optional, string, type InferOutput } from 'valibot';
import { arabicKey } from '../../lib/geo/arabic-key.ts';
import type { GazetteerEntry } from '../../lib/schema.ts';

export const HomographsCurated = object({
  /** Names to treat as common words although the dictionary does not list them, with why. */
  add: array(object({ name: string(), why: string() })),
  /** Names the dictionary lists that the press uses only as places, with why. */
  keep: array(object({ name: string(), why: string() })),
  /**
   * Homographs whose everyday sense is an adverb («دوما» "always"): an adverb never follows a
   * preposition, so «إلى دوما» is the place.
   */
  adverbs: optional(array(object({ name: string(), why: string() }))),
  /**
   * Homographs that name a region of Syria («الغوطة», «حوران»): in an article about Syria, and with no
   * village's or quarter's noun before them, they are that region without a further cue.
   */
  regions_in_syria: optional(array(object({ name: string(), why: string() }))),
});
export type HomographsCurated = InferOutput<typeof HomographsCurated>;

/** A place this large is what its name means in the news, whatever else the word means. */
export const PROMINENT_POPULATION = 200_000;

export type IsWord = (word: string) => boolean;

/** The Arabic dictionary as a lookup (about 1.5 s to decode). */
export function loadArabicDictionary(): IsWord {
  const file = join(dirname(createRequire(import.meta.url).resolve('@cspell/dict-ar/cspell-ext.json')), 'ar.trie.gz');
  let trie;
  try {
    trie = decodeTrie(gunzipSync(readFileSync(file)).toString('utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read the Arabic dictionary (${(err as Error).message})`);
  }
  return (w) => trie.has(w);
}

/** The everyday spellings of a word: final ة written ه, final ي for ى, a bare alef for its hamza. */
function spellings(w: string): string[] {
  const ends = [w, w.replace(/ه$/, 'ة'), w.replace(/ي$/, 'ى')];
  const hamza = (e: string, at: number): string[] => (e[at] === 'ا' ? [`${e.slice(0, at)}أ${e.slice(at + 1)}`, `${e.slice(0, at)}إ${e.slice(at + 1)}`] : []);
  // OCHA writes اسقاط for إسقاط and الاردن for الأردن: the alef that opens the word, or that follows its article.
  return ends.flatMap((e) => [e, ...hamza(e, 0), ...(e.startsWith('ال') ? hamza(e, 2) : [])]);
}

/**
 * A word of a name is a dictionary word as written (in its everyday spellings), with or without its
 * article, or a noun with a pronoun attached.
 */
function wordIn(word: string, isWord: IsWord): boolean {
  if (spellings(word).some(isWord)) return true;
  // The dictionary lists some nouns only without their article («إشارة» but not «الإشارة»).
  if (word.startsWith('ال') && word.length > 3) return spellings(word.slice(2)).some(isWord);
  // A noun with a pronoun attached («سبيله» "its way», «اهلها» "its people").
  // The text's «سبيله» also matches a village written «سبيلة»: the ة is read as ه.
  const asRead = word.replace(/ة$/, 'ه');
  const pronoun = /(?:ها|هم|هما|ه)$/.exec(asRead);
  return !!pronoun && asRead.length - pronoun[0].length >= 3 && spellings(asRead.slice(0, -pronoun[0].length)).some(isWord);
}

/** A name that opens with an administrative or place noun («ناحية الزيارة», «مدينة إدلب») says it is a place. */
const PLACE_HEADS = new Set(['ناحية', 'منطقة', 'مركز', 'محافظة', 'مدينة', 'بلدة', 'قرية', 'مخيم', 'حي']);
/** A name that opens like a man's name («أبو الظهور», «الشيخ علي», «عبد الله») can be a person. */
const PERSON_HEADS = new Set(['أبو', 'ابو', 'أم', 'ام', 'ابن', 'بن', 'بنت', 'الشيخ', 'شيخ', 'السيد', 'الحاج', 'عبد', 'الملا', 'الإمام', 'الامام']);
/** «بن» or «ابن» between two names. */
const PATRONYM = new Set(['بن', 'ابن', 'بنت']);
/** … or ends like one («عز الدين», «سيف الدولة», «عطاء الله»). */
const PERSON_TAILS = new Set(['الدين', 'الله', 'الدولة', 'الإسلام', 'الاسلام', 'الرحمن']);

/**
 * The name is also an everyday word or phrase. One word: the dictionary lists it. Several words: only a
 * phrase that opens like a man's name; «جسر الشغور» or «قلعة المضيق» are words one by one, never a phrase
 * of everyday speech. Longer common phrases the press uses are added by hand (geo/curated/homographs.json).
 */
export function isCommonPhrase(name: string, isWord: IsWord): boolean {
  // Tatweel and harakat («ســــلام», «دُوما») are not part of the word the dictionary lists.
  const words = name.normalize('NFC').replace(/\u0640|[\u064b-\u0652]/g, '').trim().split(/\s+/);
  if (words.length === 0 || words[0] === '' || PLACE_HEADS.has(words[0]!)) return false;
  // «خالد بن الوليد»: a son of, between two names, is a man's full name.
  const patronym = words.slice(1, -1).some((w) => PATRONYM.has(w));
  if (words.length > 1 && !PERSON_HEADS.has(words[0]!) && !PERSON_TAILS.has(words[words.length - 1]!) && !patronym) return false;
  return words.every((w) => wordIn(w, isWord));
}

const prominent = (e: GazetteerEntry): boolean =>
  e.kind === 'adm1' || e.kind === 'region' || e.kind === 'foreign' || (e.population ?? 0) >= PROMINENT_POPULATION;

/** Sorted normalised keys of the names that need a cue. */
export function deriveHomographs(entries: GazetteerEntry[], isWord: IsWord, curated: HomographsCurated): string[] {
  const common = new Set<string>();
  const exempt = new Set(curated.keep.map((k) => arabicKey(k.name)));
  for (const e of entries) {
    if (prominent(e)) {
      for (const n of [e.name_ar, ...e.aliases_ar]) exempt.add(arabicKey(n));
      continue;
    }
    for (const n of [e.name_ar, ...e.aliases_ar]) if (isCommonPhrase(n, isWord)) common.add(arabicKey(n));
  }
  for (const a of curated.add) common.add(arabicKey(a.name));
  for (const a of curated.add) exempt.delete(arabicKey(a.name));
  return [...common].filter((k) => !exempt.has(k)).sort();
}

/** Sorted normalised keys of one curated list of homographs (`list`: its name in the file); each must be a homograph. */
function curatedKeys(list: 'adverbs' | 'regions_in_syria', curated: HomographsCurated, homographs: string[]): string[] {
  const known = new Set(homographs);
  const names = curated[list] ?? [];
  const keys = names.map((a) => arabicKey(a.name));
  const stray = names.filter((_, i) => !known.has(keys[i]!));
  if (stray.length > 0) throw new Error(`geo/curated/homographs.json: ${list} that are not homographs: ${stray.map((a) => a.name).join(', ')}`);
  return [...new Set(keys)].sort();
}

/** Sorted normalised keys of the curated adverb homographs; each must be a homograph. */
export function adverbKeys(curated: HomographsCurated, homographs: string[]): string[] {
  return curatedKeys('adverbs', curated, homographs);
}

/**
 * Sorted normalised keys of the curated homographs that name a Syrian region; each must be a
 * homograph and a name of a region of the gazetteer (`entries`).
 */
export function regionInSyriaKeys(curated: HomographsCurated, homographs: string[], entries: GazetteerEntry[]): string[] {
  const keys = curatedKeys('regions_in_syria', curated, homographs);
  const regions = new Set(entries.filter((e) => e.kind === 'region' && !e.outside_syria).flatMap((e) => [e.name_ar, ...e.aliases_ar].map(arabicKey)));
  const stray = keys.filter((k) => !regions.has(k));
  if (stray.length > 0) throw new Error(`geo/curated/homographs.json: regions_in_syria that name no Syrian region of the gazetteer: ${stray.join(', ')}`);
  return keys;
}
