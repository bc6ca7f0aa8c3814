// Which corpus a build shows, from its index.json: the name of the folder (or file) it was ingested from,
// how many articles it holds and the dates they span.
import type { CoverageIndex } from '../schema.ts';

export interface CorpusSummary {
  name: string;
  articles: number;
  first: string | null;
  last: string | null;
}

/** The last path segment of the first input the index was generated from ("../shared/corpus/ant-2018" → "ant-2018"). */
function corpusName(generatedFrom: string): string {
  const first = generatedFrom.trim().split(/\s+/)[0] ?? '';
  const parts = first.split(/[\\/]/).filter((p) => p !== '' && p !== '.' && p !== '..');
  return parts.at(-1) ?? generatedFrom;
}

export function corpusSummary(index: CoverageIndex): CorpusSummary {
  let first: string | null = null;
  let last: string | null = null;
  for (const z of Object.values(index.per_zone)) {
    if (z.first !== null && (first === null || z.first < first)) first = z.first;
    if (z.last !== null && (last === null || z.last > last)) last = z.last;
  }
  return { name: corpusName(index.generated_from), articles: index.articles, first, last };
}
