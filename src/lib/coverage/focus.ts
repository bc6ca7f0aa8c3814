// What the map shows for one excerpt: its places with a point, its linked zones, and a box to fit.
import { bbox, bboxPolygon, featureCollection, point } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { Excerpt, PlaceUse, ZoneId } from '../schema.ts';

export interface PlaceProps {
  place_id: string;
  name_ar: string;
  name_en: string;
  count: number;
  foreign: boolean;
}

export interface ExcerptFocus {
  excerptId: string;
  points: FeatureCollection<Point, PlaceProps>;
  /** P-codes of the governorates it names: areas, drawn as their outline rather than a point. */
  governorates: string[];
  zones: ZoneId[];
  /** [w, s, e, n] to fit, or null to keep the view (only foreign places and no zone). */
  bounds: [number, number, number, number] | null;
}

/** Governorates and districts are areas: their gazetteer point (a centre, often in open country) is never drawn. */
export function isArea(place: PlaceUse): boolean {
  return place.kind === 'adm1' || place.kind === 'adm2';
}

/** A place as a point feature, or null when it is an area or the gazetteer has no single point for it. */
export function placeFeature(place: PlaceUse): Feature<Point, PlaceProps> | null {
  if (!place.point || isArea(place)) return null;
  return point(place.point, {
    place_id: place.place_id,
    name_ar: place.name_ar,
    name_en: place.name_en,
    count: place.count,
    foreign: place.kind === 'foreign',
  });
}

/** Every named place with a point, for the "mentioned places" layer. */
export function placesCollection(places: readonly PlaceUse[]): FeatureCollection<Point, PlaceProps> {
  return featureCollection(places.flatMap((p) => placeFeature(p) ?? []));
}

/**
 * The focus for `excerpt`: its mentioned places that have a point (each once), its linked zones, and
 * the Turf bbox of the Syrian points together with the zones' boxes. Foreign places are drawn but not
 * fitted to; with nothing else to fit the bounds are null.
 */
export function excerptFocus(
  excerpt: Excerpt,
  places: ReadonlyMap<string, PlaceUse>,
  zoneBox: (zone: ZoneId) => BBox | null,
): ExcerptFocus {
  const seen = new Set<string>();
  const features: Array<Feature<Point, PlaceProps>> = [];
  const governorates: string[] = [];
  for (const m of excerpt.mentions) {
    if (seen.has(m.place_id)) continue;
    seen.add(m.place_id);
    const place = places.get(m.place_id);
    if (place?.kind === 'adm1') governorates.push(place.place_id.replace(/^adm1:/, ''));
    const feature = place ? placeFeature(place) : null;
    if (feature) features.push(feature);
  }
  const zones = [...new Set(excerpt.links.map((l) => l.zone))];
  const fit: Array<Feature<Point | Polygon>> = features.filter((f) => !f.properties.foreign);
  for (const zone of zones) {
    const box = zoneBox(zone);
    if (box) fit.push(bboxPolygon(box));
  }
  const bounds = fit.length > 0 ? (bbox(featureCollection(fit)).slice(0, 4) as [number, number, number, number]) : null;
  return { excerptId: excerpt.id, points: featureCollection(features), governorates, zones, bounds };
}
