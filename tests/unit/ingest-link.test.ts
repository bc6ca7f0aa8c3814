import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Gazetteer, ZonesCollection, parseOrThrow } from '../../src/lib/schema.ts';
import { createLinker, linkArticle } from '../../src/lib/ingest/linker.ts';
import { prepareArticle, processArticle } from '../../src/lib/ingest/article.ts';
import { PlaceMatcher } from '../../src/lib/ingest/matcher.ts';

const FIX = new URL('../fixtures/ingest/', import.meta.url);
const gazetteer = parseOrThrow(Gazetteer, JSON.parse(readFileSync(new URL('gazetteer.fixture.json', FIX), 'utf8')), 'fixture gazetteer');
const zones = parseOrThrow(ZonesCollection, JSON.parse(readFileSync(new URL('zones.fixture.geojson', FIX), 'utf8')), 'fixture zones');
const linker = createLinker(gazetteer, zones);

/** One excerpt that is the whole article. */
function linksOf(text: string) {
  const r = linkArticle(linker, 'a', text, [{ id: 'a-001', start: 0, end: text.length, text }])[0]!;
  return { ...r, zones: Object.fromEntries(r.excerpt.links.map((l) => [l.zone, l.strength])) };
}

describe('PlaceMatcher', () => {
  const m = new PlaceMatcher([
    { name: 'الغوطة الشرقية', id: 'g' },
    { name: 'الغوطة', id: 'short' },
    { name: 'إدلب', id: 'i' },
  ]);

  it('prefers the longest name and finds it behind attached prefixes', () => {
    const found = m.find('وبالغوطة الشرقية وللغوطة الشرقية');
    expect(found.map((f) => [f.surface, f.ids[0], f.prefix])).toEqual([
      ['الغوطة الشرقية', 'g', 'وب'],
      ['غوطة الشرقية', 'g', 'ولل'],
    ]);
  });

  it('matches a name written without hamza, with diacritics or tatweel', () => {
    expect(m.find('ادلب').map((f) => f.ids[0])).toEqual(['i']);
    expect(m.find('إدْلِـــب').map((f) => f.surface)).toEqual(['إدْلِـــب']);
  });

  it('does not match inside a longer word', () => {
    expect(m.find('إدلبي')).toEqual([]);
  });
});

describe('linking with the fixture gazetteer', () => {
  it('links a sub-district by P-code to the zone core', () => {
    expect(linksOf('عاد الهدوء إلى الرستن السورية').zones).toEqual({ 'north-homs': 'core-place' });
  });

  it('keeps the city of Homs out of the zone while its northern countryside is in', () => {
    expect(linksOf('قصف على مدينة حمص السورية').zones).toEqual({});
    expect(linksOf('قصف على ريف حمص الشمالي').zones).toEqual({ 'north-homs': 'zone-named' });
  });

  it('links a governorate named with «محافظة» as governorate-only, and Idlib alone as core-place', () => {
    expect(linksOf('اشتباكات في محافظة حمص السورية').zones).toEqual({ 'north-homs': 'governorate-only' });
    const idlib = linksOf('اشتباكات في إدلب السورية');
    expect(idlib.zones).toEqual({ idlib: 'core-place' });
    expect(idlib.excerpt.links[0]!.evidence[0]!.strength).toBe('core-place');
  });

  it('reads Aleppo alone as the city, which is in no zone', () => {
    const r = linksOf('وقف إطلاق النار في حلب السورية');
    expect(r.zones).toEqual({});
    expect(r.excerpt.mentions[0]!.place_id).toBe('town:aleppo');
  });

  it('links a town without a P-code by point in polygon', () => {
    const r = linksOf('في بلدة كفرلاها السورية');
    expect(r.zones).toEqual({ 'north-homs': 'core-place' });
    expect(r.excerpt.links[0]!.evidence[0]!.rule).toBe('only-reading/point-in-core');
  });

  it('does not link places in an excluded area', () => {
    expect(linksOf('قصف على جملة في حوض اليرموك').zones).toEqual({});
  });

  it('links "four zones" to all four as general', () => {
    expect(linksOf('إقامة أربع مناطق لخفض التصعيد في سوريا').zones).toEqual({
      idlib: 'general',
      'north-homs': 'general',
      'eastern-ghouta': 'general',
      south: 'general',
    });
  });

  it('reads "the southern region" as a place only with a cue, as any homograph', () => {
    expect(linksOf('غارات إسرائيلية على مواقع في المنطقة الجنوبية').zones).toEqual({});
    expect(linksOf('هدوء في المنطقة الجنوبية قرب الرستن السورية').zones).toEqual({ south: 'zone-named', 'north-homs': 'core-place' });
  });

  it('records places outside Syria as mentions without links', () => {
    const r = linksOf('وصلت الوفود إلى آستانا');
    expect(r.excerpt.mentions.map((m) => m.place_id)).toEqual(['foreign:astana']);
    expect(r.excerpt.links).toEqual([]);
  });

  it('reports a name after a place noun that the gazetteer does not know', () => {
    const r = linksOf('اشتباكات في بلدة كفرنبودة وفي تلبيسة');
    expect(r.unresolved.map((u) => u.surface)).toEqual(['كفرنبودة']);
  });
});

describe('a fixture article end to end', () => {
  const text = readFileSync(new URL('fixture-article.txt', FIX), 'utf8');
  const a = processArticle('fx', prepareArticle({ file: 'fixture-article.txt', text, title: null, given: undefined }), linker);
  const zonesPer = a.excerpts.map((e) => Object.fromEntries(e.links.map((l) => [l.zone, l.strength])));

  it('links each paragraph to the zones it is about', () => {
    expect(zonesPer).toEqual([
      { 'north-homs': 'core-place' },
      { 'eastern-ghouta': 'zone-named' },
      { idlib: 'general', 'north-homs': 'general', 'eastern-ghouta': 'general', south: 'general' },
      {},
    ]);
  });

  it('keeps the comment apart and never links it', () => {
    expect(a.text.comments.map((c) => c.text)).toEqual(['الهدنة في إدلب لن تصمد']);
    expect(a.excerpts.some((e) => e.text.includes('لن تصمد'))).toBe(false);
  });

  it('infers the date from the dateline and reports the unknown village', () => {
    expect(a.meta.date).toBe('2017-08-03');
    expect(a.meta.inferred).toEqual(['date', 'title']);
    expect(a.unresolved.map((u) => u.surface)).toEqual(['كفرنبودة']);
    expect(a.text.body.slice(a.unresolved[0]!.offset).startsWith('كفرنبودة')).toBe(true);
  });
});
