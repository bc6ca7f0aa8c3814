// The MiniSearch options the ingest builds the index with and the viewer loads it with: they must be
// the same on both sides. Two fields: the excerpt's text (Arabic, normalised, every prefix reading
// indexed) and the English names of the places it mentions (so «Douma» finds دوما).
import type { Options } from 'minisearch';
import { indexForms, tokenize } from './terms.ts';

export const SEARCH_FIELDS = ['text', 'places'] as const;

export interface IndexedDoc {
  id: number;
  text: string;
  places: string;
}

export const INDEX_OPTIONS: Options<IndexedDoc> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize,
  processTerm: (term) => indexForms(term),
};

/** The files the ingest writes under data/search/. */
export const SEARCH_FILES = { index: 'search/index.json', docs: 'search/docs.json' } as const;
