// The shape of an exported file: one FeatureCollection, one feature per zone. Validated before
// the CLI writes it, and usable by the viewer to check its own downloads.
import { array, boolean, literal, nullable, number, object, optional, picklist, string, type InferOutput } from 'valibot';
import { LifecycleEvent, STRENGTHS, ZoneIdSchema } from '../schema.ts';
import { ZONE_STATES } from '../agreements/schema.ts';

const Ring = array(array(number()));
export const ExportGeometry = object({ type: literal('MultiPolygon'), coordinates: array(array(Ring)) });

export const ExportedExcerpt = object({
  id: string(),
  article_id: string(),
  title: string(),
  outlet: nullable(string()),
  date: nullable(string()),
  url: nullable(string()),
  text: string(),
  /** The place names, as written in the text, that linked the excerpt to the zone. */
  places: array(string()),
  strength: picklist(STRENGTHS),
});
export type ExportedExcerpt = InferOutput<typeof ExportedExcerpt>;

/**
 * Sub-districts as objects rather than bare p-codes: GDAL reads an array of objects as one JSON
 * field, which GeoPackage keeps; an array of strings becomes a StringList that GeoPackage lacks.
 */
export const SubDistrictRef = object({ pcode: string(), name_en: string(), name_ar: string(), verify: boolean() });
export type SubDistrictRef = InferOutput<typeof SubDistrictRef>;

const ExportPropertiesBase = {
  id: ZoneIdSchema,
  name_ar: string(),
  name_en: string(),
  short_ar: string(),
  short_en: string(),
  lifecycle: array(LifecycleEvent),
  approximate: literal(true),
  method: string(),
  provenance: string(),
  attribution: string(),
  /** Which parts make up the geometry: 'core+partial' or 'core'. */
  geometry_parts: picklist(['core+partial', 'core']),
  area_km2: number(),
  core_sub_districts: array(SubDistrictRef),
  partial_sub_districts: array(SubDistrictRef),
  excluded_sub_districts: array(SubDistrictRef),
  excerpt_count: number(),
  article_count: number(),
  /** With --at: the zone's state that day and the agreements standing (signed, in effect or ending it). */
  state: optional(picklist(ZONE_STATES)),
  agreements: optional(array(object({ id: string(), title_ar: string(), title_en: string() }))),
};

export const ExportProperties = object({
  ...ExportPropertiesBase,
});
export const ExportPropertiesWithExcerpts = object({
  ...ExportPropertiesBase,
  excerpts: array(ExportedExcerpt),
});
export type ExportProperties = InferOutput<typeof ExportProperties> & { excerpts?: ExportedExcerpt[] };

const BBox = array(number());

export const ExportFeature = object({
  type: literal('Feature'),
  id: ZoneIdSchema,
  bbox: BBox,
  properties: ExportProperties,
  geometry: ExportGeometry,
});
export const ExportFeatureWithExcerpts = object({
  type: literal('Feature'),
  id: ZoneIdSchema,
  bbox: BBox,
  properties: ExportPropertiesWithExcerpts,
  geometry: ExportGeometry,
});

const collectionMembers = {
  type: literal('FeatureCollection'),
  name: string(),
  bbox: BBox,
  attribution: string(),
  approximate: boolean(),
  note: string(),
  generated_by: string(),
  /** With --at: the day the states are given for. */
  at: optional(string()),
};
export const ExportCollectionSchema = object({ ...collectionMembers, features: array(ExportFeature) });
export const ExportCollectionWithExcerptsSchema = object({ ...collectionMembers, features: array(ExportFeatureWithExcerpts) });

export interface ExportFeatureOut {
  type: 'Feature';
  id: InferOutput<typeof ZoneIdSchema>;
  bbox: number[];
  properties: ExportProperties;
  geometry: InferOutput<typeof ExportGeometry>;
}

export interface ExportCollection {
  type: 'FeatureCollection';
  name: string;
  bbox: number[];
  attribution: string;
  approximate: boolean;
  note: string;
  generated_by: string;
  at?: string;
  features: ExportFeatureOut[];
}
