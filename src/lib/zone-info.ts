// Pure helpers turning geo/zones.geojson (one feature per zone and part) into what the viewer shows.
import type { Feature } from 'geojson';
import {
  PARTS,
  ZONE_IDS,
  type LifecycleEvent,
  type Part,
  type SubDistrict,
  type ZoneId,
  type ZonesCollection,
  type ZonesMapCollection,
} from './schema.ts';

/** One colour per zone, shared by the map layers and the legend swatches. */
export const ZONE_COLOURS: Record<ZoneId, string> = {
  idlib: '#c0392b',
  'north-homs': '#7d3c98',
  'eastern-ghouta': '#b9770e',
  south: '#1f618d',
};
export const EXCLUDED_COLOUR = '#5d6d7e';

export interface ZonePart {
  part: Part;
  featureId: string;
  subDistricts: SubDistrict[];
  /** Area of the part's geometry in km², computed with Turf by the geo build. */
  areaKm2: number;
}

/** A zone's names: what the first view shows, from geo/zones-map.geojson. */
export interface ZoneNames {
  id: ZoneId;
  name_ar: string;
  name_en: string;
  short_ar: string;
  short_en: string;
}

/** A zone with everything its panel shows, from the full geo/zones.geojson. */
export interface ZoneInfo extends ZoneNames {
  lifecycle: LifecycleEvent[];
  /** Parts in the order core, partial, excluded; a zone may lack some. */
  parts: ZonePart[];
  method: string;
  provenance: string;
  attribution: string;
}

/** Area inside the zone: core plus partial parts (excluded areas are outside the deal). */
export function zoneAreaKm2(zone: ZoneInfo): number {
  return zone.parts.filter((p) => p.part !== 'excluded').reduce((sum, p) => sum + p.areaKm2, 0);
}

/** Group the part features by zone, in the schema's zone order; zones without features are left out. */
export function groupZones(collection: ZonesCollection): ZoneInfo[] {
  const zones: ZoneInfo[] = [];
  for (const id of ZONE_IDS) {
    const features = collection.features.filter((f) => f.properties.zone === id);
    const first = features[0];
    if (!first) continue;
    const parts: ZonePart[] = [];
    for (const part of PARTS) {
      const feature = features.find((f) => f.properties.part === part);
      if (!feature) continue;
      parts.push({
        part,
        featureId: feature.id,
        subDistricts: [...feature.properties.sub_districts].sort((a, b) => a.name_en.localeCompare(b.name_en)),
        areaKm2: feature.properties.area_km2,
      });
    }
    const p = first.properties;
    zones.push({
      id,
      name_ar: p.name_ar,
      name_en: p.name_en,
      short_ar: p.short_ar,
      short_en: p.short_en,
      lifecycle: [...p.lifecycle].sort((a, b) => a.date.localeCompare(b.date)),
      parts,
      method: p.method,
      provenance: p.provenance,
      attribution: p.attribution,
    });
  }
  return zones;
}

/** Each zone's names, in the schema's zone order; zones without features are left out. */
export function zoneNames(collection: ZonesMapCollection): ZoneNames[] {
  return ZONE_IDS.flatMap((id) => {
    const p = collection.features.find((f) => f.properties.zone === id)?.properties;
    return p ? [{ id, name_ar: p.name_ar, name_en: p.name_en, short_ar: p.short_ar, short_en: p.short_en }] : [];
  });
}

export interface HowDrawn {
  en: string[];
  /** The Arabic statements; empty when the file has none (the legend then shows the English, marked as such). */
  ar: string[];
}

/** The distinct `method` and `provenance` statements across all features, in each language, for the legend. */
export function howDrawn(collection: ZonesCollection): HowDrawn {
  const distinct = (texts: (string | undefined)[]): string[] => [...new Set(texts)].filter((s): s is string => s !== undefined && s.trim() !== '');
  const p = collection.features.map((f) => f.properties);
  return {
    en: distinct(p.flatMap((q) => [q.method, q.provenance])),
    ar: distinct(p.flatMap((q) => [q.method_ar, q.provenance_ar])),
  };
}

export interface ZoneLabelProps {
  zone: ZoneId;
  short_ar: string;
  short_en: string;
}

/** A name short enough for a map label: bracketed asides are left to the panel. */
export function mapLabel(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim() || name;
}

/** One label point per zone, placed inside the zone's core (or its first part when it has no core). */
export function zoneLabelPoints(collection: ZonesMapCollection): Feature<{ type: 'Point'; coordinates: number[] }, ZoneLabelProps>[] {
  const points: Feature<{ type: 'Point'; coordinates: number[] }, ZoneLabelProps>[] = [];
  for (const id of ZONE_IDS) {
    const features = collection.features.filter((f) => f.properties.zone === id);
    const anchor = features.find((f) => f.properties.part === 'core') ?? features[0];
    if (!anchor) continue;
    points.push({
      type: 'Feature',
      properties: { zone: id, short_ar: mapLabel(anchor.properties.short_ar), short_en: mapLabel(anchor.properties.short_en) },
      geometry: { type: 'Point', coordinates: [...anchor.properties.label_point] },
    });
  }
  return points;
}

/** West, south, east, north of all parts of a zone or zones (from their stored bboxes), or null when they have none. */
export function zoneBounds(collection: ZonesMapCollection, id: ZoneId | readonly ZoneId[]): [number, number, number, number] | null {
  let bounds: [number, number, number, number] | null = null;
  for (const f of collection.features) {
    if (!(typeof id === 'string' ? f.properties.zone === id : id.includes(f.properties.zone)) || !f.bbox) continue;
    const [w, s, e, n] = f.bbox.length === 4 ? f.bbox : [f.bbox[0], f.bbox[1], f.bbox[3], f.bbox[4]];
    bounds = bounds ? [Math.min(bounds[0], w), Math.min(bounds[1], s), Math.max(bounds[2], e), Math.max(bounds[3], n)] : [w, s, e, n];
  }
  return bounds;
}
