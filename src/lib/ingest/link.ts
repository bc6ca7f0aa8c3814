// Resolved place → zone links, with the rule and a strength. Strongest first:
// zone-named > core-place > partial-place > governorate-only > general.
import { STRENGTHS, ZONE_IDS, type Evidence, type GazetteerEntry, type Strength, type ZoneId, type ZoneLink } from '../schema.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import type { Resolved } from './resolve.ts';
import { partsAtPoint, type PartRef, type ZoneIndex } from './zone-index.ts';

export interface RawLink {
  zone: ZoneId;
  strength: Strength;
  evidence: Evidence;
}

const ISRAELI_CONTEXT = /(اسرائيل|الاسرائيلي|الاحتلال|غاره|غارات|قصف جوي)/;
const GENERIC_SOUTH = new Set(['المنطقه الجنوبيه', 'الجنوب']);

function fromParts(refs: PartRef[], r: Resolved, how: string): RawLink[] {
  const seen = new Set<ZoneId>();
  const out: RawLink[] = [];
  for (const ref of refs) {
    if (seen.has(ref.zone)) continue;
    seen.add(ref.zone);
    if (ref.part === 'excluded') continue;
    const strength: Strength = ref.part === 'core' ? 'core-place' : 'partial-place';
    out.push({ zone: ref.zone, strength, evidence: ev(r, `${how}-${ref.part}`) });
  }
  return out;
}

function ev(r: Resolved, rule: string): Evidence {
  const m = r.match;
  return { start: m.start, end: m.end, surface: m.surface, place_id: r.entry.id, rule: `${r.rule}/${rule}` };
}

function adm3Of(e: GazetteerEntry, index: ZoneIndex): string | null {
  if (e.pcode && index.byPcode.has(e.pcode)) return e.pcode;
  return null;
}

/** Zone links for one resolved mention inside `excerptText`. */
export function linkPlace(r: Resolved, index: ZoneIndex, excerptText: string): RawLink[] {
  const e = r.entry;
  if (e.outside_syria || e.kind === 'foreign') return [];
  if (e.kind === 'region') {
    const zones = e.zones ?? [];
    if (GENERIC_SOUTH.has(r.match.key) && zones.includes('south') && ISRAELI_CONTEXT.test(normalizeArabic(excerptText))) {
      return zones.map((zone) => ({ zone, strength: 'governorate-only', evidence: ev(r, 'southern-region-in-israeli-strike-context') }));
    }
    return zones.map((zone) => ({ zone, strength: 'zone-named', evidence: ev(r, 'region-name') }));
  }
  if (e.kind === 'adm1' && e.pcode) return linkArea(r, index, e.pcode, 'governorate');
  if (e.kind === 'adm2' && e.pcode) return linkArea(r, index, e.pcode, 'district');
  const pcode = adm3Of(e, index);
  let links: RawLink[] = [];
  if (pcode) links = fromParts(index.byPcode.get(pcode) ?? [], r, 'pcode');
  else if (e.point) links = fromParts(partsAtPoint(index, e.point), r, 'point-in');
  if (e.kind === 'town' && e.adm1_pcode && index.adm1Names.get(e.adm1_pcode) === e.name_ar) {
    // A governorate capital inside a sub-district the line cut through (Homs, Hama, Aleppo) was held
    // outside the zone: only its countryside was in.
    links = links.filter((l) => l.strength !== 'partial-place');
  }
  return links;
}

function linkArea(r: Resolved, index: ZoneIndex, pcode: string, level: string): RawLink[] {
  const share = index.areas.get(pcode);
  if (!share) return [];
  const out: RawLink[] = [];
  for (const zone of ZONE_IDS) {
    if (!share.touched.has(zone)) continue;
    if (share.core.get(zone) === share.total) {
      out.push({ zone, strength: 'core-place', evidence: ev(r, `${level}-wholly-in-zone-core`) });
    } else if (level === 'district') {
      out.push({ zone, strength: 'partial-place', evidence: ev(r, 'district-overlaps-zone') });
    } else {
      out.push({ zone, strength: 'governorate-only', evidence: ev(r, 'governorate-contains-zone') });
    }
  }
  return out;
}

/** A general link to all four zones ("أربع مناطق", "المناطق الأربع", "4 مناطق"). */
export function generalLinks(evidence: Omit<Evidence, 'rule' | 'place_id'>): RawLink[] {
  return ZONE_IDS.map((zone) => ({ zone, strength: 'general', evidence: { ...evidence, place_id: null, rule: 'four-zones-phrase' } }));
}

/** Merge raw links per zone: strongest strength, all evidence sorted by position. */
export function mergeLinks(raw: RawLink[]): ZoneLink[] {
  const byZone = new Map<ZoneId, RawLink[]>();
  for (const l of raw) byZone.set(l.zone, [...(byZone.get(l.zone) ?? []), l]);
  return ZONE_IDS.filter((z) => byZone.has(z)).map((zone) => {
    const list = byZone.get(zone)!;
    const strength = STRENGTHS[Math.min(...list.map((l) => STRENGTHS.indexOf(l.strength)))]!;
    const evidence = list
      .map((l) => l.evidence)
      .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    return { zone, strength, evidence };
  });
}
