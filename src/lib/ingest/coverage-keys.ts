// The coverage files (one per zone, and general) and the reading order of articles within them.
import { ZONE_IDS, type ZoneId } from '../schema.ts';

export type CoverageKey = ZoneId | 'general';
export const COVERAGE_KEYS: readonly CoverageKey[] = [...ZONE_IDS, 'general'];

const collate = new Intl.Collator().compare;

/** Order of articles in every coverage file: by date (undated last), then by id. */
export const byDateThenId = (a: { date: string | null; id: string }, b: { date: string | null; id: string }): number =>
  collate(a.date ?? '9999', b.date ?? '9999') || collate(a.id, b.id);
