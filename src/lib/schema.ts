// One schema for everything the pipeline writes and the viewer reads.
// Types are inferred from it; `parseOrThrow` validates at each boundary.
import {
  array,
  boolean,
  literal,
  nullable,
  number,
  object,
  optional,
  pick,
  picklist,
  record,
  safeParse,
  string,
  tuple,
  union,
  type GenericSchema,
  type InferOutput,
} from 'valibot';

export const ZONE_IDS = ['idlib', 'north-homs', 'eastern-ghouta', 'south'] as const;
export type ZoneId = (typeof ZONE_IDS)[number];
export const ZoneIdSchema = picklist(ZONE_IDS);

export const PARTS = ['core', 'partial', 'excluded'] as const;
export type Part = (typeof PARTS)[number];

const Position = array(number());
/** A GeoJSON bbox: [w, s, e, n] (or 6 numbers with elevation), typed as GeoJSON's own BBox. */
export const BBoxSchema = union([
  tuple([number(), number(), number(), number()]),
  tuple([number(), number(), number(), number(), number(), number()]),
]);
const PolygonCoords = array(array(Position));
export const PolygonalGeometry = union([
  object({ type: literal('Polygon'), coordinates: PolygonCoords }),
  object({ type: literal('MultiPolygon'), coordinates: array(PolygonCoords) }),
]);

/** Where a lifecycle event comes from (English title; its Arabic title and notes are in geo/agreements.json, `lifecycle_sources`). */
const Source = object({ title: string(), note: optional(string()) });

export const LifecycleEvent = object({
  kind: picklist(['memorandum', 'in-force', 'boundaries-agreed', 'ended', 'later']),
  /** ISO date (YYYY-MM-DD); `end` where the event spans days. */
  date: string(),
  end: optional(string()),
  label_en: string(),
  label_ar: string(),
  source: Source,
});
export type LifecycleEvent = InferOutput<typeof LifecycleEvent>;

export const SubDistrict = object({
  pcode: string(),
  name_en: string(),
  name_ar: string(),
  note: optional(string()),
  note_ar: optional(string()),
  verify: boolean(),
  /** Only part of the sub-district is drawn (Damascus: the Jobar quarter): a place in it counts only inside. */
  clipped: optional(boolean()),
});
export type SubDistrict = InferOutput<typeof SubDistrict>;

/** Properties of one feature of geo/zones.geojson: one feature per zone and part. */
export const ZonePartProperties = object({
  zone: ZoneIdSchema,
  part: picklist(PARTS),
  name_ar: string(),
  name_en: string(),
  short_ar: string(),
  short_en: string(),
  lifecycle: array(LifecycleEvent),
  sub_districts: array(SubDistrict),
  area_km2: number(),
  /** [lon, lat] inside this part's geometry, where its label goes. */
  label_point: tuple([number(), number()]),
  approximate: literal(true),
  method: string(),
  /** `method` and `provenance` in Arabic (the geo build always writes them; hand-made fixtures may not). */
  method_ar: optional(string()),
  provenance: string(),
  provenance_ar: optional(string()),
  attribution: string(),
});
export type ZonePartProperties = InferOutput<typeof ZonePartProperties>;

/** A zone part as a GeoJSON feature with the given properties, and a collection of such features. */
const partFeature = <P extends GenericSchema>(properties: P) =>
  object({ type: literal('Feature'), id: string(), bbox: optional(BBoxSchema), properties, geometry: PolygonalGeometry });
const partCollection = <F extends GenericSchema>(feature: F) =>
  object({ type: literal('FeatureCollection'), bbox: optional(BBoxSchema), attribution: optional(string()), features: array(feature) });

export const ZonePartFeature = partFeature(ZonePartProperties);
export type ZonePartFeature = InferOutput<typeof ZonePartFeature>;

export const ZonesCollection = partCollection(ZonePartFeature);
export type ZonesCollection = InferOutput<typeof ZonesCollection>;

/**
 * Properties of one feature of geo/zones-map.geojson, the part of geo/zones.geojson the first load
 * fetches: what the map draws and the zone list names. Lifecycle, sub-districts, method, provenance
 * and attribution stay in geo/zones.geojson, fetched once the map is idle or when a panel needs them.
 */
export const ZoneMapProperties = pick(ZonePartProperties, ['zone', 'part', 'name_ar', 'name_en', 'short_ar', 'short_en', 'label_point']);
export type ZoneMapProperties = InferOutput<typeof ZoneMapProperties>;

export const ZoneMapFeature = partFeature(ZoneMapProperties);
export type ZoneMapFeature = InferOutput<typeof ZoneMapFeature>;

export const ZonesMapCollection = partCollection(ZoneMapFeature);
export type ZonesMapCollection = InferOutput<typeof ZonesMapCollection>;

/** One entry of geo/gazetteer.json. */
export const PlaceKind = picklist(['adm1', 'adm2', 'adm3', 'town', 'region', 'foreign']);
export type PlaceKind = InferOutput<typeof PlaceKind>;

export const GazetteerEntry = object({
  id: string(),
  kind: PlaceKind,
  name_ar: string(),
  name_en: string(),
  /** Arabic spellings that also name this place (original forms, NFC). */
  aliases_ar: array(string()),
  pcode: optional(string()),
  adm1_pcode: optional(string()),
  /** For communities and neighbourhoods: the OCHA sub-district (admin 3) they lie in. */
  adm3_pcode: optional(string()),
  /** For neighbourhoods: the id of the community (city) they belong to. */
  parent: optional(string()),
  /** For places outside Syria: the Arabic name of their country (a homonym abroad is read there when the article names it). */
  country_ar: optional(string()),
  /** [lon, lat] rounded to 5 decimals; absent for regions without one point. */
  point: optional(tuple([number(), number()])),
  population: optional(number()),
  outside_syria: boolean(),
  /** For curated regions: the zones the name stands for. */
  zones: optional(array(ZoneIdSchema)),
  /** For curated regions the zones hold only part of: links of strength partial-place. */
  partial: optional(boolean()),
  /** A partial region the press means the zone by (the Ghouta of Damascus): partial-place evidence even alone. */
  mostly: optional(boolean()),
  source: picklist(['opensyria', 'geonames', 'ocha', 'curated']),
});
export type GazetteerEntry = InferOutput<typeof GazetteerEntry>;

export const Gazetteer = object({
  attribution: string(),
  /**
   * Normalised names that are also common Arabic words or personal names (الزيارة "the visit", جاسم):
   * read as a place only with a cue. Derived by the geo build from a dictionary, plus the curated list.
   */
  homographs: optional(array(string())),
  /** Homographs whose everyday sense is an adverb: after a preposition they are the place. */
  homograph_adverbs: optional(array(string())),
  /** Homographs that name a Syrian region («الغوطة»): in an article about Syria they are the region. */
  homograph_regions: optional(array(string())),
  entries: array(GazetteerEntry),
});
export type Gazetteer = InferOutput<typeof Gazetteer>;

// ---- coverage written by the ingest (data/) ----

export const STRENGTHS = ['zone-named', 'core-place', 'partial-place', 'governorate-only', 'general'] as const;
export type Strength = (typeof STRENGTHS)[number];
/** A strength's place in STRENGTHS: 0 for the strongest. */
export const strengthRank = (s: Strength): number => STRENGTHS.indexOf(s);

export const Evidence = object({
  start: number(),
  end: number(),
  surface: string(),
  place_id: nullable(string()),
  rule: string(),
  /** This row's own strength (the link's strength is the strongest of its rows). */
  strength: optional(picklist(STRENGTHS)),
});
export type Evidence = InferOutput<typeof Evidence>;

export const ZoneLink = object({
  zone: ZoneIdSchema,
  strength: picklist(STRENGTHS),
  evidence: array(Evidence),
});
export type ZoneLink = InferOutput<typeof ZoneLink>;

/** An excerpt's link to an agreement of geo/agreements.json: by a name of it, or by «الاتفاق» with the zone and date. */
export const AgreementLink = object({
  agreement: string(),
  rule: picklist(['agreement-named', 'generic-zone-date']),
  evidence: array(Evidence),
});
export type AgreementLink = InferOutput<typeof AgreementLink>;

export const Mention = object({
  start: number(),
  end: number(),
  surface: string(),
  place_id: string(),
});
export type Mention = InferOutput<typeof Mention>;

export const ArticleMeta = object({
  id: string(),
  file: string(),
  title: string(),
  outlet: nullable(string()),
  date: nullable(string()),
  url: nullable(string()),
  /** Which of title / outlet / date were inferred from the text rather than given. */
  inferred: array(picklist(['title', 'outlet', 'date'])),
});
export type ArticleMeta = InferOutput<typeof ArticleMeta>;

export const Excerpt = object({
  id: string(),
  article_id: string(),
  /** Offsets (UTF-16 code units) into the article's cleaned text. */
  start: number(),
  end: number(),
  text: string(),
  mentions: array(Mention),
  links: array(ZoneLink),
  /** The agreements it reports on (absent when none). */
  agreements: optional(array(AgreementLink)),
});
export type Excerpt = InferOutput<typeof Excerpt>;

export const Comment = object({ start: number(), end: number(), text: string() });

/** Where one excerpt of an article sits in the paged coverage: one entry per excerpt and coverage file. */
export const ExcerptLocation = object({
  excerpt_id: string(),
  zone: union([ZoneIdSchema, literal('general')]),
  page: number(),
});
export type ExcerptLocation = InferOutput<typeof ExcerptLocation>;

/**
 * data/articles/<id>.json. Excerpt ids are `<article_id>-NNN` (NNN from 001, body order), so a shared
 * link naming an excerpt is resolved by fetching its article file and then the one page in `locations`.
 */
export const ArticleText = object({
  id: string(),
  title: string(),
  body: string(),
  comments: array(Comment),
  /** What the source record said about the article besides its title, date, outlet and URL. */
  about: optional(
    object({
      source_id: optional(string()),
      category: optional(string()),
      author: optional(string()),
      abstract: optional(string()),
      /** Place of filing named by the dateline or author line, and the credit it gives. */
      filed_from: optional(string()),
      credit: optional(string()),
    }),
  ),
  /** Each of this article's excerpts, per coverage file it is in: that file's zone and page (sorted). */
  locations: array(ExcerptLocation),
});
export type ArticleText = InferOutput<typeof ArticleText>;

// ---- paged coverage ----
// A zone's coverage (and the general coverage) is cut into pages of PAGE_SIZE excerpts:
// data/zones/<zone>/<n>.json for zone ∈ idlib, north-homs, eastern-ghouta, south, general and
// n = 0, 1, 2, … Page n holds the excerpts at positions n×PAGE_SIZE … (n+1)×PAGE_SIZE−1 of the zone's
// reading order (articles by date, undated last, then by article id; an article's excerpts in body
// order), and the metadata of just the articles those excerpts belong to. Every page says its number,
// how many pages the zone has and how many excerpts in all; a zone without excerpts has one page 0 with
// empty lists. index.json gives each zone's page count; places.json, for each place, the pages holding
// its excerpts; each article file, the page of each of its excerpts. Concatenating a zone's pages in
// order gives back the zone's whole coverage (ZoneCoverage).
export const PAGE_SIZE = 30;

/** One zone's coverage, texts included (what its pages add up to). */
export const ZoneCoverage = object({
  zone: union([ZoneIdSchema, literal('general')]),
  articles: array(ArticleMeta),
  excerpts: array(Excerpt),
});
export type ZoneCoverage = InferOutput<typeof ZoneCoverage>;

/** data/zones/<zone>/<n>.json: page `page` of `pages`, out of `total` excerpts in the zone. */
export const ZoneCoveragePage = object({
  ...ZoneCoverage.entries,
  page: number(),
  pages: number(),
  total: number(),
});
export type ZoneCoveragePage = InferOutput<typeof ZoneCoveragePage>;

/** One page of one coverage file. */
export const PageRef = object({ zone: union([ZoneIdSchema, literal('general')]), page: number() });
export type PageRef = InferOutput<typeof PageRef>;

export const PlaceUse = object({
  place_id: string(),
  name_ar: string(),
  name_en: string(),
  kind: PlaceKind,
  point: nullable(tuple([number(), number()])),
  count: number(),
  excerpt_ids: array(string()),
  zones: array(ZoneIdSchema),
  /** The distinct pages holding its excerpts: coverage files in ZONE_IDS order then general, pages ascending. */
  pages: array(PageRef),
});
export type PlaceUse = InferOutput<typeof PlaceUse>;

/** data/index.json: the light index the viewer loads first; it does not grow with the corpus. */
export const CoverageIndex = object({
  generated_from: string(),
  articles: number(),
  excerpts: number(),
  per_zone: record(
    string(),
    object({ excerpts: number(), articles: number(), first: nullable(string()), last: nullable(string()), pages: number() }),
  ),
  attribution: string(),
});
export type CoverageIndex = InferOutput<typeof CoverageIndex>;

export class SchemaError extends Error {
  constructor(
    readonly where: string,
    readonly issues: string[],
  ) {
    super(`${where}: ${issues.slice(0, 5).join('; ')}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}`);
    this.name = 'SchemaError';
  }
}

/** Validate `value` against `schema`; throw a SchemaError naming `where` (a file or URL) on failure. */
export function parseOrThrow<S extends GenericSchema>(schema: S, value: unknown, where: string): InferOutput<S> {
  const result = safeParse(schema, value);
  if (result.success) return result.output;
  throw new SchemaError(
    where,
    result.issues.map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '(root)';
      return `${path}: ${issue.message}`;
    }),
  );
}
