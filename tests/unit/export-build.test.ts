import { getIssues } from '@placemarkio/check-geojson';
import { area, bbox as turfBbox, booleanClockwise, booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../src/lib/export/build.ts';
import { normaliseGeometry } from '../../src/lib/export/geometry.ts';
import { serialiseExport } from '../../src/lib/export/serialise.ts';
import { ZONE_IDS } from '../../src/lib/schema.ts';
import { loadFixtureInputs } from '../fixtures/export/load.ts';

const inputs = loadFixtureInputs();

function feature(collection: ReturnType<typeof buildExport>, id: string) {
  const f = collection.features.find((x) => x.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
}

describe('buildExport', () => {
  it('writes one feature per zone, its id the zone id, in the fixed zone order', () => {
    const out = buildExport(inputs);
    expect(out.features.map((f) => f.id)).toEqual([...ZONE_IDS]);
    expect(out.features.map((f) => f.properties.id)).toEqual([...ZONE_IDS]);
  });

  it('exports only the zones asked for, whatever order they are given in', () => {
    const out = buildExport(inputs, { zones: ['south', 'idlib'] });
    expect(out.features.map((f) => f.id)).toEqual(['idlib', 'south']);
  });

  it('merges core and partial parts by default and keeps only the core with coreOnly', () => {
    const full = feature(buildExport(inputs), 'idlib');
    const core = feature(buildExport(inputs, { coreOnly: true }), 'idlib');
    expect(full.properties.geometry_parts).toBe('core+partial');
    expect(core.properties.geometry_parts).toBe('core');
    expect(core.properties.area_km2).toBeLessThan(full.properties.area_km2);
    expect(full.geometry.coordinates).toHaveLength(1);
    expect(booleanPointInPolygon([37.1, 36], full.geometry)).toBe(true);
    expect(booleanPointInPolygon([37.1, 36], core.geometry)).toBe(false);
  });

  it('lists excluded sub-districts without drawing them', () => {
    const south = feature(buildExport(inputs), 'south');
    expect(south.properties.excluded_sub_districts.map((s) => s.pcode)).toEqual(['SY120203']);
    expect(south.properties.core_sub_districts.map((s) => s.pcode)).toEqual(['SY120000', 'SY140000']);
    expect(south.properties.partial_sub_districts.map((s) => s.pcode)).toEqual(['SY120100']);
    expect(booleanPointInPolygon([35.8, 32.75], south.geometry)).toBe(false);
  });

  it('carries names, dated lifecycle with sources, provenance, method and approximate', () => {
    const south = feature(buildExport(inputs), 'south');
    expect(south.properties.name_ar).toBe('منطقة خفض التصعيد في الجنوب');
    expect(south.properties.approximate).toBe(true);
    expect(south.properties.provenance).not.toBe('');
    expect(south.properties.lifecycle.map((e) => [e.kind, e.date, e.end])).toEqual([
      ['memorandum', '2017-05-04', undefined],
      ['in-force', '2017-05-06', undefined],
      ['ended', '2018-06-18', '2018-07-31'],
    ]);
    expect(south.properties.lifecycle[0]?.source.title).toMatch(/Astana/);
  });

  it('omits excerpts unless asked, and adds them with the places that made the link', () => {
    expect(feature(buildExport(inputs), 'idlib').properties).not.toHaveProperty('excerpts');
    const idlib = feature(buildExport(inputs, { withExcerpts: true }), 'idlib');
    const excerpts = idlib.properties.excerpts ?? [];
    expect(excerpts.map((e) => e.id)).toEqual(['a2#1', 'a1#1', 'a3#1']);
    expect(excerpts[1]).toMatchObject({
      article_id: 'a1',
      outlet: 'عنب بلدي',
      date: '2017-09-16',
      places: ['إدلب', 'سراقب', 'معرة النعمان'],
      strength: 'core-place',
    });
    expect(Object.keys(excerpts[0] ?? {})).toEqual(['id', 'article_id', 'title', 'outlet', 'date', 'url', 'text', 'places', 'strength']);
    expect(idlib.properties.excerpt_count).toBe(3);
  });

  it('refuses excerpts for a zone whose coverage was not given, naming the zone', () => {
    expect(() => buildExport({ zones: inputs.zones, index: inputs.index }, { withExcerpts: true, zones: ['south'] })).toThrow(/south/);
  });

  it('rounds every ordinate to at most 6 decimals', () => {
    const text = serialiseExport(buildExport(inputs, { withExcerpts: true }));
    const out = buildExport(inputs);
    const ordinates = out.features.flatMap((f) => f.geometry.coordinates.flat(3));
    expect(ordinates.length).toBeGreaterThan(0);
    for (const n of ordinates) expect(String(n)).toMatch(/^-?\d+(\.\d{1,6})?$/);
    expect(text).not.toMatch(/\d\.\d{7,}/);
    expect(feature(out, 'idlib').geometry.coordinates[0]?.[0]).toContainEqual([36.2, 35.6]);
  });

  it('winds exterior rings counter-clockwise and holes clockwise', () => {
    const out = buildExport(inputs);
    for (const f of out.features) {
      for (const [outer, ...holes] of f.geometry.coordinates) {
        expect(booleanClockwise(outer ?? [])).toBe(false);
        for (const hole of holes) expect(booleanClockwise(hole)).toBe(true);
      }
    }
    expect(feature(out, 'eastern-ghouta').geometry.coordinates[0]).toHaveLength(2);
  });

  it('gives the collection and every feature a bbox matching their coordinates', () => {
    const out = buildExport(inputs);
    for (const f of out.features) expect(f.bbox).toEqual(turfBbox(f.geometry));
    expect(out.bbox).toEqual(turfBbox({ type: 'GeometryCollection', geometries: out.features.map((f) => f.geometry) }));
  });

  it('writes no crs member and passes an independent GeoJSON validator', () => {
    for (const options of [{}, { withExcerpts: true }, { coreOnly: true, zones: ['south' as const] }]) {
      const text = serialiseExport(buildExport(inputs, options));
      expect(JSON.parse(text)).not.toHaveProperty('crs');
      expect(getIssues(text)).toEqual([]);
    }
  });

  it('reports each zone area in km² from its exported geometry', () => {
    for (const f of buildExport(inputs).features) {
      expect(f.properties.area_km2).toBeCloseTo(area(f.geometry) / 1e6, 1);
    }
  });

  it('gives byte-identical output for the same input, whatever the order of input features', () => {
    const shuffled = { ...inputs, zones: { ...inputs.zones, features: [...inputs.zones.features].reverse() } };
    const a = serialiseExport(buildExport(inputs, { withExcerpts: true }));
    const b = serialiseExport(buildExport(shuffled, { withExcerpts: true }));
    expect(b).toBe(a);
  });

  it('names the sources owed at collection level', () => {
    const out = buildExport(inputs);
    expect(out.attribution).toContain('Fixture boundaries');
    expect(out.attribution).toContain('Fixture articles');
    expect(out.name).toBe('deescalation-zones-2017');
  });
});

describe('normaliseGeometry', () => {
  it('drops positions that coincide after rounding and keeps rings closed', () => {
    const g = normaliseGeometry({
      type: 'Polygon',
      coordinates: [[[36, 35], [36.0000001, 35.0000001], [37, 35], [37, 36], [36, 36], [36, 35]]],
    });
    expect(g.coordinates[0]?.[0]).toEqual([[36, 35], [37, 35], [37, 36], [36, 36], [36, 35]]);
  });

  it('throws when rounding leaves no drawable ring', () => {
    expect(() => normaliseGeometry({ type: 'Polygon', coordinates: [[[36, 35], [36.0000001, 35], [36, 35.0000001], [36, 35]]] })).toThrow(
      /4 or more/,
    );
  });
});

describe('link strengths in the export', () => {
  it('carries links of strength partial-place and stronger by default, the weaker ones with weakLinks', () => {
    // The fixture's Idlib coverage with its zone-named link made governorate-only (a governorate named alone).
    const idlib = structuredClone(inputs.coverage.idlib!);
    const weak = idlib.excerpts.find((e) => e.links.some((l) => l.zone === 'idlib' && l.strength === 'zone-named'))!;
    for (const l of weak.links) if (l.zone === 'idlib') l.strength = 'governorate-only';
    const withWeak = { ...inputs, coverage: { ...inputs.coverage, idlib } };
    const ids = (weakLinks: boolean): string[] =>
      (feature(buildExport(withWeak, { withExcerpts: true, weakLinks }), 'idlib').properties.excerpts ?? []).map((e) => e.id);
    expect(ids(false)).not.toContain(weak.id);
    expect(ids(true)).toContain(weak.id);
    expect(ids(true).length).toBe(ids(false).length + 1);
  });
});
