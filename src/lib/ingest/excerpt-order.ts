// Excerpt references (article number × PER_ARTICLE + excerpt index) sorted into the order of their ids
// as strings, without making and comparing a string per reference. When every article id has the same
// length and no article has more than 999 excerpts (so every number is three digits), the order of
// `<article id>-<nnn>` is the order of article ids, then of excerpt numbers: a numeric sort of
// rank(article) × PER_ARTICLE + index gives it. Otherwise the ids are sorted as strings.
import { excerptId } from './excerpts.ts';

/** Excerpts per article that an excerpt reference can tell apart. */
export const PER_ARTICLE = 2 ** 24;
/** The most excerpts an article can have for their numbers all to be three digits long. */
const THREE_DIGITS = 999;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class ExcerptIdOrder {
  /** Article number by rank of its id, and rank by article number; null when ids must be sorted as strings. */
  readonly #byRank: Int32Array | null = null;
  readonly #rank: Int32Array | null = null;

  /** `articleIds` in add order (article numbers index it); `widest`: the most excerpts in one article. */
  constructor(
    private readonly articleIds: readonly string[],
    widest: number,
  ) {
    const width = articleIds[0]?.length ?? 0;
    if (widest > THREE_DIGITS || articleIds.some((id) => id.length !== width)) return;
    this.#byRank = Int32Array.from(articleIds.keys()).sort((a, b) => byCodeUnits(articleIds[a]!, articleIds[b]!));
    this.#rank = new Int32Array(articleIds.length);
    this.#byRank.forEach((a, r) => (this.#rank![a] = r));
  }

  /** The ids of the referenced excerpts, sorted as strings are by default. */
  sortedIds(refs: ArrayLike<number>): string[] {
    const byRank = this.#byRank;
    const rank = this.#rank;
    if (byRank === null || rank === null) {
      return Array.from(refs, (r) => excerptId(this.articleIds[Math.floor(r / PER_ARTICLE)]!, (r % PER_ARTICLE) + 1)).sort();
    }
    const keys = Float64Array.from(refs, (r) => rank[Math.floor(r / PER_ARTICLE)]! * PER_ARTICLE + (r % PER_ARTICLE)).sort();
    return Array.from(keys, (k) => excerptId(this.articleIds[byRank[Math.floor(k / PER_ARTICLE)]!]!, (k % PER_ARTICLE) + 1));
  }
}
