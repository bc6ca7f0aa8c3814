// The project's own curated geo inputs (geo/curated/*.json): schemas and loading.
import { readFileSync } from 'node:fs';
import { array, boolean, number, object, optional, picklist, record, string, tuple, type InferOutput } from 'valibot';
import { LifecycleEvent, ZoneIdSchema, parseOrThrow } from '../../lib/schema.ts';
import { AgreementsCurated } from '../../lib/agreements/schema.ts';
import { agreementProblems } from '../../lib/agreements/check.ts';
import { HomographsCurated } from './homographs.ts';

/** A lifecycle event as curated: its source also worded in Arabic (moved to geo/agreements.json by the build). */
const CuratedLifecycleEvent = object({
  ...LifecycleEvent.entries,
  source: object({ title: string(), title_ar: string(), note: optional(string()), note_ar: optional(string()) }),
  /** The agreement in geo/curated/agreements.json the event belongs to. */
  agreement: optional(string()),
});
export type CuratedLifecycleEvent = InferOutput<typeof CuratedLifecycleEvent>;

const ZoneCurated = object({
  zone: ZoneIdSchema,
  source_id: number(),
  name_en: string(),
  short_en: string(),
  short_ar: string(),
  lifecycle: array(CuratedLifecycleEvent),
});

export const ZonesCurated = object({
  provenance: string(),
  provenance_ar: string(),
  clips: array(
    object({
      pcode: string(),
      zone: ZoneIdSchema,
      bbox: tuple([number(), number(), number(), number()]),
      why: string(),
      why_ar: string(),
      note: string(),
      note_ar: string(),
    }),
  ),
  notes: record(string(), string()),
  /** Every sub-district note in Arabic, by P-code (the build refuses a note without one). */
  notes_ar: record(string(), string()),
  method: object({ core: string(), partial: string(), excluded: string() }),
  method_ar: object({ core: string(), partial: string(), excluded: string() }),
  memorandum: CuratedLifecycleEvent,
  zones: array(ZoneCurated),
});
export type ZonesCurated = InferOutput<typeof ZonesCurated>;

const Point = tuple([number(), number()]);

const CuratedPlace = object({
  id: string(),
  name_ar: string(),
  name_en: string(),
  aliases_ar: array(string()),
  /** Add hamza-less and ه-for-ة spellings of every name automatically. */
  variants: optional(boolean()),
  point: optional(Point),
  note: optional(string()),
  /** The governorate a region lies in, when it lies in one (resolution reads its neighbours there). */
  adm1_pcode: optional(string()),
  /** A region the zones hold only part of: its links are partial-place, not zone-named. */
  partial: optional(boolean()),
  /**
   * A partial region that in the coverage nearly always means the zone (the Ghouta of Damascus, Hauran):
   * its links count as partial-place on their own. Other partial regions count only in an article that
   * also names a place of the zone.
   */
  mostly: optional(boolean()),
  /** A place abroad that shares its name with a Syrian one: its country's Arabic name. */
  country_ar: optional(string()),
});

const Countryside = object({
  name: string(),
  name_en: string(),
  /** all: ريف X الشمالي, الريف الشمالي لـX and شمال X; countryside: the first two; direction: the last. */
  forms: picklist(['all', 'countryside', 'direction']),
  /** Direction → zone id, `partial:<zone id>`, or left out for no zone. */
  directions: record(string(), string()),
});

export const RegionsCurated = object({
  regions: array(object({ ...CuratedPlace.entries, zones: array(ZoneIdSchema) })),
  foreign: array(object({ ...CuratedPlace.entries, point: Point })),
  /** Arabic aliases of admin units that name a wider region or another unit: never used as aliases. */
  dropped_admin_aliases: array(object({ pcode: string(), alias: string(), why: string() })),
  /** Arabic names of neighbouring countries keyed by world-atlas name. */
  neighbours: record(string(), string()),
  /** Arabic names for GeoNames places that carry none, keyed by GeoNames id. */
  town_names_ar: record(string(), string()),
  /** English display names for GeoNames places, keyed by GeoNames id. */
  town_names_en: record(string(), string()),
  /** Label priority of towns (1 = first): the first rule a town meets gives its rank. */
  place_rank: array(object({ rank: number(), feature_codes: optional(array(string())), min_population: optional(number()) })),
  /** Corrections to OCHA community and neighbourhood rows, keyed by OCHA code. */
  ocha: object({ points: record(string(), Point), aliases: record(string(), array(string())) }),
  /** The directional countryside of each governorate, mapped to zones. */
  countryside: object({ governorates: array(Countryside) }),
});
export type RegionsCurated = InferOutput<typeof RegionsCurated>;

export const CURATED_FILES = { zones: 'geo/curated/zones.json', regions: 'geo/curated/regions.json', homographs: 'geo/curated/homographs.json' } as const;

function readCurated(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (err) {
    throw new Error(`${file}: cannot read curated input (${(err as Error).message})`);
  }
}

export function loadZonesCurated(file: string): ZonesCurated {
  return parseOrThrow(ZonesCurated, readCurated(file), file);
}

export function loadRegionsCurated(file: string): RegionsCurated {
  return parseOrThrow(RegionsCurated, readCurated(file), file);
}

export const AGREEMENTS_FILE = 'geo/curated/agreements.json';

/** The curated agreements, validated against the schema and checked across entries. */
export function loadAgreementsCurated(file: string): AgreementsCurated {
  const curated = parseOrThrow(AgreementsCurated, readCurated(file), file);
  const problems = agreementProblems(curated);
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  return curated;
}

export function loadHomographsCurated(file: string): HomographsCurated {
  return parseOrThrow(HomographsCurated, readCurated(file), file);
}
