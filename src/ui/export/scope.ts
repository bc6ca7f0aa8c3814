// Which zones an export covers and what the downloaded file is called. Pure: no DOM, no map.
import { bboxPolygon, booleanIntersects } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { EXPORT_NAME } from '../../lib/export/index.ts';
import { ZONE_IDS, type ZoneId, type ZonesCollection } from '../../lib/schema.ts';

export type ExportScope = 'all' | 'selected' | 'view';

export interface ExportChoice {
  scope: ExportScope;
  withExcerpts: boolean;
  coreOnly: boolean;
  /** A day (YYYY-MM-DD): each zone's state and standing agreements that day. */
  at?: string;
}

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

/**
 * Zones whose exported geometry (core and partial parts, or core only) intersects `bounds`,
 * in the export's order. Excluded parts never count: they are not in the exported geometry.
 */
export function zonesInBounds(zones: ZonesCollection, bounds: Bounds, coreOnly: boolean): ZoneId[] {
  const view = bboxPolygon(bounds);
  const parts = coreOnly ? ['core'] : ['core', 'partial'];
  const hit = new Set<ZoneId>();
  for (const f of zones.features) {
    if (hit.has(f.properties.zone) || !parts.includes(f.properties.part)) continue;
    const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: f.geometry as Polygon | MultiPolygon };
    if (booleanIntersects(view, feature)) hit.add(f.properties.zone);
  }
  return ZONE_IDS.filter((z) => hit.has(z));
}

/** The zones a choice covers; an empty list when nothing qualifies (no selection, nothing in view). */
export function zonesForScope(
  scope: ExportScope,
  selected: ZoneId | null,
  inView: () => ZoneId[],
): ZoneId[] {
  if (scope === 'all') return [...ZONE_IDS];
  if (scope === 'selected') return selected ? [selected] : [];
  return inView();
}

/**
 * deescalation-zones-2017[-<zone>…][-<day>][-core][-excerpts].geojson: no zone part when all four are
 * exported; the options appear only when they differ from the default (ids only, core and partial).
 */
export function exportFileName(zones: readonly ZoneId[], choice: Pick<ExportChoice, 'withExcerpts' | 'coreOnly' | 'at'>): string {
  const parts: string[] = [EXPORT_NAME];
  if (zones.length < ZONE_IDS.length) parts.push(...ZONE_IDS.filter((z) => zones.includes(z)));
  if (choice.at) parts.push(choice.at);
  if (choice.coreOnly) parts.push('core');
  if (choice.withExcerpts) parts.push('excerpts');
  return `${parts.join('-')}.geojson`;
}

export function citationsFileName(zone: ZoneId): string {
  return `${EXPORT_NAME}-${zone}-citations.csv`;
}
