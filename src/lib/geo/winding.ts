// Ring orientation per RFC 7946 (right-hand rule): exterior rings counter-clockwise,
// holes clockwise. Computed on plain lon/lat, which is what the RFC asks for.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed planar area of a ring: positive when counter-clockwise. */
export function signedRingArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

export function isCounterClockwise(ring: Position[]): boolean {
  return signedRingArea(ring) > 0;
}

function polygonFollowsRule(rings: Position[][]): boolean {
  return rings.every((ring, i) => (i === 0 ? isCounterClockwise(ring) : !isCounterClockwise(ring)));
}

/** True when every exterior ring is counter-clockwise and every hole clockwise. */
export function followsRightHandRule(geometry: Polygon | MultiPolygon): boolean {
  if (geometry.type === 'Polygon') return polygonFollowsRule(geometry.coordinates);
  return geometry.coordinates.every(polygonFollowsRule);
}

function orientPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const wantCcw = i === 0;
    return isCounterClockwise(ring) === wantCcw ? ring : [...ring].reverse();
  });
}

/** A copy of the geometry with rings reoriented to the right-hand rule. */
export function orientRightHand<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: orientPolygon(geometry.coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(orientPolygon) } as G;
}
