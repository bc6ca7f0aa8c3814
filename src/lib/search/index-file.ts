// data/search/index.json: FlexSearch's export of the search index, its chunks kept as JSON values (not
// JSON strings inside JSON), without the register of document ids: they are 0 … docs - 1, made again
// when the file is loaded. Each term's documents (ascending in each score slot) are written as the
// differences between neighbours, small numbers of a digit or two where the ids take five: the file
// is a third smaller and parses faster; they are summed up again on load. The terms of the index
// (the keys of its `map` chunks) are also its vocabulary, sorted on load for looking up the prefix of
// a word being typed.
import { Index } from 'flexsearch';
import { array, literal, number, object, string, tuple, unknown, type InferOutput } from 'valibot';
import { INDEX_OPTIONS } from './options.ts';

export const INDEX_FORMAT = 'flexsearch-0.8-delta';

export const SearchIndexFile = object({
  format: literal(INDEX_FORMAT),
  docs: number(),
  chunks: array(tuple([string(), unknown()])),
});
export type SearchIndexFile = InferOutput<typeof SearchIndexFile>;

const isMap = (key: string): boolean => key.split('.').at(-1) === 'map';

type Entry = [string, (number[] | null)[]];

/** Each slot's ids (ascending) as the first id and the differences after it, or back. */
function deltas(ids: number[]): number[] {
  return ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!));
}
/** Sum the differences up again in place; false when one is no whole number ≥ 0 or the ids reach `docs`. */
function sumInPlace(gaps: unknown[], docs: number): boolean {
  let id = 0;
  for (let i = 0; i < gaps.length; i++) {
    const gap = gaps[i];
    if (typeof gap !== 'number' || (gap | 0) !== gap || gap < 0) return false;
    gaps[i] = id += gap;
  }
  return id < docs;
}

export function exportIndex(index: Index, docs: number): SearchIndexFile {
  const chunks: [string, unknown][] = [];
  const done: unknown = index.export((key, data) => {
    if (key.split('.').at(-1) === 'reg') return;
    const value: unknown = JSON.parse(data);
    chunks.push([key, isMap(key) ? (value as Entry[]).map(([term, slots]) => [term, slots.map((ids) => ids && deltas(ids))]) : value]);
  });
  if (done instanceof Promise) throw new Error('search index: the export did not finish at once');
  return { format: INDEX_FORMAT, docs, chunks };
}

export interface LoadedIndex {
  index: Index;
  /** Every term of the index, sorted by code unit. */
  vocabulary: string[];
}

/** The index of a parsed file (whose lists of differences are summed in place: import a file once). */
export function importIndex(file: SearchIndexFile): LoadedIndex {
  const index = new Index(INDEX_OPTIONS);
  const vocabulary: string[] = [];
  const load = index.import.bind(index) as (key: string, data: unknown) => void;
  load('reg', Array.from({ length: file.docs }, (_, i) => i));
  for (const [key, data] of file.chunks) {
    if (!isMap(key)) {
      load(key, data);
      continue;
    }
    if (!Array.isArray(data)) throw new Error(`chunk ${key} is not a list of terms`);
    const entries: Entry[] = [];
    for (const entry of data as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) throw new Error(`chunk ${key} holds an entry that is not [term, slots]`);
      for (const gaps of entry[1] as unknown[]) {
        if (gaps === null) continue;
        if (!Array.isArray(gaps)) throw new Error(`chunk ${key}: a slot of «${entry[0]}» is not a list of ids`);
        if (!sumInPlace(gaps, file.docs)) throw new Error(`chunk ${key}: «${entry[0]}» names a document outside 0 … ${file.docs - 1}`);
      }
      vocabulary.push(entry[0]);
      entries.push(entry as Entry);
    }
    load(key, entries);
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
