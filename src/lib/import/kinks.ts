// Self-intersections, per polygon (Turf `kinks` is quadratic, so large polygons are skipped and
// reported as not checked rather than freezing the worker), and their repair: Turf `unkinkPolygon`
// splits a polygon that crosses itself into simple ones at the crossings. A bow tie's two halves wind
// opposite ways and cancel out when filled, so unrepaired it is not drawn at all.
import { kinks, polygon as turfPolygon, unkinkPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export const KINKS_VERTEX_LIMIT = 5_000;

export interface KinkReport {
  points: number;
  first: [number, number] | null;
  unchecked: number;
}

export function selfIntersections(geometry: Polygon | MultiPolygon): KinkReport {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const report: KinkReport = { points: 0, first: null, unchecked: 0 };
  for (const rings of polygons) {
    const vertices = rings.reduce((n, ring) => n + ring.length, 0);
    if (vertices > KINKS_VERTEX_LIMIT) {
      report.unchecked += 1;
      continue;
    }
    const found = kinks({ type: 'Polygon', coordinates: rings });
    report.points += found.features.length;
    const at = found.features[0]?.geometry.coordinates;
    if (!report.first && at) report.first = [Number((at[0] ?? 0).toFixed(5)), Number((at[1] ?? 0).toFixed(5))];
  }
  return report;
}

/** The polygon split into simple polygons at its self-intersections (as a MultiPolygon). */
export function unkinked(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const parts: Position[][][] = [];
  for (const rings of polygons) {
    for (const piece of unkinkPolygon(turfPolygon(rings)).features) parts.push(piece.geometry.coordinates);
  }
  return { type: 'MultiPolygon', coordinates: parts };
}
