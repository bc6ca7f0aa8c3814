// Build geo/zones-map.geojson: geo/zones.geojson with only what the map draws and the zone list names,
// the file of the first load. The panels and the export read the full geo/zones.geojson.
import type { ZonesCollection, ZonesMapCollection } from '../../lib/schema.ts';

export function zonesForMap(zones: ZonesCollection): ZonesMapCollection {
  return {
    type: 'FeatureCollection',
    ...(zones.bbox ? { bbox: zones.bbox } : {}),
    ...(zones.attribution === undefined ? {} : { attribution: zones.attribution }),
    features: zones.features.map(({ id, bbox, properties: p, geometry }) => ({
      type: 'Feature',
      id,
      ...(bbox ? { bbox } : {}),
      properties: { zone: p.zone, part: p.part, name_ar: p.name_ar, name_en: p.name_en, short_ar: p.short_ar, short_en: p.short_en, label_point: p.label_point },
      geometry,
    })),
  };
}
