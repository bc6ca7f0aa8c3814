// Result of checking a user's GeoJSON file before it is drawn as an overlay.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type ImportErrorCode =
  | 'empty'
  | 'unreadable'
  | 'too-large'
  | 'not-utf8'
  | 'not-json'
  | 'topojson'
  | 'not-geojson'
  | 'invalid-geometry'
  | 'wrong-geometry'
  | 'no-features'
  | 'not-wgs84'
  | 'swapped-coordinates'
  | 'outside-region';

export type ImportWarningCode =
  | 'skipped-features'
  | 'self-intersection'
  | 'kinks-not-checked'
  | 'outside-region'
  | 'crs-ignored';

export interface ImportMessage<C extends string = string> {
  code: C;
  /** One line naming the file and the problem, in English and in Arabic. */
  message: string;
  message_ar: string;
}

export type OverlayFeature = Feature<Polygon | MultiPolygon>;

export interface ImportedFeatureSummary {
  /** Position of the feature in the file's feature list (0-based). */
  index: number;
  id: string | number | null;
  name: string;
  area_km2: number;
  self_intersections: number;
}

export interface ImportOk {
  ok: true;
  name: string;
  bytes: number;
  collection: FeatureCollection<Polygon | MultiPolygon>;
  features: ImportedFeatureSummary[];
  bbox: [number, number, number, number];
  warnings: ImportMessage<ImportWarningCode>[];
}

export interface ImportFailed {
  ok: false;
  name: string;
  bytes: number;
  error: ImportMessage<ImportErrorCode>;
}

export type ImportResult = ImportOk | ImportFailed;

/** Files above this many bytes are refused before they are read (1 MB = 1,000,000 bytes). */
export const MAX_IMPORT_BYTES = 25_000_000;

/** Where overlays belong: Syria and its neighbours (lon 25–50 E, lat 25–45 N). */
export const REGION_BBOX: [number, number, number, number] = [25, 25, 50, 45];

/** The one layer of every overlay's vector tiles (the map's layers name it as their `source-layer`). */
export const OVERLAY_TILE_LAYER = 'overlay';
/** Overlay tiles are cut down to this zoom; the map overzooms beyond it. */
export const OVERLAY_TILE_MAX_ZOOM = 16;
