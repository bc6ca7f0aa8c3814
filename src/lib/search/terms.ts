// Words and index terms for search, on the project's Arabic normalisation: an excerpt's words are
// indexed in every form the linking would read them in (with and without attached prefixes و ف ب ل ك
// and the article), so a query without prefixes finds the word with them. Latin words are lowercased.
import { normalizeWithMap, originalSpan } from '../arabic/normalize.ts';
import { prefixReadings, stripPrefixes } from '../arabic/prefixes.ts';
import { PLACE_MARK } from './options.ts';
import { wordLine } from './fast-words.ts';

/** A word of a text: its normalised form and where it sits in the original. */
export interface Word {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const ARABIC = /[\u0600-\u06ff]/;
/** A query word in Latin letters or digits only: it is looked up in the places' English names. */
export const LATIN = /^[a-z0-9]+$/;

/** LATIN.test(word), without running the pattern on every Arabic word. */
function isLatin(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}
/** A stem left after taking off prefixes must keep this many letters to be indexed. */
const MIN_STEM = 2;

/** The words of `text` in order, normalised, with their spans in the original text. */
export function wordsOf(text: string): Word[] {
  const n = normalizeWithMap(text);
  const out: Word[] = [];
  for (const m of n.text.matchAll(WORD)) {
    const span = originalSpan(n, m.index, m.index + m[0].length);
    out.push({ norm: m[0].toLowerCase(), ...span });
  }
  return out;
}

/** The normalised words of `text` (those of wordsOf, without their spans; worked out by the tables of fast-words.ts). */
export function tokenize(text: string): string[] {
  const line = wordLine(text);
  return line === '' ? [] : line.split(' ');
}

function withoutArticle(word: string): string | null {
  return word.startsWith('ال') && word.length - 2 >= MIN_STEM ? word.slice(2) : null;
}

/**
 * The terms one normalised word is indexed under: itself, each reading with attached prefixes taken
 * off (as the linking reads names: بالغوطه → الغوطه, غوطه), and each of those without the article.
 */
export function indexForms(word: string): string[] {
  const forms = new Set<string>();
  addForms(word, (form) => forms.add(form));
  return [...forms];
}

/** Hand `word`'s index forms to `add`, in indexForms' order, a form maybe twice (what docTerms does for every word, without a list per word). */
function addForms(word: string, add: (form: string) => void): void {
  add(word);
  if (!hasArabic(word)) return;
  const n = prefixReadings(word, 0, readings);
  for (let k = 0; k < n; k++) {
    const skip = readings[k]! >> 1;
    const form = readings[k]! & 1 ? `ال${word.slice(skip)}` : skip === 0 ? word : word.slice(skip);
    if (form.length < MIN_STEM) continue;
    add(form);
    const bare = withoutArticle(form);
    if (bare) add(bare);
  }
}

/** Scratch room for prefixReadings. */
const readings = new Uint8Array(8);

/** ARABIC.test(word), without a pattern. */
function hasArabic(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) return true;
  }
  return false;
}

/**
 * The terms a typed word is looked up under: the word, and the word without the article (so الغوطة and
 * غوطة find the same excerpts); a word with a preposition before the article (بالغوطة) also without both.
 * Single letters that might be a conjunction (وادي) are not taken off a query word: that would find
 * every word ending the same way.
 */
export function queryForms(word: string): string[] {
  if (!ARABIC.test(word)) return [word];
  const forms = new Set<string>([word]);
  const bare = withoutArticle(word);
  if (bare) forms.add(bare);
  for (const form of stripPrefixes(word)) {
    // Only the readings that took off a prefix together with an article (بال، وال، لل …).
    if (form.startsWith('ال') && form !== word && form.length - 2 >= MIN_STEM) {
      forms.add(form);
      forms.add(form.slice(2));
    }
  }
  return [...forms];
}

/**
 * The terms a document is indexed under: every index form of its words (but those in Latin letters
 * and digits only, which are never looked up in the text: such a query word means a place's English
 * name), and the words of the English names of the places it mentions, each behind PLACE_MARK. In
 * the order of the text, each word's forms once, so a term comes as often as the text holds it (the
 * index counts it for its score, see score.ts, and keeps it once).
 */
export function docTerms(text: string, placeNames: readonly string[]): string[] {
  const terms: string[] = [];
  for (const word of tokenize(text)) for (const form of wordTerms(word)) terms.push(form);
  for (const term of placeTerms(placeNames)) terms.push(term);
  return terms;
}

/** The terms docTerms gives one word of a text: its index forms, each once, in order (none for a word in Latin letters and digits only). */
export function wordTerms(word: string): string[] {
  if (isLatin(word)) return [];
  const forms: string[] = [];
  addForms(word, (form) => {
    if (!forms.includes(form)) forms.push(form);
  });
  return forms;
}

/** The terms docTerms gives the English names of the places a document mentions: each of their words once, behind PLACE_MARK. */
export function placeTerms(placeNames: readonly string[]): string[] {
  return [...new Set(placeNames.flatMap((n) => tokenize(n)))].map((name) => PLACE_MARK + name);
}
