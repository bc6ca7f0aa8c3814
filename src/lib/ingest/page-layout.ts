// Where every excerpt goes among the coverage pages (see the paged coverage section of schema.ts):
// articles in reading order (by date, undated last, then id), each coverage file's excerpts numbered
// along it, and page = position ÷ PAGE_SIZE. Kept as flat numbers, one slot per excerpt and file.
import { PAGE_SIZE, type ExcerptLocation, type PageRef } from '../schema.ts';
import { COVERAGE_KEYS, byDateThenId } from './coverage-keys.ts';
import { excerptId } from './excerpts.ts';

const KEYS = COVERAGE_KEYS.length;
/** Pages one file can have, for packing (file, page) into one number. */
const PAGE_SPAN = 2 ** 32;

export interface LayoutInput {
  ids: readonly string[];
  dates: readonly (string | null)[];
  /** Per article (add order): the index of its first excerpt in `masks`; one more entry at the end. */
  firstExcerpt: ArrayLike<number>;
  /** Per excerpt: bit k set when it goes to COVERAGE_KEYS[k]. */
  masks: Uint8Array;
}

export class PageLayout {
  /** Article numbers (add order) in reading order. */
  readonly order: number[];
  /** Excerpts per coverage file (COVERAGE_KEYS order). */
  readonly totals: number[];
  /** Page of excerpt g in file k at g × KEYS + k, or -1. */
  readonly #pageOf: Int32Array;

  constructor(private readonly input: LayoutInput) {
    const { ids, dates, firstExcerpt, masks } = input;
    this.order = ids.map((_, i) => i).sort((a, b) => byDateThenId({ id: ids[a]!, date: dates[a]! }, { id: ids[b]!, date: dates[b]! }));
    this.totals = COVERAGE_KEYS.map(() => 0);
    this.#pageOf = new Int32Array(masks.length * KEYS).fill(-1);
    for (const a of this.order) {
      for (let g = firstExcerpt[a]!; g < firstExcerpt[a + 1]!; g++) {
        for (let k = 0; k < KEYS; k++) {
          if ((masks[g]! & (1 << k)) === 0) continue;
          this.#pageOf[g * KEYS + k] = Math.floor(this.totals[k]! / PAGE_SIZE);
          this.totals[k]!++;
        }
      }
    }
  }

  /** Pages of file k: at least one (an empty file still has its page 0). */
  pages(k: number): number {
    return Math.max(1, Math.ceil(this.totals[k]! / PAGE_SIZE));
  }

  /** The distinct pages holding the given excerpts (global excerpt numbers), files in key order, pages ascending. */
  pagesOf(excerpts: Iterable<number>): PageRef[] {
    const packed = new Set<number>();
    for (const g of excerpts) {
      for (let k = 0; k < KEYS; k++) {
        const page = this.#pageOf[g * KEYS + k]!;
        if (page >= 0) packed.add(k * PAGE_SPAN + page);
      }
    }
    return [...packed].sort((x, y) => x - y).map((p) => ({ zone: COVERAGE_KEYS[Math.floor(p / PAGE_SPAN)]!, page: p % PAGE_SPAN }));
  }

  /** Every excerpt of article `a` (add order) with its file and page, excerpts in body order, files in key order. */
  locations(a: number): ExcerptLocation[] {
    const { ids, firstExcerpt } = this.input;
    const out: ExcerptLocation[] = [];
    for (let g = firstExcerpt[a]!; g < firstExcerpt[a + 1]!; g++) {
      for (let k = 0; k < KEYS; k++) {
        const page = this.#pageOf[g * KEYS + k]!;
        if (page >= 0) out.push({ excerpt_id: excerptId(ids[a]!, g - firstExcerpt[a]! + 1), zone: COVERAGE_KEYS[k]!, page });
      }
    }
    return out;
  }
}
