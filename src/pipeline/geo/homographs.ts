// Names that are also ordinary Arabic words or personal names (الزيارة "the visit", جاسم, دوما "always"):
// the ingest reads them as places only with a cue. Derived from an Arabic dictionary (Ayaspell, via
// @cspell/dict-ar) and corrected by the curated list geo/curated/homographs.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie } from 'cspell-trie-lib';
import { array, object, string, type InferOutput } from 'valibot';
import { arabicKey } from '../../lib/geo/arabic-key.ts';
import type { GazetteerEntry } from '../../lib/schema.ts';

export const HomographsCurated = object({
  /** Names to treat as common words although the dictionary does not list them, with why. */
  add: array(object({ name: string(), why: string() })),
  /** Names the dictionary lists that the press uses only as places, with why. */
  keep: array(object({ name: string(), why: string() })),
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

/**
 * A word of a name is a dictionary word as written, with ة for a final ه, ى for a final ي, a hamza on
 * a bare initial alef (OCHA writes اسقاط for إسقاط), or without its article.
 */
function wordIn(word: string, isWord: IsWord): boolean {
  const stems = [word];
  if (word.startsWith('ال') && word.length > 3) stems.push(word.slice(2));
  // A noun with a pronoun attached («سبيله» "its way", «اهلها» "its people").
  // The text's «سبيله» also matches a village written «سبيلة»: the ة is read as ه.
  const asRead = word.replace(/ة$/, 'ه');
  const pronoun = /(?:ها|هم|هما|ه)$/.exec(asRead);
  if (pronoun && asRead.length - pronoun[0].length >= 3 && !word.startsWith('ال')) stems.push(asRead.slice(0, -pronoun[0].length));
  const forms = stems.flatMap((w) => {
    const ends = [w, w.replace(/ه$/, 'ة'), w.replace(/ي$/, 'ى')];
    return w.startsWith('ا') ? ends.flatMap((e) => [e, `أ${e.slice(1)}`, `إ${e.slice(1)}`]) : ends;
  });
  return forms.some(isWord);
}

/** Every word of the name is a dictionary word (a name like «الشيخ علي» is also a man). */
export function isCommonPhrase(name: string, isWord: IsWord): boolean {
  // Tatweel and harakat («ســــلام», «دُوما») are not part of the word the dictionary lists.
  const words = name.normalize('NFC').replace(/\u0640|[\u064b-\u0652]/g, '').trim().split(/\s+/);
  return words.length > 0 && words.every((w) => wordIn(w, isWord));
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
