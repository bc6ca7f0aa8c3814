// What to mark in a result: the words whose index forms matched a term of the query, the words of each
// quoted phrase where it occurs, and the mentions of places whose English name matched. Spans count
// into the article's cleaned body, like the excerpt files' evidence (segments.ts draws them).
import type { Span } from '../coverage/segments.ts';
import type { SearchDoc } from './docs.ts';
import { PLACE_MARK } from './options.ts';
import { findPhrase } from './query.ts';
import { indexForms, tokenize, wordsOf, type Word } from './terms.ts';

export interface MatchedTerms {
  /** Index terms of the text that the query looked up. */
  text: ReadonlySet<string>;
  /** Words of places' English names that the query looked up (lowercased). */
  places: ReadonlySet<string>;
}

/** The spans of `doc` to mark for the matched terms and the query's phrases. */
export function matchSpans(doc: SearchDoc, matched: MatchedTerms, phrases: readonly string[][]): Span[] {
  const spans: Span[] = [];
  const { words, norms } = docWords(doc);
  for (const w of words) {
    if (indexForms(w.norm).some((f) => matched.text.has(f))) spans.push({ start: doc.start + w.start, end: doc.start + w.end });
  }
  for (const phrase of phrases) {
    for (let at = findPhrase(norms, phrase, 0); at >= 0; at = findPhrase(norms, phrase, at + 1)) {
      spans.push({ start: doc.start + words[at]!.start, end: doc.start + words[at + phrase.length - 1]!.end });
    }
  }
  if (matched.places.size > 0) {
    for (const m of doc.mentions) {
      if (tokenize(m.place.name_en).some((t) => matched.places.has(t))) spans.push({ start: m.start, end: m.end, place_id: m.place.id });
    }
  }
  return spans;
}

const cache = new Map<number, { words: Word[]; norms: string[] }>();
/** A doc's words and their normalised forms, kept for the docs seen last (results come back as a query grows). */
export function docWords(doc: SearchDoc): { words: Word[]; norms: string[] } {
  let known = cache.get(doc.no);
  if (!known) {
    if (cache.size > 5000) cache.clear();
    const words = wordsOf(doc.text);
    known = { words, norms: words.map((w) => w.norm) };
    cache.set(doc.no, known);
  }
  return known;
}

/** The terms a query looked up, split by field (the places' terms without their mark). */
export function matchedTerms(lookups: readonly (readonly string[])[]): MatchedTerms {
  const text = new Set<string>();
  const places = new Set<string>();
  for (const terms of lookups) {
    for (const t of terms) {
      if (t.startsWith(PLACE_MARK)) places.add(t.slice(PLACE_MARK.length));
      else text.add(t);
    }
  }
  return { text, places };
}
