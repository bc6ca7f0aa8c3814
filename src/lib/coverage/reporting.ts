// The excerpts that report on one agreement (excerpt.agreements), from the coverage pages that hold them,
// grouped by the coverage file they were found in (each excerpt once, in the first file that holds it),
// each group in reading order. Pure.
import type { ZoneCoveragePage } from '../schema.ts';
import { orderExcerpts, type ExcerptEntry, type ZoneKey } from './order.ts';

export interface ReportingGroup {
  zone: ZoneKey;
  entries: ExcerptEntry[];
}

/** `pages` in the order agreement-excerpts.json lists them (files in key order, pages ascending). */
export function entriesReporting(agreementId: string, pages: readonly ZoneCoveragePage[]): ReportingGroup[] {
  const seen = new Set<string>();
  const groups = new Map<ZoneKey, ExcerptEntry[]>();
  for (const page of pages) {
    for (const entry of orderExcerpts(page)) {
      if (seen.has(entry.excerpt.id)) continue;
      if (!entry.excerpt.agreements?.some((l) => l.agreement === agreementId)) continue;
      seen.add(entry.excerpt.id);
      const group = groups.get(page.zone);
      if (group) group.push(entry);
      else groups.set(page.zone, [entry]);
    }
  }
  return [...groups].map(([zone, entries]) => ({ zone, entries }));
}
