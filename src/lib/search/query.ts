// A typed query: words, and phrases in double quotes (straight or curly, « » too) that must occur
// exactly, word after word. Both are normalised as the index is.
import type { Query, SearchOptions } from 'minisearch';
import { queryForms, tokenize } from './terms.ts';

export interface ParsedQuery {
  /** Normalised words outside quotes. */
  words: string[];
  /** Each quoted phrase as its normalised words. */
  phrases: string[][];
}

const QUOTED = /["“”«»]([^"“”«»]*)["“”«»]?/g;
const LATIN = /^[a-z0-9]+$/;
/** The last word is matched as a prefix while it is being typed, once it has this many letters. */
const PREFIX_FROM = 3;

export function parseQuery(input: string): ParsedQuery {
  const phrases: string[][] = [];
  const rest = input.normalize('NFC').replace(QUOTED, (_, inner: string) => {
    const words = tokenize(inner);
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  return { words: tokenize(rest), phrases };
}

export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.words.length === 0 && q.phrases.length === 0;
}

const identity = (term: string): string => term;

/** One word: any of its forms, in the field that holds its script (English names are in `places`). */
function wordQuery(word: string, prefix: boolean): Query {
  const latin = LATIN.test(word);
  return {
    combineWith: 'OR',
    fields: latin ? ['places'] : ['text'],
    prefix: prefix && word.length >= PREFIX_FROM,
    processTerm: identity,
    queries: latin ? [word] : queryForms(word),
  };
}

/** The MiniSearch query: every word (the last as a prefix) and every word of every phrase, all required. */
export function toMiniSearch(q: ParsedQuery, typing: boolean): { query: Query; options: SearchOptions } {
  const queries: Query[] = q.words.map((w, i) => wordQuery(w, typing && i === q.words.length - 1));
  for (const phrase of q.phrases) for (const w of phrase) queries.push(wordQuery(w, false));
  return { query: { combineWith: 'AND', queries }, options: { processTerm: identity } };
}

/** Whether the normalised words `words` hold every phrase, word after word, each word whole. */
export function holdsPhrases(words: readonly string[], phrases: readonly string[][]): boolean {
  return phrases.every((p) => findPhrase(words, p, 0) >= 0);
}

/** Index of the first word of `phrase` in `words` from `from`, or -1. */
export function findPhrase(words: readonly string[], phrase: readonly string[], from: number): number {
  outer: for (let i = from; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}
