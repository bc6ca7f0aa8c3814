// A point guaranteed to lie inside a polygonal geometry, for placing its label.
import { booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

/** The centre of mass when it falls inside the geometry, else a point on its surface (Turf). */
export function interiorPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const centre = centerOfMass(geometry);
  const [lon = 0, lat = 0] = booleanPointInPolygon(centre, geometry)
    ? centre.geometry.coordinates
    : pointOnFeature(geometry).geometry.coordinates;
  return [lon, lat];
}
