import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { booleanPointInPolygon, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { followsRightHandRule } from '../../src/lib/geo/winding.ts';
import { MINOR_PLACE_RANK } from '../../src/lib/geo/place-ranks.ts';

const dir = resolve(import.meta.dirname, '../../geo/basemap');
const names = ['syria', 'governorates', 'governorate-borders', 'governorate-labels', 'neighbours', 'places', 'places-minor'];
const read = (name: string): FeatureCollection & { attribution?: string } =>
  JSON.parse(readFileSync(resolve(dir, `${name}.geojson`), 'utf8')) as FeatureCollection & { attribution?: string };

describe('geo/basemap', () => {
  it('keeps all layers together under 150 KB', () => {
    const total = names.reduce((sum, n) => sum + statSync(resolve(dir, `${n}.geojson`)).size, 0);
    expect(total).toBeLessThan(150 * 1024);
  });

  it('gives every layer an attribution and passes check-geojson', () => {
    for (const n of names) {
      const text = readFileSync(resolve(dir, `${n}.geojson`), 'utf8');
      expect(() => check(text), n).not.toThrow();
      expect(read(n).attribution, n).toMatch(/\S/);
    }
  });

  it('draws polygons right-handed and without self-intersections', () => {
    for (const n of ['syria', 'governorates', 'neighbours']) {
      for (const f of read(n).features as Feature<Polygon | MultiPolygon>[]) {
        expect(followsRightHandRule(f.geometry), `${n} ${f.id}`).toBe(true);
        expect(kinks(f).features, `${n} ${f.id}`).toHaveLength(0);
      }
    }
  });

  it('has 14 governorates with names and a label point inside each', () => {
    const govs = read('governorates').features as Feature<Polygon | MultiPolygon>[];
    const labels = read('governorate-labels').features as Feature<Point>[];
    expect(govs).toHaveLength(14);
    for (const g of govs) {
      expect(g.properties?.name_ar).toMatch(/\S/);
      const label = labels.find((l) => l.properties?.pcode === g.properties?.pcode);
      expect(label && booleanPointInPolygon(label, g), String(g.id)).toBe(true);
    }
  });

  it('draws each line between two governorates once, on the polygons\' shared edges and never along the outline', () => {
    const [borders] = read('governorate-borders').features as Feature<MultiLineString>[];
    const govs = read('governorates').features as Feature<Polygon | MultiPolygon>[];
    const [outline] = read('syria').features as Feature<Polygon | MultiPolygon>[];
    expect(borders?.geometry.type).toBe('MultiLineString');
    const vertices = borders!.geometry.coordinates.flat();
    expect(vertices.length).toBeGreaterThan(100);
    const onEdges = (g: Polygon | MultiPolygon): Set<string> =>
      new Set((g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2).map((p) => p.join(',')));
    const govVertices = govs.map((g) => onEdges(g.geometry));
    const outlineVertices = onEdges(outline!.geometry);
    // Every vertex sits on at least two governorates; a line's inner vertices never sit on the outline.
    for (const p of vertices) expect(govVertices.filter((set) => set.has(p.join(','))).length, p.join(',')).toBeGreaterThanOrEqual(2);
    for (const line of borders!.geometry.coordinates) for (const p of line.slice(1, -1)) expect(outlineVertices.has(p.join(',')), p.join(',')).toBe(false);
  });

  it('names the neighbours in Arabic and English and leaves Syria out', () => {
    const ns = read('neighbours').features;
    const en = ns.map((f) => f.properties?.name_en);
    expect(en).toEqual(expect.arrayContaining(['Turkey', 'Iraq', 'Jordan', 'Lebanon', 'Israel']));
    expect(en).not.toContain('Syria');
    expect(ns.find((f) => f.properties?.name_en === 'Lebanon')?.properties?.name_ar).toBe('لبنان');
  });

  it('splits the towns: ranks 1-3 in places, the smaller ones (from rank 4) in places-minor, names and rank only', () => {
    const major = read('places').features;
    const minor = read('places-minor').features;
    expect(major.length).toBeGreaterThan(50);
    expect(minor.length).toBeGreaterThan(100);
    expect(major.every((p) => Number(p.properties?.rank) < MINOR_PLACE_RANK)).toBe(true);
    expect(minor.every((p) => Number(p.properties?.rank) >= MINOR_PLACE_RANK)).toBe(true);
    for (const p of [...major, ...minor]) expect(Object.keys(p.properties ?? {}).sort()).toEqual(['name_ar', 'name_en', 'rank']);
  });

  it('has the towns the zones are known by, with Arabic names, among the major towns drawn at opening', () => {
    const places = read('places').features;
    const has = (en: string, ar: string): boolean =>
      places.some((p) => p.properties?.name_en === en && p.properties?.name_ar === ar && typeof p.properties?.rank === 'number');
    const required: [string, string][] = [
      ['Idlib', 'إدلب'], ['Homs', 'حمص'], ['Douma', 'دوما'], ['Daraa', 'درعا'], ['Quneitra', 'القنيطرة'],
      ['Damascus', 'دمشق'], ['Aleppo', 'حلب'], ['Hama', 'حماة'], ['Rastan', 'الرستن'], ['Talbiseh', 'تلبيسة'],
      ['Harasta', 'حرستا'], ['Saraqib', 'سراقب'], ['Maarat al-Numan', 'معرة النعمان'],
      ['Jisr al-Shughur', 'جسر الشغور'], ['Khan Shaykhun', 'خان شيخون'],
    ];
    for (const [en, ar] of required) expect(has(en, ar), en).toBe(true);
  });
});
