// Coordinate rounding and bounding boxes for GeoJSON geometries (pure, no I/O).
import type { Geometry, Position } from 'geojson';

export type BBox = [number, number, number, number];

/** Round to `decimals` places; -0 becomes 0 so output stays byte-stable. */
export function roundNumber(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

export function roundPosition(position: Position, decimals: number): Position {
  return [roundNumber(position[0] ?? 0, decimals), roundNumber(position[1] ?? 0, decimals)];
}

/** Round a line, dropping positions that repeat the previous one after rounding. */
export function roundLine(line: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const pos of line) {
    const next = roundPosition(pos, decimals);
    const prev = out[out.length - 1];
    if (prev && prev[0] === next[0] && prev[1] === next[1]) continue;
    out.push(next);
  }
  return out;
}

/** Round a ring; rings that collapse below four positions are dropped (returns null). */
export function roundRing(ring: Position[], decimals: number): Position[] | null {
  const out = roundLine(ring, decimals);
  return out.length >= 4 ? out : null;
}

function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
  const exterior = rings[0] ? roundRing(rings[0], decimals) : null;
  if (!exterior) return null;
  const holes = rings.slice(1).map((r) => roundRing(r, decimals));
  return [exterior, ...holes.filter((h): h is Position[] => h !== null)];
}

/**
 * Round every coordinate of a geometry. Degenerate rings and polygons are removed;
 * throws if nothing is left of a polygonal geometry.
 */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: roundPosition(geometry.coordinates, decimals) };
    case 'LineString':
      return { ...geometry, coordinates: roundLine(geometry.coordinates, decimals) };
    case 'MultiLineString':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((l) => roundLine(l, decimals)).filter((l) => l.length >= 2),
      };
    case 'Polygon': {
      const rings = roundPolygon(geometry.coordinates, decimals);
      if (!rings) throw new Error('polygon collapsed when rounding coordinates: no ring with 4 or more distinct positions left');
      return { ...geometry, coordinates: rings };
    }
    case 'MultiPolygon': {
      const polys = geometry.coordinates
        .map((p) => roundPolygon(p, decimals))
        .filter((p): p is Position[][] => p !== null);
      if (polys.length === 0) throw new Error('multipolygon collapsed when rounding coordinates: no ring with 4 or more distinct positions left');
      return { ...geometry, coordinates: polys };
    }
    default:
      throw new Error(`roundGeometry: unsupported geometry type ${geometry.type}`);
  }
}

/** Every position of a geometry, flattened. */
export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

/** [west, south, east, north] of the given geometries, rounded to `decimals`. */
export function bboxOf(geometries: Geometry[], decimals: number): BBox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const g of geometries) {
    for (const [x = 0, y = 0] of positionsOf(g)) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  if (!Number.isFinite(w)) throw new Error('bboxOf: no positions');
  return [roundNumber(w, decimals), roundNumber(s, decimals), roundNumber(e, decimals), roundNumber(n, decimals)];
}
