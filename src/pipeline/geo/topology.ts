// Simplify a TopoJSON topology arc by arc, so that neighbouring polygons keep sharing their edges.
import { lineString, simplify } from '@turf/turf';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';

/** Absolute coordinates of every arc (undoes quantisation and delta encoding). */
export function decodeArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0] ?? 0, p[1] ?? 0]);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0] ?? 0;
      y += p[1] ?? 0;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/**
 * A copy of the topology with each arc simplified (Douglas-Peucker, `tolerance` in degrees).
 * Arc end points stay, so shared boundaries stay shared; closed arcs keep at least four points.
 * `perArc` gives some arcs (by index) a tolerance of their own; 0 leaves an arc as it is.
 */
export function simplifyTopology(topology: Topology, tolerance: number, perArc: Map<number, number> = new Map()): Topology {
  const arcs = decodeArcs(topology).map((arc, i) => {
    const tol = perArc.get(i) ?? tolerance;
    if (arc.length <= 2 || tol === 0) return arc;
    const closed = samePosition(arc[0], arc[arc.length - 1]);
    const simple = simplify(lineString(arc), { tolerance: tol, highQuality: true }).geometry.coordinates;
    return closed && simple.length < 4 ? arc : simple;
  });
  return { type: 'Topology', objects: topology.objects, arcs };
}

/** Indices of the arcs whose bounding box holds `point` (within `eps` degrees). */
export function arcsNear(topology: Topology, point: Position, eps: number): number[] {
  const [x = 0, y = 0] = point;
  const found: number[] = [];
  topology.arcs.forEach((arc, i) => {
    const xs = arc.map((p) => p[0] ?? 0);
    const ys = arc.map((p) => p[1] ?? 0);
    if (x >= Math.min(...xs) - eps && x <= Math.max(...xs) + eps && y >= Math.min(...ys) - eps && y <= Math.max(...ys) + eps) {
      found.push(i);
    }
  });
  return found;
}
