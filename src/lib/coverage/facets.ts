// data/facets/<zone>.json: what the filters test, for every excerpt of one coverage list (a
// zone's, or the general coverage's), so that a list read a page at a time can say how many of its
// excerpts the filters keep, pages not fetched included ("show more" counts those left). One row per
// excerpt, in no particular order: [date or null, outlet number or -1, the strength of its link to
// the zone (number in STRENGTHS), 1 when a place inside the zone made that link]. For the general
// list only date and outlet matter (its rows say 'general', 0). Written by the ingest, small next to
// the pages: a few dozen bytes an excerpt.
import { array, literal, nullable, number, object, string, tuple, union, type InferOutput } from 'valibot';
import { STRENGTHS, ZoneIdSchema, type ArticleMeta, type Excerpt } from '../schema.ts';
import { passes, type Filters } from '../search/filters.ts';
import { linkInside } from '../search/docs.ts';
import type { ZoneKey } from './order.ts';

export const ZoneFacets = object({
  zone: union([ZoneIdSchema, literal('general')]),
  outlets: array(string()),
  rows: array(tuple([nullable(string()), number(), number(), number()])),
});
export type ZoneFacets = InferOutput<typeof ZoneFacets>;

/** Path of a list's facets under data/. */
export const facetsPath = (zone: ZoneKey): string => `facets/${zone}.json`;

/** How many excerpts of the list the filters keep (as ZoneExcerpts tests each entry). */
export function countPassing(facets: ZoneFacets, filters: Filters): number {
  const zone = facets.zone;
  let n = 0;
  for (const [date, outlet, strength, inside] of facets.rows) {
    const links = zone === 'general' ? [] : [{ zone, strength: STRENGTHS[strength]!, inside: inside === 1 }];
    if (passes({ date, outlet: outlet < 0 ? null : facets.outlets[outlet]!, links }, filters, zone)) n++;
  }
  return n;
}

/** Collects the facets of every list as the ingest goes (see assemble.ts for which list an excerpt is in). */
export class FacetsBuilder {
  private readonly lists = new Map<ZoneKey, ZoneFacets>();
  private readonly outletNo = new Map<ZoneKey, Map<string, number>>();

  constructor(keys: readonly ZoneKey[]) {
    for (const key of keys) {
      this.lists.set(key, { zone: key, outlets: [], rows: [] });
      this.outletNo.set(key, new Map());
    }
  }

  private outlet(key: ZoneKey, outlet: string | null): number {
    if (outlet === null) return -1;
    const known = this.outletNo.get(key)!;
    let no = known.get(outlet);
    if (no === undefined) {
      no = known.size;
      known.set(outlet, no);
      this.lists.get(key)!.outlets.push(outlet);
    }
    return no;
  }

  /** One article's excerpts, grouped by the list they are in. */
  add(meta: ArticleMeta, byKey: ReadonlyMap<ZoneKey, readonly Excerpt[]>): void {
    for (const [key, excerpts] of byKey) {
      const list = this.lists.get(key);
      if (!list) throw new Error(`facets: no list "${key}"`);
      const outlet = this.outlet(key, meta.outlet);
      for (const e of excerpts) {
        const link = key === 'general' ? undefined : e.links.find((l) => l.zone === key);
        list.rows.push([meta.date, outlet, STRENGTHS.indexOf(link?.strength ?? 'general'), link && linkInside(link) ? 1 : 0]);
      }
    }
  }

  /** The files under data/ with their contents. */
  files(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, list] of this.lists) out[facetsPath(key)] = `${JSON.stringify(list)}\n`;
    return out;
  }
}
