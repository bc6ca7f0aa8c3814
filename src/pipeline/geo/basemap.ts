// Basemap layers: Syria's outline, governorates with label points, clipped neighbours, towns.
import { bboxClip, booleanPointInPolygon, centroid, kinks, pointOnFeature, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GazetteerEntry } from '../../lib/schema.ts';
import { MINOR_PLACE_RANK } from '../../lib/geo/place-ranks.ts';
import { bboxOf, roundGeometry, roundLine } from '../../lib/geo/round.ts';
import { orientRightHand } from '../../lib/geo/winding.ts';
import type { RegionsCurated } from './curated.ts';
import { arcsNear, simplifyTopology } from './topology.ts';
import { DECIMALS, ZONES_ATTRIBUTION } from './zones.ts';

type Polygonal = Polygon | MultiPolygon;
export type BasemapCollection = FeatureCollection & { attribution: string };

export const NEIGHBOUR_BOX: [number, number, number, number] = [33, 30.5, 44, 38.5];
/** Tried in order; the first that leaves no self-intersection is used. */
const TOLERANCES = [0.01, 0.005, 0.0025, 0.001, 0];
const MIN_ARC_TOLERANCE = 0.0002;

const BOUNDARY_ATTRIBUTION = 'Boundaries: UN OCHA / UNCS via HDX and geoBoundaries, CC BY 3.0 IGO.';
const PLACES_ATTRIBUTION = 'Populated places: GeoNames, CC BY 4.0. Arabic names checked against OpenSyria data-geography, CC BY 4.0.';

function tidy(geometry: Polygonal): Polygonal | null {
  try {
    return orientRightHand(roundGeometry(geometry, DECIMALS));
  } catch {
    return null;
  }
}

const hasKinks = (g: Polygonal): boolean => kinks(g).features.length > 0;

function collection(attribution: string, features: Feature[]): BasemapCollection {
  return { type: 'FeatureCollection', bbox: bboxOf(features.map((f) => f.geometry), DECIMALS), attribution, features };
}

interface Adm1Props {
  adm1_pcode: string;
  adm1_en: string;
  adm1_ar: string;
}

export interface SyriaLayers {
  syria: BasemapCollection;
  governorates: BasemapCollection;
  /** The lines between governorates, each once (the outline is not among them): what the map draws. */
  borders: BasemapCollection;
  labels: BasemapCollection;
  tolerance: number;
}

interface SimplifiedAdm1 {
  govs: { props: Adm1Props; geometry: Polygonal }[];
  outline: Polygonal;
  borders: MultiLineString;
}

/** Arcs shared by two governorates, from the same simplified topology as the polygons, so they match. */
function interiorBorders(topology: Topology, adm1: GeometryCollection<Adm1Props>): MultiLineString {
  const lines = mesh(topology, adm1, (a, b) => a !== b).coordinates.map((l) => roundLine(l, DECIMALS)).filter((l) => l.length >= 2);
  return { type: 'MultiLineString', coordinates: lines };
}

/**
 * Simplify the topology at `tolerance`; where the result self-intersects, the arcs around
 * each crossing get half the tolerance and the attempt repeats (down to MIN_ARC_TOLERANCE).
 */
function simplifyAdm1(topology: Topology, adm1: GeometryCollection<Adm1Props>, tolerance: number): SimplifiedAdm1 | null {
  const perArc = new Map<number, number>();
  for (let attempt = 0; attempt < 20; attempt++) {
    const simple = simplifyTopology(topology, tolerance, perArc);
    const govs = feature(simple, adm1).features.map((f) => ({ props: f.properties, geometry: tidy(f.geometry as Polygonal) }));
    const outline = tidy(merge(simple, adm1.geometries as never) as MultiPolygon);
    const all = [outline, ...govs.map((g) => g.geometry)];
    if (all.some((g) => g === null)) return null;
    const crossings = all.flatMap((g) => kinks(g as Polygonal).features.map((k) => k.geometry.coordinates));
    if (crossings.length === 0) {
      return { govs: govs as SimplifiedAdm1['govs'], outline: outline as Polygonal, borders: interiorBorders(simple, adm1) };
    }
    const near = new Set(crossings.flatMap((c) => arcsNear(simple, c, 1e-4)));
    let changed = false;
    for (const i of near) {
      const current = perArc.get(i) ?? tolerance;
      if (current === 0) continue;
      perArc.set(i, current / 2 < MIN_ARC_TOLERANCE ? 0 : current / 2);
      changed = true;
    }
    if (!changed) return null;
  }
  return null;
}

/** Outline, governorates and label points from the ADM1 object of the admin topology. */
export function buildSyriaLayers(topology: Topology, where: string): SyriaLayers {
  const adm1 = topology.objects.adm1 as GeometryCollection<Adm1Props> | undefined;
  if (adm1?.type !== 'GeometryCollection') throw new Error(`${where}: no adm1 GeometryCollection`);
  for (const tolerance of TOLERANCES) {
    const simplified = simplifyAdm1(topology, adm1, tolerance);
    if (!simplified) continue;
    const { govs, outline, borders } = simplified;
    const governorates = govs
      .map(({ props, geometry }) => ({
        type: 'Feature' as const,
        id: props.adm1_pcode,
        properties: { pcode: props.adm1_pcode, name_en: props.adm1_en, name_ar: props.adm1_ar },
        geometry,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const labels = governorates.map((g) => {
      const c = centroid(g);
      const at = booleanPointInPolygon(c, g) ? c : pointOnFeature(g);
      const geometry = roundGeometry(at.geometry, DECIMALS) as Point;
      return { type: 'Feature' as const, id: g.id, properties: g.properties, geometry };
    });
    return {
      syria: collection(BOUNDARY_ATTRIBUTION, [
        { type: 'Feature', id: 'SY', properties: { name_en: 'Syria', name_ar: 'سوريا' }, geometry: outline },
      ]),
      governorates: collection(ZONES_ATTRIBUTION, governorates),
      borders: collection(ZONES_ATTRIBUTION, [{ type: 'Feature', id: 'adm1-borders', properties: {}, geometry: borders }]),
      labels: collection(ZONES_ATTRIBUTION, labels),
      tolerance,
    };
  }
  throw new Error(`${where}: governorates self-intersect at every simplification tolerance`);
}

/** world-atlas countries around Syria, clipped to NEIGHBOUR_BOX and simplified; Syria itself is left out. */
export function buildNeighbours(world: Topology, curated: RegionsCurated, where: string): BasemapCollection {
  const countries = world.objects.countries as GeometryCollection<{ name: string }> | undefined;
  if (!countries) throw new Error(`${where}: no countries object`);
  const features: Feature[] = [];
  for (const f of feature(world, countries).features) {
    const name = f.properties.name;
    if (name === 'Syria' || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const clipped = bboxClip(f as Feature<Polygonal>, NEIGHBOUR_BOX).geometry as Polygonal;
    const rings: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
    const kept = rings.map((p) => p.filter((r) => r.length >= 4)).filter((p) => p.length > 0 && (p[0]?.length ?? 0) >= 4);
    if (kept.length === 0) continue;
    const name_ar = curated.neighbours[name];
    if (!name_ar) throw new Error(`geo/curated/regions.json: no Arabic name for neighbour ${name}`);
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: kept };
    const simple = simplify(multi, { tolerance: 0.015, highQuality: true });
    const geometry = tidy(hasKinks(tidy(simple) ?? multi) ? multi : simple);
    if (!geometry) continue;
    features.push({ type: 'Feature', id: name, properties: { name_en: name, name_ar }, geometry });
  }
  features.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  return collection('Neighbouring countries: Natural Earth via world-atlas, public domain.', features);
}

export interface PlaceLayers {
  /** Towns of rank below MINOR_PLACE_RANK: drawn from the opening view on. */
  major: BasemapCollection;
  /** The smaller towns, drawn only from MINOR_PLACES_MINZOOM, so the map fetches them after its first idle. */
  minor: BasemapCollection;
}

/**
 * Towns from the gazetteer as label points (names and rank: all the map draws), in label priority
 * order (rank, then population), split into the major and the minor towns.
 */
export function buildPlaces(towns: GazetteerEntry[], ranks: Map<string, number>): PlaceLayers {
  const population = new Map(towns.map((t) => [t.id, t.population ?? 0]));
  const features: Feature[] = towns.map((t) => {
    const rank = ranks.get(t.id);
    if (rank === undefined || !t.point) throw new Error(`places: ${t.id} has no rank or point`);
    return {
      type: 'Feature',
      id: t.id,
      properties: { name_ar: t.name_ar, name_en: t.name_en, rank },
      geometry: roundGeometry({ type: 'Point', coordinates: [...t.point] }, DECIMALS) as Point,
    };
  });
  const key = (f: Feature): [number, number, string] => [Number(f.properties?.rank), -(population.get(String(f.id)) ?? 0), String(f.id)];
  features.sort((a, b) => {
    const [ra, pa, ia] = key(a);
    const [rb, pb, ib] = key(b);
    return ra - rb || pa - pb || (ia < ib ? -1 : ia > ib ? 1 : 0);
  });
  const minor = (f: Feature): boolean => Number(f.properties?.rank) >= MINOR_PLACE_RANK;
  return {
    major: collection(PLACES_ATTRIBUTION, features.filter((f) => !minor(f))),
    minor: collection(PLACES_ATTRIBUTION, features.filter(minor)),
  };
}
