// Builds the exported FeatureCollection (one feature per zone) from geo/zones.geojson and the
// coverage index, optionally with each zone's excerpts. Pure: the CLI and the viewer both call it.
import { area, featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
  ZONE_IDS,
  type CoverageIndex,
  type ZoneCoverage,
  type ZoneId,
  type ZonePartFeature,
  type ZonesCollection,
} from '../schema.ts';
import { exportedExcerpts } from './excerpts.ts';
import { bboxOf } from '../geo/round.ts';
import { DECIMALS, normaliseGeometry, type Polygonal } from './geometry.ts';
import type { ExportCollection, ExportFeatureOut, ExportProperties, SubDistrictRef } from './schema.ts';
import type { AgreementsFile } from '../agreements/schema.ts';
import { zoneAtDate } from './agreements.ts';

export interface ExportOptions {
  /** Zones to export, in any order; all four when absent. Output follows ZONE_IDS order. */
  zones?: readonly ZoneId[];
  /** Add each zone's excerpts as the `excerpts` property (needs `coverage` for those zones). */
  withExcerpts?: boolean;
  /** Geometry of the core part only; by default core and partial parts are merged. */
  coreOnly?: boolean;
  /** Also the links weaker than partial-place (governorate only, general), which the viewer hides by default. */
  weakLinks?: boolean;
  /** A day (YYYY-MM-DD): each zone gets its `state` and standing `agreements` on it (needs `agreements` in the inputs). */
  at?: string;
}

export interface ExportInputs {
  zones: ZonesCollection;
  index: CoverageIndex;
  coverage?: Partial<Record<ZoneId, ZoneCoverage>>;
  /** geo/agreements.json, for `at`. */
  agreements?: AgreementsFile;
}

export const EXPORT_NAME = 'deescalation-zones-2017';
export const GENERATED_BY = 'deescalation-atlas export';
export const EXPORT_NOTE =
  'Approximate boundaries: the lines agreed at Astana in 2017 were never published; each zone is drawn from whole ' +
  'sub-districts (core: inside the zone; partial: the line cut through it). See each feature\'s method and provenance.';

function partsOf(zones: ZonesCollection, zone: ZoneId): Partial<Record<'core' | 'partial' | 'excluded', ZonePartFeature>> {
  const parts: Partial<Record<'core' | 'partial' | 'excluded', ZonePartFeature>> = {};
  for (const f of zones.features) if (f.properties.zone === zone) parts[f.properties.part] = f;
  return parts;
}

function mergeGeometry(geometries: Polygonal[], zone: ZoneId): Polygonal {
  const [first, ...rest] = geometries;
  if (!first) throw new Error(`zones collection has no core or partial geometry for ${zone}`);
  if (rest.length === 0) return first;
  const features: Feature<Polygon | MultiPolygon>[] = geometries.map((g) => ({ type: 'Feature', properties: {}, geometry: g }));
  const merged = union(featureCollection(features));
  if (!merged) throw new Error(`union of the parts of ${zone} is empty`);
  return merged.geometry;
}

function subDistricts(feature: ZonePartFeature | undefined): SubDistrictRef[] {
  return (feature?.properties.sub_districts ?? [])
    .map((s) => ({ pcode: s.pcode, name_en: s.name_en, name_ar: s.name_ar, verify: s.verify }))
    .sort((a, b) => (a.pcode < b.pcode ? -1 : a.pcode > b.pcode ? 1 : 0));
}

function zoneFeature(inputs: ExportInputs, zone: ZoneId, options: ExportOptions): ExportFeatureOut {
  const parts = partsOf(inputs.zones, zone);
  const described = parts.core ?? parts.partial ?? parts.excluded;
  if (!described) throw new Error(`zones collection has no feature for ${zone}`);
  const drawn = options.coreOnly ? [parts.core] : [parts.core, parts.partial];
  const geometry = normaliseGeometry(
    mergeGeometry(drawn.filter((p): p is ZonePartFeature => p !== undefined).map((p) => p.geometry), zone),
  );
  const p = described.properties;
  const counts = inputs.index.per_zone[zone];
  const properties: ExportProperties = {
    id: zone,
    name_ar: p.name_ar,
    name_en: p.name_en,
    short_ar: p.short_ar,
    short_en: p.short_en,
    lifecycle: p.lifecycle,
    approximate: true,
    method: p.method,
    provenance: p.provenance,
    attribution: p.attribution,
    geometry_parts: options.coreOnly || !parts.partial ? 'core' : 'core+partial',
    area_km2: Math.round(area(geometry) / 1e5) / 10,
    core_sub_districts: subDistricts(parts.core),
    partial_sub_districts: subDistricts(parts.partial),
    excluded_sub_districts: subDistricts(parts.excluded),
    excerpt_count: counts?.excerpts ?? 0,
    article_count: counts?.articles ?? 0,
  };
  if (options.at !== undefined) {
    if (!inputs.agreements) throw new Error(`a date was asked for but the agreements were not given`);
    const standing = zoneAtDate(inputs.agreements, zone, options.at);
    properties.state = standing.state;
    properties.agreements = standing.agreements;
  }
  if (options.withExcerpts) {
    const coverage = inputs.coverage?.[zone];
    if (!coverage) throw new Error(`excerpts were asked for but the coverage of ${zone} was not given`);
    properties.excerpts = exportedExcerpts(zone, coverage, options.weakLinks === true);
  }
  const bbox = bboxOf([geometry], DECIMALS);
  return { type: 'Feature', id: zone, bbox, properties, geometry };
}

/** Build the export: RFC 7946 (WGS84, right-hand winding, 6 decimals, bbox, no crs), deterministic. */
export function buildExport(inputs: ExportInputs, options: ExportOptions = {}): ExportCollection {
  const wanted = new Set(options.zones ?? ZONE_IDS);
  const features = ZONE_IDS.filter((z) => wanted.has(z)).map((z) => zoneFeature(inputs, z, options));
  const owed = [inputs.zones.attribution ?? features[0]?.properties.attribution ?? '', inputs.index.attribution];
  const distinct = [...new Set(owed.map((a) => a.trim()).filter((a) => a !== ''))];
  // The coverage attribution often repeats the boundaries' one: keep only texts not contained in another.
  const attribution = distinct.filter((a) => !distinct.some((b) => b !== a && b.includes(a))).join(' | ');
  return {
    type: 'FeatureCollection',
    name: EXPORT_NAME,
    bbox: bboxOf(features.map((f) => f.geometry), DECIMALS),
    attribution,
    approximate: true,
    note: EXPORT_NOTE,
    generated_by: GENERATED_BY,
    ...(options.at === undefined ? {} : { at: options.at }),
    features,
  };
}
