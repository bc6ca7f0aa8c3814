// The search filters (filters.ts) tested on columns made once for the whole corpus: each document's
// date as a number, its outlet's number, and per zone the strongest link's rank and the strongest
// rank among the links a place inside the zone made. A search then tests its candidates (tens of
// thousands for a common word) by reading a few typed arrays instead of walking each document's links,
// with the same verdicts as passes(item, filters, null).
import { STRENGTHS, ZONE_IDS, type ZoneId } from '../schema.ts';
import type { Filterable, Filters } from './filters.ts';

/** What a search does with a document: leave it out, count it as hidden by the strength filter alone, or keep it. */
export const OUT = 0;
export const WEAKER = 1;
export const KEPT = 2;
export type Verdict = typeof OUT | typeof WEAKER | typeof KEPT;

const ZONES = ZONE_IDS.length;
/** The rank of no link at all (weaker than every strength). */
const NONE = 255;
const LOOSEST = STRENGTHS.length - 1;
const UNDATED = -1;

/** 2017-09-20 as 20170920. */
const dayNumber = (iso: string): number => Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));

export class FilterColumns {
  readonly #date: Int32Array;
  readonly #outlet: Int32Array;
  readonly #linked: Uint8Array;
  /** Per document and zone (document × ZONES + zone): the strongest link's rank, and that of the links made inside the zone. */
  readonly #best: Uint8Array;
  readonly #bestInside: Uint8Array;
  readonly #outletNo = new Map<string, number>();

  constructor(items: readonly Filterable[]) {
    const n = items.length;
    this.#date = new Int32Array(n);
    this.#outlet = new Int32Array(n);
    this.#linked = new Uint8Array(n);
    this.#best = new Uint8Array(n * ZONES).fill(NONE);
    this.#bestInside = new Uint8Array(n * ZONES).fill(NONE);
    items.forEach((item, no) => {
      this.#date[no] = item.date === null ? UNDATED : dayNumber(item.date);
      this.#outlet[no] = item.outlet === null ? -1 : this.#outletOf(item.outlet, true);
      this.#linked[no] = item.links.length > 0 ? 1 : 0;
      for (const l of item.links) {
        const at = no * ZONES + ZONE_IDS.indexOf(l.zone);
        const rank = STRENGTHS.indexOf(l.strength);
        if (rank < this.#best[at]!) this.#best[at] = rank;
        if (l.inside && rank < this.#bestInside[at]!) this.#bestInside[at] = rank;
      }
    });
  }

  #outletOf(outlet: string, add: boolean): number {
    let no = this.#outletNo.get(outlet);
    if (no === undefined) {
      if (!add) return -2; // an outlet no document has: nothing passes
      this.#outletNo.set(outlet, (no = this.#outletNo.size));
    }
    return no;
  }

  /**
   * A test of one document for `filters`, and the count of a kept one in `perZone` (every zone it has a
   * link to that the strength and inside filters keep, as the per-zone counts say).
   */
  tester(filters: Filters): { verdict: (no: number) => Verdict; count: (no: number, perZone: Record<ZoneId, number>) => void } {
    const from = filters.from === null ? null : dayNumber(filters.from);
    const to = filters.to === null ? null : dayNumber(filters.to);
    const outlet = filters.outlet === null ? null : this.#outletOf(filters.outlet, false);
    const zone = filters.zone === null ? -1 : ZONE_IDS.indexOf(filters.zone);
    const weakest = STRENGTHS.indexOf(filters.strength);
    const ranks = filters.inside ? this.#bestInside : this.#best;
    const date = this.#date;
    const outlets = this.#outlet;
    const linked = this.#linked;
    /** The strongest rank among the links the zone filter and the inside filter let through. */
    const strongest = (no: number): number => {
      if (zone >= 0) return ranks[no * ZONES + zone]!;
      let best = NONE;
      for (let z = 0, at = no * ZONES; z < ZONES; z++, at++) if (ranks[at]! < best) best = ranks[at]!;
      return best;
    };
    const verdict = (no: number): Verdict => {
      if (from !== null || to !== null) {
        const d = date[no]!;
        if (d === UNDATED || (from !== null && d < from) || (to !== null && d > to)) return OUT;
      }
      if (outlet !== null && outlets[no] !== outlet) return OUT;
      // Coverage linked to no zone is the weakest of all: shown with everything, and to no zone or place filter.
      if (linked[no] === 0) return zone < 0 && !filters.inside ? (weakest === LOOSEST ? KEPT : WEAKER) : OUT;
      const rank = strongest(no);
      if (rank === NONE) return OUT;
      return rank <= weakest ? KEPT : WEAKER;
    };
    const count = (no: number, perZone: Record<ZoneId, number>): void => {
      for (let z = 0, at = no * ZONES; z < ZONES; z++, at++) if (ranks[at]! <= weakest) perZone[ZONE_IDS[z]!]++;
    };
    return { verdict, count };
  }
}
