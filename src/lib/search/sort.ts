// The order search results are shown in: by relevance (the default for a query; see score.ts), the
// newest first, or the oldest first. Rows are stored oldest first with the undated ones last, so the
// oldest order is the rows' own and the newest is the dated rows backwards, then the undated ones. In
// the address as sort= (left out for relevance).
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SORTS)[number];
export const DEFAULT_SORT: SearchSort = 'relevance';

export function parseSort(params: URLSearchParams): SearchSort {
  const v = params.get('sort');
  return (SORTS as readonly string[]).includes(v ?? '') ? (v as SearchSort) : DEFAULT_SORT;
}

export function writeSort(sort: SearchSort, params: URLSearchParams): void {
  if (sort === DEFAULT_SORT) params.delete('sort');
  else params.set('sort', sort);
}

/** Low bits of a sort key that hold a row's place in the newest order (2^24 rows at most). */
const ROW_BITS = 2 ** 24;

/**
 * `hits` (rows, ascending) in the order `sort` asks for; `score` (by row) for relevance, ties newest
 * first. `dated` is the number of dated rows (they come first).
 */
export function orderHits(hits: readonly number[], sort: SearchSort, dated: number, score: Float64Array | null): number[] {
  if (sort === 'oldest') return [...hits];
  // A row's place in the newest order, and back.
  const place = (no: number): number => (no < dated ? dated - 1 - no : no);
  if (sort === 'newest' || score === null) return hits.map(place).sort((a, b) => a - b).map(place);
  // One number a hit: the score, rounded, above its newest place; a numeric sort of them is the order.
  const keys = new Float64Array(hits.length);
  hits.forEach((no, i) => (keys[i] = -Math.round(score[no]! * 1e4) * ROW_BITS + place(no)));
  keys.sort();
  return Array.from(keys, (k) => place(((k % ROW_BITS) + ROW_BITS) % ROW_BITS));
}
