// RFC 7946 post-processing of exported zone geometry: 6 decimals, right-hand winding, one
// geometry type (MultiPolygon) for the whole layer. Rounding and winding are the geo build's own.
import type { MultiPolygon, Polygon } from 'geojson';
import { roundGeometry } from '../geo/round.ts';
import { orientRightHand } from '../geo/winding.ts';

export const DECIMALS = 6;

export type Polygonal = Polygon | MultiPolygon;

/**
 * Round to 6 decimals and wind by the right-hand rule. A single Polygon becomes a one-part
 * MultiPolygon so that a layer keeps one geometry type. Throws when nothing drawable is left.
 */
export function normaliseGeometry(geometry: Polygonal): MultiPolygon {
  const multi: MultiPolygon =
    geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [geometry.coordinates] } : geometry;
  return orientRightHand(roundGeometry(multi, DECIMALS));
}
