import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { ZonesCollection, ZonesMapCollection, parseOrThrow } from '../../src/lib/schema.ts';

const read = (name: string): { text: string; file: string } => {
  const file = resolve(import.meta.dirname, '../../geo', name);
  return { file, text: readFileSync(file, 'utf8') };
};
const full = read('zones.geojson');
const map = read('zones-map.geojson');
const zones = parseOrThrow(ZonesCollection, JSON.parse(full.text), full.file);
const drawn = parseOrThrow(ZonesMapCollection, JSON.parse(map.text), map.file);

describe('geo/zones-map.geojson (the zones of the first load)', () => {
  it('is valid GeoJSON with the same features, geometry and boxes as geo/zones.geojson', () => {
    expect(() => check(map.text)).not.toThrow();
    expect(drawn.bbox).toEqual(zones.bbox);
    expect(drawn.features.map((f) => f.id)).toEqual(zones.features.map((f) => f.id));
    drawn.features.forEach((f, i) => {
      expect(f.geometry).toEqual(zones.features[i]?.geometry);
      expect(f.bbox).toEqual(zones.features[i]?.bbox);
    });
  });

  it('keeps only what the map draws and the zone list names, with the full file’s values', () => {
    drawn.features.forEach((f, i) => {
      expect(Object.keys(f.properties)).toEqual(['zone', 'part', 'name_ar', 'name_en', 'short_ar', 'short_en', 'label_point']);
      const p = zones.features[i]?.properties;
      expect(f.properties).toEqual({ zone: p?.zone, part: p?.part, name_ar: p?.name_ar, name_en: p?.name_en, short_ar: p?.short_ar, short_en: p?.short_en, label_point: p?.label_point });
    });
  });

  it('is at most two thirds of the full file, gzipped', () => {
    expect(gzipSync(map.text, { level: 9 }).length).toBeLessThan((gzipSync(full.text, { level: 9 }).length * 2) / 3);
  });
});
