// The FlexSearch options the ingest builds the index with and the viewer loads it with: they must be
// the same on both sides. Every document is stored as the terms worked out for it beforehand (see
// docTerms in terms.ts): the Arabic words of the excerpt in every form the linking reads them in, and
// the English names of the places it mentions, marked apart (so «Douma» finds دوما and never a Latin
// word of the text). The index's encoder only splits those terms again; each term's documents sit in
// score slots (score.ts), in each slot in the order they were added, which is the date order.
import type { IndexOptions } from 'flexsearch';
import { SCORE_SLOTS } from './score.ts';

/** Marks a term of the places' English names (it never starts an Arabic or a Latin word). */
export const PLACE_MARK = '~';

/** The encoder: a document or a looked-up term is its terms joined by spaces. */
export const splitTerms = (content: string): string[] => (content === '' ? [] : content.split(' '));

export const INDEX_OPTIONS: IndexOptions = {
  tokenize: 'strict',
  resolution: SCORE_SLOTS,
  encode: splitTerms,
  fastupdate: false,
  cache: false,
};

/** The files the ingest writes under data/search/. */
export const SEARCH_FILES = { index: 'search/index.json', docs: 'search/docs.json' } as const;
