// The filters shared by the zone lists and the search results: zone, date range, outlet, the weakest
// link strength shown, and "a place inside the zone". Pure: parse and write the URL's keys, and test one
// excerpt. By default the lists show links of strength partial-place and above; the weaker ones
// (governorate only, general) are one switch away.
import { STRENGTHS, strengthRank as rank, ZONE_IDS, type Strength, type ZoneId, type ZoneLink } from '../schema.ts';
import { linkInside } from './docs.ts';

export interface Filters {
  zone: ZoneId | null;
  /** ISO dates, inclusive; an excerpt without a date is left out once either is set. */
  from: string | null;
  to: string | null;
  outlet: string | null;
  /** The weakest strength shown. */
  strength: Strength;
  /** Only links made by a place inside the zone. */
  inside: boolean;
}

export const DEFAULT_STRENGTH: Strength = 'partial-place';
export const NO_FILTERS: Filters = { zone: null, from: null, to: null, outlet: null, strength: DEFAULT_STRENGTH, inside: false };

/** The keys filters take in the address (beside the view's own). */
export const FILTER_KEYS = ['fzone', 'from', 'to', 'outlet', 'strength', 'inside'] as const;
export type FilterKey = 'zone' | 'dates' | 'outlet' | 'strength' | 'inside';

/** What a filter tests: an excerpt's date and outlet, and its links. */
export interface Filterable {
  date: string | null;
  outlet: string | null;
  links: readonly { zone: ZoneId; strength: Strength; inside: boolean }[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isZone = (v: string | null): v is ZoneId => v !== null && (ZONE_IDS as readonly string[]).includes(v);
const isStrength = (v: string | null): v is Strength => v !== null && (STRENGTHS as readonly string[]).includes(v);
const date = (v: string | null): string | null => (v !== null && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : null);

export function parseFilters(params: URLSearchParams): Filters {
  const outlet = params.get('outlet');
  const strength = params.get('strength');
  const zone = params.get('fzone');
  return {
    zone: isZone(zone) ? zone : null,
    from: date(params.get('from')),
    to: date(params.get('to')),
    outlet: outlet && outlet.length <= 200 ? outlet.normalize('NFC') : null,
    strength: isStrength(strength) ? strength : DEFAULT_STRENGTH,
    inside: params.get('inside') === '1',
  };
}

/** Write the filters that differ from the default into `params` (removing the others). */
export function writeFilters(filters: Filters, params: URLSearchParams): void {
  for (const key of FILTER_KEYS) params.delete(key);
  if (filters.zone) params.set('fzone', filters.zone);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.outlet) params.set('outlet', filters.outlet);
  if (filters.strength !== DEFAULT_STRENGTH) params.set('strength', filters.strength);
  if (filters.inside) params.set('inside', '1');
}

/** The filters set apart from the default, each shown as a chip. */
export function activeFilters(filters: Filters): FilterKey[] {
  const out: FilterKey[] = [];
  if (filters.zone) out.push('zone');
  if (filters.from || filters.to) out.push('dates');
  if (filters.outlet) out.push('outlet');
  if (filters.strength !== DEFAULT_STRENGTH) out.push('strength');
  if (filters.inside) out.push('inside');
  return out;
}

/** `filters` with one filter back at its default. */
export function withoutFilter(filters: Filters, key: FilterKey): Filters {
  switch (key) {
    case 'zone':
      return { ...filters, zone: null };
    case 'dates':
      return { ...filters, from: null, to: null };
    case 'outlet':
      return { ...filters, outlet: null };
    case 'strength':
      return { ...filters, strength: DEFAULT_STRENGTH };
    case 'inside':
      return { ...filters, inside: false };
  }
}


/**
 * Whether an excerpt passes. `listZone` is the zone whose list is being read (its links are the ones
 * tested, and the zone filter does not apply), 'general' for the coverage naming no zone (only dates and
 * outlet apply there), null for search results (links to the filter's zone, or to any zone, are tested).
 */
export function passes(item: Filterable, filters: Filters, listZone: ZoneId | 'general' | null): boolean {
  if ((filters.from || filters.to) && item.date === null) return false;
  if (filters.from && item.date! < filters.from) return false;
  if (filters.to && item.date! > filters.to) return false;
  if (filters.outlet && item.outlet !== filters.outlet) return false;
  if (listZone === 'general') return true;
  const zone = listZone ?? filters.zone;
  // Coverage linked to no zone is the weakest of all: shown with everything, and to no zone or place filter.
  if (item.links.length === 0) return filters.strength === 'general' && zone === null && !filters.inside;
  const weakest = rank(filters.strength);
  return item.links.some((l) => (zone === null || l.zone === zone) && rank(l.strength) <= weakest && (!filters.inside || l.inside));
}

/** The filterable view of a zone list's entry (its article's date and outlet, its links). */
export function entryFilterable(
  article: { date: string | null; outlet: string | null } | null,
  links: readonly ZoneLink[],
): Filterable {
  return { date: article?.date ?? null, outlet: article?.outlet ?? null, links: links.map((l) => ({ zone: l.zone, strength: l.strength, inside: linkInside(l) })) };
}
