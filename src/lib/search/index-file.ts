// data/search/index.json: FlexSearch's export of the search index, its chunks kept as JSON values (not
// JSON strings inside JSON), without the register of document ids: they are 0 … docs - 1, made again
// when the file is loaded. The terms of the index (the keys of its `map` chunks) are also its
// vocabulary, sorted on load for looking up the prefix of a word being typed.
import { Index } from 'flexsearch';
import { array, literal, number, object, string, tuple, unknown, type InferOutput } from 'valibot';
import { INDEX_OPTIONS } from './options.ts';

export const INDEX_FORMAT = 'flexsearch-0.8';

export const SearchIndexFile = object({
  format: literal(INDEX_FORMAT),
  docs: number(),
  chunks: array(tuple([string(), unknown()])),
});
export type SearchIndexFile = InferOutput<typeof SearchIndexFile>;

const isMap = (key: string): boolean => key.split('.').at(-1) === 'map';

export function exportIndex(index: Index, docs: number): SearchIndexFile {
  const chunks: [string, unknown][] = [];
  const done: unknown = index.export((key, data) => {
    if (key.split('.').at(-1) !== 'reg') chunks.push([key, JSON.parse(data)]);
  });
  if (done instanceof Promise) throw new Error('search index: the export did not finish at once');
  return { format: INDEX_FORMAT, docs, chunks };
}

export interface LoadedIndex {
  index: Index;
  /** Every term of the index, sorted by code unit. */
  vocabulary: string[];
}

export function importIndex(file: SearchIndexFile): LoadedIndex {
  const index = new Index(INDEX_OPTIONS);
  const vocabulary: string[] = [];
  const load = index.import.bind(index) as (key: string, data: unknown) => void;
  load('reg', Array.from({ length: file.docs }, (_, i) => i));
  for (const [key, data] of file.chunks) {
    if (isMap(key)) {
      if (!Array.isArray(data)) throw new Error(`chunk ${key} is not a list of terms`);
      for (const entry of data as unknown[]) {
        if (!Array.isArray(entry) || typeof entry[0] !== 'string') throw new Error(`chunk ${key} holds an entry that is not [term, ids]`);
        vocabulary.push(entry[0]);
      }
    }
    load(key, data);
  }
  vocabulary.sort();
  return { index, vocabulary };
}

/** The terms of a sorted vocabulary that start with `prefix`. */
export function withPrefix(vocabulary: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocabulary[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) out.push(vocabulary[i]!);
  return out;
}
