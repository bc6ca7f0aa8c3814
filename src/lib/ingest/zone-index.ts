// What the linker needs to know about the zones: which sub-districts each zone part holds, the part
// geometries for point-in-polygon, and how much of each district and governorate lies in each zone.
import { booleanPointInPolygon } from '@turf/turf';
import { ZONE_IDS, type GazetteerEntry, type Part, type ZoneId, type ZonesCollection } from '../schema.ts';

export interface PartRef {
  zone: ZoneId;
  part: Part;
}

interface AreaShare {
  total: number;
  core: Map<ZoneId, number>;
  /** Sub-districts in the zone's core or partly in it. */
  held: Map<ZoneId, number>;
  touched: Set<ZoneId>;
}

export interface ZoneIndex {
  byPcode: Map<string, PartRef[]>;
  parts: { ref: PartRef; geometry: ZonesCollection['features'][number]['geometry'] }[];
  /** adm1 or adm2 P-code → its sub-districts' share in each zone. */
  areas: Map<string, AreaShare>;
  /** adm1 P-code → the governorate's Arabic name (to spot a governorate capital by name). */
  adm1Names: Map<string, string>;
  /** `zone|pcode` of the sub-districts drawn only in part: a place there counts only when its point is inside. */
  clipped: Set<string>;
  /** Point-in-polygon answers already computed (gazetteer points repeat across excerpts). */
  pointCache: Map<string, PartRef[]>;
}

const PART_ORDER: Record<Part, number> = { core: 0, partial: 1, excluded: 2 };

export function buildZoneIndex(zones: ZonesCollection, entries: GazetteerEntry[]): ZoneIndex {
  const byPcode = new Map<string, PartRef[]>();
  const parts: ZoneIndex['parts'] = [];
  const clipped = new Set<string>();
  for (const f of zones.features) {
    const ref: PartRef = { zone: f.properties.zone, part: f.properties.part };
    parts.push({ ref, geometry: f.geometry });
    for (const sd of f.properties.sub_districts) {
      if (sd.clipped) clipped.add(`${f.properties.zone}|${sd.pcode}`);
      const list = byPcode.get(sd.pcode) ?? [];
      list.push(ref);
      byPcode.set(sd.pcode, list);
    }
  }
  parts.sort((a, b) => PART_ORDER[a.ref.part] - PART_ORDER[b.ref.part] || ZONE_IDS.indexOf(a.ref.zone) - ZONE_IDS.indexOf(b.ref.zone));
  for (const list of byPcode.values()) list.sort((a, b) => PART_ORDER[a.part] - PART_ORDER[b.part]);
  const areas = new Map<string, AreaShare>();
  const adm1Names = new Map<string, string>();
  for (const e of entries) {
    if (e.kind === 'adm1' && e.pcode) adm1Names.set(e.pcode, e.name_ar);
    if (e.kind !== 'adm3' || !e.pcode) continue;
    for (const parent of [e.pcode.slice(0, 4), e.pcode.slice(0, 6)]) {
      const share = areas.get(parent) ?? { total: 0, core: new Map(), held: new Map(), touched: new Set() };
      share.total++;
      for (const ref of byPcode.get(e.pcode) ?? []) {
        if (ref.part === 'core') share.core.set(ref.zone, (share.core.get(ref.zone) ?? 0) + 1);
        if (ref.part !== 'excluded') share.touched.add(ref.zone);
        // A sub-district drawn clipped to a corner (Damascus: only Jobar) does not make its area the zone's.
        if (ref.part !== 'excluded' && !clipped.has(`${ref.zone}|${e.pcode}`)) share.held.set(ref.zone, (share.held.get(ref.zone) ?? 0) + 1);
      }
      areas.set(parent, share);
    }
  }
  return { byPcode, parts, areas, adm1Names, clipped, pointCache: new Map() };
}

/** The zone parts containing `point`, core before partial before excluded. */
export function partsAtPoint(index: ZoneIndex, point: [number, number]): PartRef[] {
  const key = `${point[0]},${point[1]}`;
  let refs = index.pointCache.get(key);
  if (!refs) {
    refs = index.parts.filter((p) => booleanPointInPolygon(point, p.geometry)).map((p) => p.ref);
    index.pointCache.set(key, refs);
  }
  return refs;
}
