import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/pipeline/geo-cli.ts';
import { readAdm3, SOURCE_FILES } from '../../src/pipeline/geo/sources.ts';
import { simplifiedAdm3, ZONE_TOLERANCE } from '../../src/pipeline/geo/zone-shapes.ts';
import { positionsOf } from '../../src/lib/geo/round.ts';
import { ZonesCollection, parseOrThrow } from '../../src/lib/schema.ts';

type Polygonal = Polygon | MultiPolygon;
const sources = resolve(PROJECT_ROOT, '../shared/geo-sources');
const topology = JSON.parse(readFileSync(resolve(sources, SOURCE_FILES.topology), 'utf8')) as Topology;
const adm3 = readAdm3(sources);
const zonesFile = resolve(PROJECT_ROOT, 'geo/zones.geojson');
const zones = parseOrThrow(ZonesCollection, JSON.parse(readFileSync(zonesFile, 'utf8')), zonesFile);
const shapes = simplifiedAdm3(topology, ZONE_TOLERANCE, SOURCE_FILES.topology);
const asFeature = (geometry: Polygonal): Feature<Polygonal> => ({ type: 'Feature', properties: {}, geometry });

describe('simplified sub-district outlines for the zones', () => {
  it('gives every ADM3 of the boundaries file an outline, with fewer vertices than the original', () => {
    expect([...shapes.keys()].sort()).toEqual([...adm3.keys()].sort());
    const before = [...adm3.values()].reduce((n, f) => n + positionsOf(f.geometry).length, 0);
    const after = [...shapes.values()].reduce((n, g) => n + positionsOf(g).length, 0);
    expect(after).toBeLessThan(before * 0.75);
  });

  it('keeps neighbouring sub-districts from overlapping: they share one simplified edge', () => {
    // Idlib city and the sub-districts around it, which meet along long edges.
    const ids = ['SY070000', 'SY070003', 'SY070006', 'SY070500', 'SY070005', 'SY070002'];
    for (const a of ids) {
      for (const b of ids) {
        if (a >= b) continue;
        const shared = intersect(featureCollection([asFeature(shapes.get(a) as Polygonal), asFeature(shapes.get(b) as Polygonal)]));
        expect(shared ? area(shared) / 1e6 : 0, `${a} ${b}`).toBeLessThan(0.01);
      }
    }
  });

  it('states in every part an area within 1 % of the unsimplified sub-districts it is made of', () => {
    for (const f of zones.features) {
      if (f.id === 'eastern-ghouta:partial') continue; // holds a clipped piece of Damascus, checked below
      const members = f.properties.sub_districts.map((s) => adm3.get(s.pcode) as Feature<Polygon>);
      const whole = members.length === 1 ? members[0] : union(featureCollection<Polygonal>(members));
      const km2 = area(whole as Feature<Polygonal>) / 1e6;
      expect(Math.abs(f.properties.area_km2 / km2 - 1), f.id).toBeLessThan(0.01);
    }
  });

  it('states in every part the area of the geometry it carries', () => {
    for (const f of zones.features) {
      const km2 = area(asFeature(f.geometry as Polygonal)) / 1e6;
      expect(Math.abs(f.properties.area_km2 - km2), f.id).toBeLessThan(0.1);
    }
  });
});
