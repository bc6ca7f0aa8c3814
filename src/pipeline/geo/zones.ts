// Build geo/zones.geojson: one dissolved feature per (zone, part) from the ADM3 polygons.
import { area, bboxPolygon, featureCollection, intersect, kinks, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LifecycleEvent, Part, SubDistrict, ZonePartFeature, ZonesCollection } from '../../lib/schema.ts';
import { PARTS, ZONE_IDS } from '../../lib/schema.ts';
import { interiorPoint } from '../../lib/geo/interior-point.ts';
import { bboxOf, roundGeometry, roundNumber } from '../../lib/geo/round.ts';
import { followsRightHandRule, orientRightHand } from '../../lib/geo/winding.ts';
import type { ZonesCurated } from './curated.ts';
import type { Adm3Feature } from './sources.ts';
import type { Adm3Shape } from './zone-shapes.ts';

/** Decimals of every geo output: about 10 m, finer than the simplified outlines (zone-shapes.ts) need. */
export const DECIMALS = 4;
export const ZONES_ATTRIBUTION =
  'Boundaries: UN OCHA / UNCS via HDX and geoBoundaries, CC BY 3.0 IGO. Names and P-codes: OpenSyria data-geography, CC BY 4.0.';

/** One zone of deescalation_zones_proposed_2017.json, as far as the build needs it. */
export interface ProposedZone {
  id: number;
  name_ar: string;
  core_adm2?: string[];
  core_adm3_note?: string;
  core_adm3?: string[];
  core_adm3_names?: string[];
  partial_adm3?: string[];
  partial_adm3_names?: string[];
  excluded_adm3?: string[];
  excluded_adm3_names?: string[];
}

type Polygonal = Polygon | MultiPolygon;

interface Member {
  pcode: string;
  note?: string;
  note_ar?: string;
  verify: boolean;
}

/** The proposal lists some sub-districts by their English name alone: such a "note" says nothing more. */
function onlyTheName(note: string, nameEn: string): boolean {
  const bare = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
  return bare(note) === bare(nameEn);
}

function membersFromList(zone: ProposedZone, part: Part, where: string): Member[] {
  const pcodes = zone[`${part}_adm3`] ?? [];
  const names = zone[`${part}_adm3_names`] ?? [];
  if (names.length > 0 && names.length !== pcodes.length) {
    throw new Error(`${where}: zone ${zone.id} has ${pcodes.length} ${part}_adm3 but ${names.length} names`);
  }
  return pcodes.map((pcode, i) => {
    const raw = names[i] ?? '';
    const verify = /\bverify\b/i.test(raw);
    const note = raw.replace(/\s*-\s*verify\b/i, '').trim();
    return { pcode, verify, ...(note ? { note } : {}) };
  });
}

/** The core of a zone given as whole districts (ADM2): every ADM3 inside them, checked against the stated count. */
function membersFromAdm2(zone: ProposedZone, adm3: Map<string, Adm3Feature>, where: string): Member[] {
  const adm2 = new Set(zone.core_adm2 ?? []);
  const pcodes = [...adm3.values()].filter((f) => adm2.has(f.properties.adm2_pcode)).map((f) => f.properties.adm3_pcode);
  const stated = /all (\d+) ADM3/i.exec(zone.core_adm3_note ?? '')?.[1];
  if (stated !== undefined && Number(stated) !== pcodes.length) {
    throw new Error(`${where}: zone ${zone.id} says all ${stated} ADM3 but its districts hold ${pcodes.length}`);
  }
  return pcodes.sort().map((pcode) => ({ pcode, verify: false }));
}

function dissolve(polygons: Feature<Polygonal>[], label: string): Polygonal {
  const merged = polygons.length === 1 ? polygons[0] : union(featureCollection(polygons));
  if (!merged) throw new Error(`zones: union of ${label} is empty`);
  return merged.geometry;
}

/** Round, orient to the right-hand rule and refuse self-intersections. */
export function finishPolygonal(geometry: Polygonal, label: string): Polygonal {
  const oriented = orientRightHand(roundGeometry(geometry, DECIMALS));
  if (!followsRightHandRule(oriented)) throw new Error(`${label}: rings do not follow the right-hand rule`);
  const found = kinks(oriented).features.length;
  if (found > 0) throw new Error(`${label}: ${found} self-intersections after rounding`);
  return oriented;
}

/** Parts may touch but not overlap (beyond a sliver of 0.01 km²): simplification must keep them apart. */
function refuseOverlaps(features: ZonePartFeature[]): void {
  const shapes = features.map((f) => ({ id: f.id, feature: { type: 'Feature' as const, properties: {}, geometry: f.geometry as Polygonal } }));
  shapes.forEach((a, i) => {
    for (const b of shapes.slice(i + 1)) {
      const shared = intersect(featureCollection<Polygonal>([a.feature, b.feature]));
      const km2 = shared ? area(shared) / 1e6 : 0;
      if (km2 >= 0.01) throw new Error(`zones: ${a.id} and ${b.id} overlap by ${km2.toFixed(3)} km² after simplification`);
    }
  });
}

export interface ZonesInput {
  proposed: ProposedZone[];
  adm3: Map<string, Adm3Feature>;
  /** The simplified outline of every ADM3 (zone-shapes.ts), drawn in place of its full polygon. */
  shapes: Map<string, Adm3Shape>;
  /** The tolerance `shapes` were simplified at, in degrees (stated in each part's method). */
  tolerance: number;
  curated: ZonesCurated;
  where: string;
}

/** How the outlines were generalised, for the `method` of every part. */
export function simplifiedNote(tolerance: number): string {
  const metres = Math.round((tolerance * 111_000) / 100) * 100;
  return (
    `The sub-district outlines were simplified with Turf simplify (Douglas-Peucker, tolerance ${tolerance} degrees, about ${metres} m) ` +
    'one shared edge at a time, so neighbouring parts still meet exactly; lines are good to a few hundred metres at best.'
  );
}

/** The same, in Arabic, for `method_ar`. */
export function simplifiedNoteAr(tolerance: number): string {
  const metres = Math.round((tolerance * 111_000) / 100) * 100;
  return (
    `بُسّطت حدود النواحي بأداة Turf simplify (خوارزمية دوغلاس-بويكر، بتسامح ${tolerance} درجة، أي نحو ${metres} م) ` +
    'حدّاً مشتركاً بعد حدّ، فتبقى الأجزاء المتجاورة متلاصقة تماماً؛ ودقة الخطوط بضع مئات من الأمتار في أحسن الأحوال.'
  );
}

export function buildZones({ proposed, adm3, shapes, tolerance, curated, where }: ZonesInput): ZonesCollection {
  const seen = new Map<string, string>();
  const features: ZonePartFeature[] = [];
  for (const zoneId of ZONE_IDS) {
    const cz = curated.zones.find((z) => z.zone === zoneId);
    if (!cz) throw new Error(`geo/curated/zones.json: no entry for zone ${zoneId}`);
    const src = proposed.find((z) => z.id === cz.source_id);
    if (!src) throw new Error(`${where}: no zone with id ${cz.source_id} (${zoneId})`);
    const lifecycle: LifecycleEvent[] = [curated.memorandum, ...cz.lifecycle]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(({ source: { title }, agreement: _, ...event }) => ({ ...event, source: { title } }));
    for (const part of PARTS) {
      const members =
        part === 'core' && src.core_adm2 && !src.core_adm3 ? membersFromAdm2(src, adm3, where) : membersFromList(src, part, where);
      if (members.length === 0) continue;
      const label = `${zoneId}:${part}`;
      const methods = [curated.method[part]];
      const methodsAr = [curated.method_ar[part]];
      const polygons = members.map((m) => {
        const previous = seen.get(m.pcode);
        if (previous) throw new Error(`${where}: ${m.pcode} is listed in both ${previous} and ${label}`);
        seen.set(m.pcode, label);
        const shape = shapes.get(m.pcode);
        if (!adm3.has(m.pcode) || !shape) throw new Error(`${where}: ${label} lists ${m.pcode}, which is not in the ADM3 boundaries`);
        const f: Feature<Polygonal> = { type: 'Feature', properties: {}, geometry: shape };
        const clip = curated.clips.find((c) => c.pcode === m.pcode && c.zone === zoneId);
        if (!clip) return f;
        const clipped = intersect(featureCollection<Polygonal>([f, bboxPolygon(clip.bbox)]));
        if (!clipped) throw new Error(`geo/curated/zones.json: clip box for ${m.pcode} misses its polygon`);
        methods.push(clip.why);
        methodsAr.push(clip.why_ar);
        m.note = clip.note;
        m.note_ar = clip.note_ar;
        return clipped;
      });
      const geometry = finishPolygonal(dissolve(polygons, label), label);
      const sub_districts: SubDistrict[] = members.map((m) => {
        const p = (adm3.get(m.pcode) as Adm3Feature).properties;
        const given = curated.notes[m.pcode] ?? m.note;
        const note = given && !onlyTheName(given, p.adm3_en) ? given : undefined;
        const note_ar = note ? (m.note_ar ?? curated.notes_ar[m.pcode]) : undefined;
        if (note && !note_ar) throw new Error(`geo/curated/zones.json: notes_ar has no Arabic for the note of ${m.pcode} (${label}): ${JSON.stringify(note)}`);
        const clipped = curated.clips.some((c) => c.pcode === m.pcode && c.zone === zoneId);
        return { pcode: m.pcode, name_en: p.adm3_en, name_ar: p.adm3_ar, ...(note ? { note, note_ar } : {}), verify: m.verify, ...(clipped ? { clipped } : {}) };
      });
      features.push({
        type: 'Feature',
        id: label,
        bbox: bboxOf([geometry], DECIMALS),
        properties: {
          zone: zoneId,
          part,
          name_ar: src.name_ar,
          name_en: cz.name_en,
          short_ar: cz.short_ar,
          short_en: cz.short_en,
          lifecycle,
          sub_districts,
          area_km2: roundNumber(area({ type: 'Feature', properties: {}, geometry }) / 1e6, 1),
          label_point: interiorPoint(geometry).map((v) => roundNumber(v, DECIMALS)) as [number, number],
          approximate: true,
          method: [...methods, simplifiedNote(tolerance)].join(' '),
          method_ar: [...methodsAr, simplifiedNoteAr(tolerance)].join(' '),
          provenance: curated.provenance,
          provenance_ar: curated.provenance_ar,
          attribution: ZONES_ATTRIBUTION,
        },
        geometry,
      });
    }
  }
  refuseOverlaps(features);
  return {
    type: 'FeatureCollection',
    bbox: bboxOf(features.map((f) => f.geometry as Polygonal), DECIMALS),
    attribution: ZONES_ATTRIBUTION,
    features,
  };
}
