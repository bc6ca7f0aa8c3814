// Resolved place → zone links, each with its own rule and strength. Strongest first:
// zone-named > core-place > partial-place > governorate-only > general.
import { booleanPointInPolygon } from '@turf/turf';
import { STRENGTHS, ZONE_IDS, type Evidence, type GazetteerEntry, type Strength, type ZoneId, type ZoneLink } from '../schema.ts';
import type { Resolved } from './resolve.ts';
import { partsAtPoint, type PartRef, type ZoneIndex } from './zone-index.ts';

export interface RawLink {
  zone: ZoneId;
  strength: Strength;
  evidence: Evidence;
}

function ev(r: Resolved, rule: string, strength: Strength): Evidence {
  const m = r.match;
  return { start: m.start, end: m.end, surface: m.surface, place_id: r.entry.id, rule: `${r.rule}/${rule}`, strength };
}

/** A part the place's P-code puts it in; in a sub-district drawn clipped (Damascus: only Jobar) its point must be inside too. */
function inPart(index: ZoneIndex, ref: PartRef, e: GazetteerEntry): boolean {
  const code = e.kind === 'adm3' ? e.pcode : e.adm3_pcode;
  if (!index.clipped.has(`${ref.zone}|${code ?? ''}`)) return true;
  return e.kind !== 'adm3' && e.point !== undefined && pointInPart(index, ref, e.point);
}

function pointInPart(index: ZoneIndex, ref: PartRef, point: [number, number]): boolean {
  const part = index.parts.find((p) => p.ref.zone === ref.zone && p.ref.part === ref.part);
  return !!part && booleanPointInPolygon(point, part.geometry);
}

function fromParts(refs: PartRef[], r: Resolved, how: string, e: GazetteerEntry, index: ZoneIndex): RawLink[] {
  const seen = new Set<ZoneId>();
  const out: RawLink[] = [];
  for (const ref of refs) {
    if (seen.has(ref.zone)) continue;
    seen.add(ref.zone);
    if (ref.part === 'excluded' || !inPart(index, ref, e)) continue;
    const strength: Strength = ref.part === 'core' ? 'core-place' : 'partial-place';
    out.push({ zone: ref.zone, strength, evidence: ev(r, `${how}-${ref.part}`, strength) });
  }
  return out;
}

/** The sub-district whose zone membership the place takes: its own, or the one it lies in. */
function adm3Of(e: GazetteerEntry, index: ZoneIndex): string | null {
  const code = e.kind === 'adm3' ? e.pcode : e.adm3_pcode;
  return code && index.byPcode.has(code) ? code : null;
}

/**
 * A governorate's capital (Homs, Hama, Aleppo, Damascus), a unit named after it, or one of its quarters:
 * the city lay in a sub-district the line cut through and was itself held outside the zone.
 */
function isCapital(e: GazetteerEntry, index: ZoneIndex, byId: Map<string, GazetteerEntry>): boolean {
  if (e.kind === 'adm1' || e.kind === 'region' || !e.adm1_pcode) return false;
  const city = e.parent ? byId.get(e.parent) : e;
  return !!city && index.adm1Names.get(e.adm1_pcode) === city.name_ar;
}

/** Zone links for one resolved mention. */
export function linkPlace(r: Resolved, index: ZoneIndex, byId: Map<string, GazetteerEntry>): RawLink[] {
  const e = r.entry;
  if (e.outside_syria || e.kind === 'foreign') return [];
  if (e.kind === 'region') {
    // Named in a list of the country's parts («في شمال غرب وجنوب غرب سوريا»): the map as a whole, not the zone.
    const strength: Strength = r.rule === 'listed-with-other-regions' ? 'general' : e.partial ? 'partial-place' : 'zone-named';
    const rule = !e.partial ? 'region-name' : e.mostly ? 'region-mostly-in-zone' : 'region-partly-in-zone';
    return (e.zones ?? []).map((zone) => ({ zone, strength, evidence: ev(r, rule, strength) }));
  }
  if (e.kind === 'adm1' && e.pcode) return linkArea(r, index, e.pcode, 'governorate');
  if (e.kind === 'adm2' && e.pcode) return dropCapital(linkArea(r, index, e.pcode, 'district'), e, index, byId);
  const pcode = adm3Of(e, index);
  let links: RawLink[] = [];
  if (pcode) links = fromParts(index.byPcode.get(pcode) ?? [], r, 'pcode', e, index);
  else if (e.point && !e.adm3_pcode) links = fromParts(partsAtPoint(index, e.point), r, 'point-in', e, index);
  return dropCapital(links, e, index, byId);
}

function dropCapital(links: RawLink[], e: GazetteerEntry, index: ZoneIndex, byId: Map<string, GazetteerEntry>): RawLink[] {
  if (!isCapital(e, index, byId)) return links;
  // A quarter inside a sub-district drawn clipped to it (Jobar) keeps its link: its own point put it there.
  return links.filter((l) => l.strength !== 'partial-place' || (e.parent !== undefined && index.clipped.has(`${l.zone}|${e.adm3_pcode ?? ''}`)));
}

function linkArea(r: Resolved, index: ZoneIndex, pcode: string, level: string): RawLink[] {
  const share = index.areas.get(pcode);
  if (!share) return [];
  const out: RawLink[] = [];
  for (const zone of ZONE_IDS) {
    if (!share.touched.has(zone)) continue;
    if (share.core.get(zone) === share.total) {
      out.push({ zone, strength: 'core-place', evidence: ev(r, `${level}-wholly-in-zone-core`, 'core-place') });
    } else if (level === 'district') {
      out.push({ zone, strength: 'partial-place', evidence: ev(r, 'district-overlaps-zone', 'partial-place') });
    } else if ((share.held.get(zone) ?? 0) * 2 >= share.total) {
      // Daraa, Quneitra: the zone held most of the governorate, so naming it is naming the zone's ground.
      out.push({ zone, strength: 'partial-place', evidence: ev(r, 'governorate-mostly-in-zone', 'partial-place') });
    } else {
      out.push({ zone, strength: 'governorate-only', evidence: ev(r, 'governorate-contains-zone', 'governorate-only') });
    }
  }
  return out;
}

/** A general link to all four zones ("أربع مناطق", "المناطق الأربع", "4 مناطق"). */
export function generalLinks(evidence: Omit<Evidence, 'rule' | 'place_id'>): RawLink[] {
  return ZONE_IDS.map((zone) => ({ zone, strength: 'general', evidence: { ...evidence, place_id: null, rule: 'four-zones-phrase', strength: 'general' } }));
}

/** Merge raw links per zone: strongest strength, all evidence (each with its own strength) by position. */
export function mergeLinks(raw: RawLink[]): ZoneLink[] {
  const byZone = new Map<ZoneId, RawLink[]>();
  for (const l of raw) {
    const list = byZone.get(l.zone);
    if (list) list.push(l);
    else byZone.set(l.zone, [l]);
  }
  return ZONE_IDS.filter((z) => byZone.has(z)).map((zone) => {
    const list = byZone.get(zone)!;
    const strength = STRENGTHS[Math.min(...list.map((l) => STRENGTHS.indexOf(l.strength)))]!;
    const evidence = list
      .map((l) => l.evidence)
      .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    return { zone, strength, evidence };
  });
}
