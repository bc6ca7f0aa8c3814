// Sub-district (ADM3) outlines for the zones, simplified arc by arc from the admin topology: two
// sub-districts that touch keep one shared, identically simplified edge, so the dissolved zone parts
// built from them neither overlap nor open gaps between each other.
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { simplifyTopology } from './topology.ts';

/**
 * Douglas-Peucker tolerance for the zone outlines, in degrees (about 300 m): the parts are whole
 * sub-districts standing for lines nobody drew precisely, so detail finer than this carries no meaning.
 */
export const ZONE_TOLERANCE = 0.003;

export type Adm3Shape = Polygon | MultiPolygon;

/** The topology's ADM3 polygons keyed by P-code, each arc simplified once at `tolerance` degrees. */
export function simplifiedAdm3(topology: Topology, tolerance: number, where: string): Map<string, Adm3Shape> {
  const adm3 = topology.objects['adm3'] as GeometryCollection<{ adm3_pcode?: unknown }> | undefined;
  if (adm3?.type !== 'GeometryCollection') throw new Error(`${where}: no adm3 GeometryCollection`);
  const shapes = new Map<string, Adm3Shape>();
  for (const f of feature(simplifyTopology(topology, tolerance), adm3).features) {
    const pcode = f.properties.adm3_pcode;
    if (typeof pcode !== 'string') throw new Error(`${where}: an adm3 geometry has no adm3_pcode`);
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
      throw new Error(`${where}: adm3 ${pcode} is a ${f.geometry.type}, not a polygon`);
    }
    shapes.set(pcode, f.geometry);
  }
  return shapes;
}
