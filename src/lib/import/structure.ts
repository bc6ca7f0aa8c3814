// Structural check of parsed JSON as GeoJSON: what the top level is, which features carry
// polygons, and whether their coordinates are well formed. Region checks come afterwards.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { OverlayFeature } from './types.ts';

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'];

export type StructureProblem =
  | { kind: 'topojson' }
  | { kind: 'not-geojson'; detail: string }
  | { kind: 'invalid-geometry'; detail: string };

export interface Structure {
  /** Polygonal features, each with its index in the file. */
  polygons: { index: number; feature: OverlayFeature }[];
  /** Geometry types of skipped features ("null" for features without geometry). */
  skipped: string[];
  total: number;
  hasCrs: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring)) return 'a ring is not an array of positions';
  for (const p of ring) {
    if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return `a position is ${JSON.stringify(p)?.slice(0, 40) ?? 'undefined'}, not [longitude, latitude]`;
    }
  }
  if (ring.length < 4) return `a ring has ${ring.length} positions; at least 4 are needed`;
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) return 'a ring is not closed (its first and last positions differ)';
  return null;
}

function polygonProblem(rings: unknown): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return 'a polygon has no rings';
  for (const ring of rings) {
    const problem = ringProblem(ring);
    if (problem) return problem;
  }
  return null;
}

function geometryProblem(geometry: Record<string, unknown>): string | null {
  const coords = geometry.coordinates;
  if (geometry.type === 'Polygon') return polygonProblem(coords);
  if (!Array.isArray(coords) || coords.length === 0) return 'a MultiPolygon has no polygons';
  for (const polygon of coords) {
    const problem = polygonProblem(polygon);
    if (problem) return problem;
  }
  return null;
}

function topLevelFeatures(root: Record<string, unknown>): unknown[] | StructureProblem {
  const type = root.type;
  if (type === 'Topology') return { kind: 'topojson' };
  if (type === 'FeatureCollection') {
    return Array.isArray(root.features) ? root.features : { kind: 'not-geojson', detail: '"features" is not an array' };
  }
  if (type === 'Feature') return [root];
  if (typeof type === 'string' && GEOMETRY_TYPES.includes(type)) return [{ type: 'Feature', properties: {}, geometry: root }];
  if (type === undefined) return { kind: 'not-geojson', detail: 'the top-level object has no "type" member' };
  return { kind: 'not-geojson', detail: `"type" is ${JSON.stringify(type)}, not a GeoJSON type` };
}

/** Sort parsed JSON into drawable polygon features and skipped ones, or name the problem. */
export function readStructure(value: unknown): Structure | StructureProblem {
  if (!isRecord(value)) return { kind: 'not-geojson', detail: `the top level is ${describe(value)}, not an object` };
  const list = topLevelFeatures(value);
  if (!Array.isArray(list)) return list;
  const out: Structure = { polygons: [], skipped: [], total: list.length, hasCrs: value.crs !== undefined };
  for (const [index, item] of list.entries()) {
    if (!isRecord(item) || item.type !== 'Feature') return { kind: 'not-geojson', detail: `feature ${index + 1} is not a Feature object` };
    const geometry = item.geometry;
    if (geometry === null || geometry === undefined) {
      out.skipped.push('null');
      continue;
    }
    if (!isRecord(geometry) || typeof geometry.type !== 'string' || !GEOMETRY_TYPES.includes(geometry.type)) {
      return { kind: 'not-geojson', detail: `feature ${index + 1} has no valid geometry "type"` };
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      out.skipped.push(geometry.type);
      continue;
    }
    const problem = geometryProblem(geometry);
    if (problem) return { kind: 'invalid-geometry', detail: `feature ${index + 1}: ${problem}` };
    const properties = isRecord(item.properties) ? item.properties : {};
    const id = typeof item.id === 'string' || typeof item.id === 'number' ? item.id : undefined;
    const feature: OverlayFeature = {
      type: 'Feature',
      ...(id !== undefined ? { id } : {}),
      properties,
      geometry: geometry as unknown as Polygon | MultiPolygon,
    };
    out.polygons.push({ index, feature });
  }
  return out;
}
