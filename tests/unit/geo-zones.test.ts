import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { area, booleanPointInPolygon, featureCollection, intersect, kinks, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ZONE_IDS, ZonesCollection, parseOrThrow } from '../../src/lib/schema.ts';
import { positionsOf } from '../../src/lib/geo/round.ts';
import { followsRightHandRule } from '../../src/lib/geo/winding.ts';

const file = resolve(import.meta.dirname, '../../geo/zones.geojson');
const text = readFileSync(file, 'utf8');
const zones = parseOrThrow(ZonesCollection, JSON.parse(text), file);
type Part = Feature<Polygon | MultiPolygon>;
const features = zones.features as unknown as Part[];
const byId = new Map(zones.features.map((f) => [f.id, f as unknown as Part]));

function inPart(id: string, lonLat: [number, number]): boolean {
  const f = byId.get(id);
  if (!f) throw new Error(`no feature ${id}`);
  return booleanPointInPolygon(point(lonLat), f);
}

describe('geo/zones.geojson', () => {
  it('has one feature per zone and part, nine in all', () => {
    expect(zones.features.map((f) => f.id)).toEqual([
      'idlib:core',
      'idlib:partial',
      'north-homs:core',
      'north-homs:partial',
      'eastern-ghouta:core',
      'eastern-ghouta:partial',
      'south:core',
      'south:partial',
      'south:excluded',
    ]);
  });

  it('states its method and provenance in Arabic as well as in English, for every part', () => {
    for (const f of zones.features) {
      expect(f.properties.method_ar, f.id).toMatch(/[\u0600-\u06FF]/);
      expect(f.properties.provenance_ar, f.id).toMatch(/[\u0600-\u06FF]/);
    }
    const clipped = zones.features.find((f) => f.id === 'eastern-ghouta:partial');
    expect(clipped?.properties.method_ar).toContain('جوبر');
  });

  it('uses exactly the four zone ids, each with a core', () => {
    expect([...new Set(zones.features.map((f) => f.properties.zone))]).toEqual([...ZONE_IDS]);
    for (const z of ZONE_IDS) expect(byId.has(`${z}:core`)).toBe(true);
  });

  it('passes the independent check-geojson validator', () => {
    expect(() => check(text)).not.toThrow();
    for (const f of zones.features) expect(() => check(JSON.stringify(f))).not.toThrow();
  });

  it('follows the right-hand rule and has no self-intersections', () => {
    for (const f of features) {
      expect(followsRightHandRule(f.geometry), f.id as string).toBe(true);
      expect(kinks(f).features, f.id as string).toHaveLength(0);
    }
  });

  it('rounds coordinates to at most six decimals and carries bboxes', () => {
    expect(zones.bbox).toHaveLength(4);
    for (const f of zones.features) {
      expect(f.bbox).toHaveLength(4);
      for (const [x = 0, y = 0] of positionsOf(f.geometry as Polygon | MultiPolygon)) {
        expect(Math.abs(x * 1e6 - Math.round(x * 1e6))).toBeLessThan(1e-6);
        expect(Math.abs(y * 1e6 - Math.round(y * 1e6))).toBeLessThan(1e-6);
      }
    }
  });

  it('stays under 150 KB', () => {
    expect(statSync(file).size).toBeLessThan(150 * 1024);
  });

  it('has no two parts overlapping by more than a sliver', () => {
    for (let i = 0; i < features.length; i++) {
      for (let j = i + 1; j < features.length; j++) {
        const a = features[i] as Part;
        const b = features[j] as Part;
        const shared = intersect(featureCollection([a, b]));
        const km2 = shared ? area(shared) / 1e6 : 0;
        expect(km2, `${a.id} and ${b.id}`).toBeLessThan(0.01);
      }
    }
  });

  it('puts Idlib city inside the Idlib core', () => {
    expect(inPart('idlib:core', [36.63, 35.93])).toBe(true);
  });

  it('leaves Homs city outside every core', () => {
    for (const z of ZONE_IDS) expect(inPart(`${z}:core`, [36.72, 34.73]), z).toBe(false);
  });

  it('places every label point inside its own part', () => {
    for (const f of zones.features) expect(inPart(f.id, f.properties.label_point), f.id).toBe(true);
  });

  it('puts Douma inside the Eastern Ghouta core', () => {
    expect(inPart('eastern-ghouta:core', [36.4, 33.57])).toBe(true);
  });

  it('draws only the Jobar edge of Damascus, not the old city', () => {
    expect(inPart('eastern-ghouta:partial', [36.3, 33.51])).toBe(false);
    const partial = byId.get('eastern-ghouta:partial');
    expect(partial?.properties?.method).toMatch(/Jobar/);
  });

  it('marks every part approximate, with lifecycle, sources and attribution', () => {
    for (const f of zones.features) {
      const p = f.properties;
      expect(p.approximate).toBe(true);
      expect(p.area_km2).toBeGreaterThan(0);
      expect(p.lifecycle[0]?.kind).toBe('memorandum');
      expect(p.lifecycle.every((e) => e.source.title.length > 0 && e.label_ar.length > 0)).toBe(true);
      expect(p.attribution).toContain('CC BY 3.0 IGO');
    }
    expect(byId.get('idlib:core')?.properties?.sub_districts).toHaveLength(26);
    const ghouta = zones.features.find((f) => f.id === 'eastern-ghouta:core');
    expect(ghouta?.properties.sub_districts.filter((s) => s.verify).map((s) => s.pcode)).toEqual(['SY030105', 'SY030106']);
  });
});
