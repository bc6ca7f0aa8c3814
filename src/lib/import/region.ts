// Where a feature lies: near Syria, swapped (latitude first), far away, or not in degrees at all.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { inSyria } from './syria-outline.ts';
import { REGION_BBOX } from './types.ts';

export type Box = [number, number, number, number];
export type Placement = 'in-region' | 'swapped' | 'outside';

export function geometryBox(geometry: Polygon | MultiPolygon): Box {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [x = 0, y = 0] of ring) {
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
      }
    }
  }
  return box;
}

export function unionBox(boxes: readonly Box[]): Box {
  return boxes.reduce<Box>(
    (acc, b) => [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

function intersects(a: Box, b: Box): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** True when every ordinate is a plausible longitude (±180) or latitude (±90). */
export function isDegrees(box: Box): boolean {
  return box[0] >= -180 && box[2] <= 180 && box[1] >= -90 && box[3] <= 90;
}

/** Up to `max` positions of the geometry's exterior rings, evenly spread. */
function samplePositions(geometry: Polygon | MultiPolygon, max = 400): Position[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const all = polygons.flatMap((rings) => rings[0] ?? []);
  const step = Math.max(1, Math.ceil(all.length / max));
  return all.filter((_, i) => i % step === 0);
}

function shareInSyria(positions: readonly Position[], mirrored: boolean): number {
  if (positions.length === 0) return 0;
  const hits = positions.filter(([x = 0, y = 0]) => (mirrored ? inSyria(y, x) : inSyria(x, y))).length;
  return hits / positions.length;
}

/**
 * "swapped" when none of the feature's sampled vertices lie in Syria but most of them would with
 * x and y exchanged (judged on Syria's outline: a bounding box cannot tell, because north-western
 * Syria lies near the diagonal lon = lat); "outside" when its box misses the region (25–50 E,
 * 25–45 N); otherwise "in-region".
 */
export function placementOf(geometry: Polygon | MultiPolygon, box: Box): Placement {
  const sample = samplePositions(geometry);
  if (shareInSyria(sample, false) === 0 && shareInSyria(sample, true) >= 0.5) return 'swapped';
  return intersects(box, REGION_BBOX) ? 'in-region' : 'outside';
}

/** A position of the box outside the degree range, rounded for a message. */
export function outOfRangeExample(box: Box): [number, number] {
  const x = Math.abs(box[0]) > Math.abs(box[2]) ? box[0] : box[2];
  const y = Math.abs(box[1]) > Math.abs(box[3]) ? box[1] : box[3];
  return [Math.round(x), Math.round(y)];
}
