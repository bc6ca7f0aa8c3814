// A typed query: words, and phrases in double quotes (straight or curly, « » too) that must occur
// exactly, word after word. Both are normalised as the index is.
import { withPrefix } from './index-file.ts';
import { PLACE_MARK } from './options.ts';
import { LATIN, queryForms, tokenize } from './terms.ts';

export interface ParsedQuery {
  /** Normalised words outside quotes. */
  words: string[];
  /** Each quoted phrase as its normalised words. */
  phrases: string[][];
}

const QUOTED = /["“”«»]([^"“”«»]*)["“”«»]?/g;
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

/** Each quoted phrase as typed (NFC, trimmed), in the order of parseQuery's phrases. */
export function typedPhrases(input: string): string[] {
  const out: string[] = [];
  for (const m of input.normalize('NFC').matchAll(QUOTED)) if (tokenize(m[1]!).length > 0) out.push(m[1]!.trim());
  return out;
}

export function isEmptyQuery(q: ParsedQuery): boolean {
  return q.words.length === 0 && q.phrases.length === 0;
}

/** The index terms one query word is looked up under (any of them will do). */
function wordTerms(word: string, prefix: boolean, vocabulary: readonly string[]): string[] {
  const forms = LATIN.test(word) ? [PLACE_MARK + word] : queryForms(word);
  if (!(prefix && word.length >= PREFIX_FROM)) return forms;
  return [...new Set(forms.flatMap((f) => withPrefix(vocabulary, f)))];
}

/**
 * What the index is asked: for every word (the last, while it is being typed, as a prefix of the
 * index's terms) and every word of every phrase, the terms that may stand for it. A document is a hit
 * when it holds a term of every list. With `exactPhrases`, a phrase's Arabic word is looked up only as
 * itself: a phrase must hold the word as written (see holdsPhrases), and such a document always holds
 * that term, so the hits are the same and fewer documents are checked.
 */
export function lookups(q: ParsedQuery, typing: boolean, vocabulary: readonly string[], exactPhrases = false): string[][] {
  const out = q.words.map((w, i) => wordTerms(w, typing && i === q.words.length - 1, vocabulary));
  for (const phrase of q.phrases) for (const w of phrase) out.push(exactPhrases && !LATIN.test(w) ? [w] : wordTerms(w, false, vocabulary));
  return out;
}

/** Index of the first word of `phrase` in `words` from `from`, or -1. */
export function findPhrase(words: readonly string[], phrase: readonly string[], from: number): number {
  outer: for (let i = from; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}
