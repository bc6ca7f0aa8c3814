// Pure helpers turning geo/zones.geojson (one feature per zone and part) into what the viewer shows.
import { area, bbox, booleanPointInPolygon, centerOfMass, featureCollection, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
  PARTS,
  ZONE_IDS,
  type LifecycleEvent,
  type Part,
  type SubDistrict,
  type ZoneId,
  type ZonePartFeature,
  type ZonesCollection,
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
  /** Area of the part's geometry in km², computed with Turf. */
  areaKm2: number;
}

export interface ZoneInfo {
  id: ZoneId;
  name_ar: string;
  name_en: string;
  short_ar: string;
  short_en: string;
  lifecycle: LifecycleEvent[];
  /** Parts in the order core, partial, excluded; a zone may lack some. */
  parts: ZonePart[];
  method: string;
  provenance: string;
  attribution: string;
}

/** Area of a polygonal geometry in km² (Turf, geodesic on the WGS84 sphere). */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  return area(geometry) / 1_000_000;
}

/** Area inside the zone: core plus partial parts (excluded areas are outside the deal). */
export function zoneAreaKm2(zone: ZoneInfo): number {
  return zone.parts.filter((p) => p.part !== 'excluded').reduce((sum, p) => sum + p.areaKm2, 0);
}

function asGeometry(feature: ZonePartFeature): Polygon | MultiPolygon {
  return feature.geometry as Polygon | MultiPolygon;
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
        areaKm2: areaKm2(asGeometry(feature)),
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

/** The distinct `method` and `provenance` statements across all features, for the legend. */
export function howDrawn(collection: ZonesCollection): string[] {
  const seen = new Set<string>();
  for (const f of collection.features) {
    seen.add(f.properties.method);
    seen.add(f.properties.provenance);
  }
  return [...seen].filter((s) => s.trim() !== '');
}

/** A point inside a polygon: its centre of mass when that falls inside, else a point on its surface. */
export function interiorPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const centre = centerOfMass(geometry);
  if (booleanPointInPolygon(centre, geometry)) {
    const [lon = 0, lat = 0] = centre.geometry.coordinates;
    return [lon, lat];
  }
  const [lon = 0, lat = 0] = pointOnFeature(geometry).geometry.coordinates;
  return [lon, lat];
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
export function zoneLabelPoints(collection: ZonesCollection): Feature<{ type: 'Point'; coordinates: number[] }, ZoneLabelProps>[] {
  const points: Feature<{ type: 'Point'; coordinates: number[] }, ZoneLabelProps>[] = [];
  for (const id of ZONE_IDS) {
    const features = collection.features.filter((f) => f.properties.zone === id);
    const anchor = features.find((f) => f.properties.part === 'core') ?? features[0];
    if (!anchor) continue;
    points.push({
      type: 'Feature',
      properties: { zone: id, short_ar: mapLabel(anchor.properties.short_ar), short_en: mapLabel(anchor.properties.short_en) },
      geometry: { type: 'Point', coordinates: interiorPoint(asGeometry(anchor)) },
    });
  }
  return points;
}

/** West, south, east, north of all parts of a zone, or null when the collection has none of it. */
export function zoneBounds(collection: ZonesCollection, id: ZoneId): [number, number, number, number] | null {
  const features = collection.features.filter((f) => f.properties.zone === id);
  if (features.length === 0) return null;
  const [west = 0, south = 0, east = 0, north = 0] = bbox(featureCollection(features.map((f) => ({ ...f, geometry: asGeometry(f) }))));
  return [west, south, east, north];
}
