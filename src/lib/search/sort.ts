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
  const n = hits.length;
  const out = new Array<number>(n);
  // The dated hits are those before the first row at or past `dated`.
  let split = 0;
  while (split < n && hits[split]! < dated) split++;
  if (sort === 'newest' || score === null) {
    for (let i = 0; i < split; i++) out[i] = hits[split - 1 - i]!;
    for (let i = split; i < n; i++) out[i] = hits[i]!;
    return out;
  }
  // One number a hit: the score, rounded, above its place in the newest order (dated - 1 - row for a
  // dated row, the row itself for an undated one); a numeric sort of them is the order.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const no = hits[i]!;
    keys[i] = -Math.round(score[no]! * 1e4) * ROW_BITS + (no < dated ? dated - 1 - no : no);
  }
  keys.sort();
  for (let i = 0; i < n; i++) {
    const place = ((keys[i]! % ROW_BITS) + ROW_BITS) % ROW_BITS;
    out[i] = place < dated ? dated - 1 - place : place;
  }
  return out;
}
