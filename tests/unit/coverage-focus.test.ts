import { describe, expect, it } from 'vitest';
import { excerptFocus, placesCollection } from '../../src/lib/coverage/focus.ts';
import { highlightSpans, linksFor, ruleParts, strongest } from '../../src/lib/coverage/evidence.ts';
import type { Excerpt, PlaceUse, ZoneId } from '../../src/lib/schema.ts';

const place = (place_id: string, kind: PlaceUse['kind'], point: [number, number] | null): PlaceUse => ({
  place_id,
  name_ar: place_id,
  name_en: place_id,
  kind,
  point,
  count: 2,
  excerpt_ids: [],
  zones: [],
  pages: [],
});
const places = new Map(
  [
    place('adm1:SY07', 'adm1', [36.66667, 35.76667]),
    place('gn:170063', 'town', [37.16, 36.2]),
    place('foreign:astana', 'foreign', [71.43, 51.13]),
    place('region:eastern-ghouta', 'region', null),
  ].map((p) => [p.place_id, p]),
);
const boxes: Partial<Record<ZoneId, [number, number, number, number]>> = { 'eastern-ghouta': [36.3, 33.4, 36.6, 33.7] };
const zoneBox = (z: ZoneId): [number, number, number, number] | null => boxes[z] ?? null;

function excerptNaming(ids: string[], zones: ZoneId[] = []): Excerpt {
  return {
    id: 'e-1',
    article_id: 'e',
    start: 0,
    end: 10,
    text: '',
    mentions: ids.map((place_id, i) => ({ start: i, end: i + 1, surface: 'x', place_id })),
    links: zones.map((zone) => ({ zone, strength: 'zone-named' as const, evidence: [{ start: 4, end: 6, surface: 'x', place_id: null, rule: 'r' }] })),
  };
}

describe('excerptFocus', () => {
  it('draws each named place with a point once and fits the Syrian points and the zone boxes', () => {
    const focus = excerptFocus(excerptNaming(['gn:170063', 'gn:170063', 'foreign:astana', 'region:eastern-ghouta'], ['eastern-ghouta']), places, zoneBox);
    expect(focus.points.features.map((f) => f.properties.place_id)).toEqual(['gn:170063', 'foreign:astana']);
    expect(focus.zones).toEqual(['eastern-ghouta']);
    expect(focus.bounds).toEqual([36.3, 33.4, 37.16, 36.2]);
  });

  it('gives a named governorate as an area (its P-code), never as its centre point', () => {
    const focus = excerptFocus(excerptNaming(['adm1:SY07', 'adm1:SY07'], ['eastern-ghouta']), places, zoneBox);
    expect(focus.points.features).toEqual([]);
    expect(focus.governorates).toEqual(['SY07']);
    expect(focus.bounds).toEqual([36.3, 33.4, 36.6, 33.7]);
  });

  it('keeps the view (null bounds) when the excerpt names only foreign places', () => {
    const focus = excerptFocus(excerptNaming(['foreign:astana']), places, zoneBox);
    expect(focus.points.features).toHaveLength(1);
    expect(focus.bounds).toBeNull();
  });

  it('leaves out places without a point, and governorates, from the mentioned-places layer', () => {
    expect(placesCollection([...places.values()]).features.map((f) => f.properties.place_id)).toEqual(['gn:170063', 'foreign:astana']);
  });
});

describe('evidence helpers', () => {
  const linked = excerptNaming(['adm1:SY07'], ['idlib', 'south']);
  it('highlights the evidence of the zone being read, and the named places when there is no link', () => {
    expect(linksFor(linked, 'idlib').map((l) => l.zone)).toEqual(['idlib']);
    expect(highlightSpans(linked, 'idlib')).toEqual([{ start: 4, end: 6, surface: 'x', place_id: null, rule: 'r' }]);
    expect(highlightSpans(excerptNaming(['foreign:astana']), 'general').map((s) => s.place_id)).toEqual(['foreign:astana']);
  });
  it('names the strongest strength and splits a rule into reading and link', () => {
    expect(strongest([])).toBe('general');
    expect(strongest(linked.links)).toBe('zone-named');
    expect(ruleParts('only-reading/region-name')).toEqual({ reading: 'only-reading', link: 'region-name' });
    expect(ruleParts('four-zones-phrase')).toEqual({ reading: null, link: 'four-zones-phrase' });
  });
});
