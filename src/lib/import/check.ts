// The import checker: bytes or text in, a drawable overlay or one specific message out.
// Pure (no DOM): runs in the import Web Worker and in unit tests alike.
import { area } from '@turf/turf';
import { importError, importWarning, texts } from './messages.ts';
import { geometryBox, isDegrees, outOfRangeExample, placementOf, unionBox, type Box } from './region.ts';
import { selfIntersections, unkinked, KINKS_VERTEX_LIMIT } from './kinks.ts';
import { readStructure } from './structure.ts';
import {
  MAX_IMPORT_BYTES,
  type ImportErrorCode,
  type ImportFailed,
  type ImportedFeatureSummary,
  type ImportMessage,
  type ImportResult,
  type ImportWarningCode,
  type OverlayFeature,
} from './types.ts';

export interface CheckOptions {
  /** Largest accepted file in bytes; MAX_IMPORT_BYTES by default. */
  maxBytes?: number;
}

function fail(name: string, bytes: number, code: ImportErrorCode, t: [string, string]): ImportFailed {
  return { ok: false, name, bytes, error: importError(code, name, t) };
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Refusal by size, checked before anything is read or parsed. */
export function checkSize(bytes: number, name: string, options: CheckOptions = {}): ImportFailed | null {
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes === 0) return fail(name, bytes, 'empty', texts.empty());
  if (bytes > limit) return fail(name, bytes, 'too-large', texts.tooLarge(bytes, limit));
  return null;
}

function jsonDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 120 ? `${message.slice(0, 117)}...` : message;
}

function displayName(feature: OverlayFeature, index: number): string {
  const p = feature.properties ?? {};
  for (const key of ['name_en', 'name', 'name_ar', 'NAME', 'title']) {
    const v: unknown = p[key];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return feature.id !== undefined ? String(feature.id) : `feature ${index + 1}`;
}

/** Check text already in memory (a BOM is tolerated). `bytes` defaults to its UTF-8 length. */
export function checkImportText(text: string, name: string, bytes?: number, options: CheckOptions = {}): ImportResult {
  const size = bytes ?? utf8Length(text);
  const refused = checkSize(size, name, options);
  if (refused) return refused;
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail(name, size, 'not-json', texts.notJson(jsonDetail(error)));
  }
  const structure = readStructure(value);
  if (!('polygons' in structure)) {
    if (structure.kind === 'topojson') return fail(name, size, 'topojson', texts.topojson());
    if (structure.kind === 'invalid-geometry') return fail(name, size, 'invalid-geometry', texts.invalidGeometry(structure.detail));
    return fail(name, size, 'not-geojson', texts.notGeojson(structure.detail));
  }
  if (structure.total === 0) return fail(name, size, 'no-features', texts.noFeatures());
  const skippedTypes = [...new Set(structure.skipped)].sort();
  if (structure.polygons.length === 0) return fail(name, size, 'wrong-geometry', texts.wrongGeometry(skippedTypes));

  const boxes: Box[] = structure.polygons.map((p) => geometryBox(p.feature.geometry));
  const all = unionBox(boxes);
  if (!isDegrees(all)) return fail(name, size, 'not-wgs84', texts.notWgs84(...outOfRangeExample(all)));
  const placements = structure.polygons.map((p, i) => placementOf(p.feature.geometry, boxes[i] ?? all));
  if (placements.every((p) => p === 'swapped')) return fail(name, size, 'swapped-coordinates', texts.swapped());
  if (placements.every((p) => p !== 'in-region')) {
    return fail(name, size, 'outside-region', texts.outside(all.map((n) => Number(n.toFixed(3)))));
  }

  const warnings: ImportMessage<ImportWarningCode>[] = [];
  if (structure.hasCrs) warnings.push(importWarning('crs-ignored', name, texts.crsIgnored()));
  if (skippedTypes.length > 0) warnings.push(importWarning('skipped-features', name, texts.skipped(structure.skipped.length, skippedTypes)));
  const outside = placements.filter((p) => p !== 'in-region').length;
  if (outside > 0) warnings.push(importWarning('outside-region', name, texts.outsideSome(outside)));

  const summaries: ImportedFeatureSummary[] = [];
  let kinked = 0;
  let kinkPoints = 0;
  let firstKink: [number, number] | null = null;
  let unchecked = 0;
  let repaired = 0;
  const drawn: OverlayFeature[] = [];
  for (const { index, feature: given } of structure.polygons) {
    const report = selfIntersections(given.geometry);
    let feature = given;
    if (report.points > 0) {
      kinked += 1;
      // Split at the crossings so it can be drawn; a repair that fails leaves the feature as it was.
      try {
        feature = { ...given, geometry: unkinked(given.geometry) };
        repaired += 1;
      } catch {
        feature = given;
      }
    }
    drawn.push(feature);
    kinkPoints += report.points;
    firstKink ??= report.first;
    unchecked += report.unchecked;
    summaries.push({
      index,
      id: feature.id ?? null,
      name: displayName(feature, index),
      area_km2: area(feature.geometry) / 1_000_000,
      self_intersections: report.points,
    });
  }
  if (kinked > 0) warnings.push(importWarning('self-intersection', name, texts.selfIntersection(kinked, kinkPoints, firstKink, repaired)));
  if (unchecked > 0) warnings.push(importWarning('kinks-not-checked', name, texts.kinksSkipped(unchecked, KINKS_VERTEX_LIMIT)));

  return {
    ok: true,
    name,
    bytes: size,
    collection: { type: 'FeatureCollection', features: drawn },
    features: summaries,
    bbox: all,
    warnings,
  };
}

/** Check raw bytes: size first, then strict UTF-8 decoding, then the text checks. */
export function checkImportBytes(data: Uint8Array, name: string, options: CheckOptions = {}): ImportResult {
  const refused = checkSize(data.byteLength, name, options);
  if (refused) return refused;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return fail(name, data.byteLength, 'not-utf8', texts.notUtf8());
  }
  return checkImportText(text, name, data.byteLength, options);
}

/** Check a File or Blob; an oversized or empty one is refused without being read. */
export async function checkImportBlob(blob: Blob, name: string, options: CheckOptions = {}): Promise<ImportResult> {
  const refused = checkSize(blob.size, name, options);
  if (refused) return refused;
  return checkImportBytes(new Uint8Array(await blob.arrayBuffer()), name, options);
}
