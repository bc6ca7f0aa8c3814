import { describe, expect, it } from 'vitest';
import { assert, boolean, constant, constantFrom, double, oneof, property, record, stringMatching, tuple } from 'fast-check';
import { formatView, keepOthers, parseQuery, parseView, sameSelection, serialiseQuery, zoneOf, type UrlState } from '../../src/lib/url-state.ts';
import { ZONE_IDS } from '../../src/lib/schema.ts';

describe('parseQuery', () => {
  it('reads language, view and a zone from a short query', () => {
    expect(parseQuery('?lang=en&map=7.2/35.1/37.4&zone=idlib')).toEqual({
      lang: 'en',
      view: { zoom: 7.2, center: [37.4, 35.1] },
      selection: { kind: 'zone', id: 'idlib' },
      listMode: false,
    });
  });

  it('defaults to Arabic, no view and no selection for an empty query', () => {
    expect(parseQuery('')).toEqual({ lang: 'ar', view: null, selection: { kind: 'none' }, listMode: false });
    expect(parseQuery('?')).toEqual({ lang: 'ar', view: null, selection: { kind: 'none' }, listMode: false });
  });

  it('reads the general coverage as a selection and the list view as a mode', () => {
    expect(parseQuery('?lang=en&coverage=general&view=list')).toEqual({
      lang: 'en',
      view: null,
      selection: { kind: 'general' },
      listMode: true,
    });
  });

  it('ignores an unknown coverage or view value', () => {
    expect(parseQuery('?coverage=idlib').selection).toEqual({ kind: 'none' });
    expect(parseQuery('?view=map').listMode).toBe(false);
  });

  it('prefers a zone, excerpt or place to the general coverage when both are given', () => {
    expect(parseQuery('?coverage=general&zone=south').selection).toEqual({ kind: 'zone', id: 'south' });
  });

  it('reads excerpt and place ids as the ingest writes them', () => {
    expect(parseQuery('?excerpt=879264fe85df-009').selection).toEqual({ kind: 'excerpt', id: '879264fe85df-009' });
    expect(parseQuery('?place=adm1:SY04').selection).toEqual({ kind: 'place', id: 'adm1:SY04' });
  });

  it('ignores an unknown language, zone or malformed id', () => {
    expect(parseQuery('?lang=fr').lang).toBe('ar');
    expect(parseQuery('?zone=aleppo').selection).toEqual({ kind: 'none' });
    expect(parseQuery('?place=<script>').selection).toEqual({ kind: 'none' });
  });

  it('keeps the zone, place or general list an excerpt was chosen from beside the excerpt', () => {
    expect(parseQuery('?zone=south&excerpt=879264fe85df-009').selection).toEqual({
      kind: 'excerpt',
      id: '879264fe85df-009',
      within: { kind: 'zone', id: 'south' },
    });
    expect(parseQuery('?place=adm1:SY04&excerpt=879264fe85df-009').selection).toEqual({
      kind: 'excerpt',
      id: '879264fe85df-009',
      within: { kind: 'place', id: 'adm1:SY04' },
    });
    expect(parseQuery('?coverage=general&excerpt=a-001').selection).toEqual({ kind: 'excerpt', id: 'a-001', within: { kind: 'general' } });
    expect(parseQuery('?zone=aleppo&excerpt=a-001').selection).toEqual({ kind: 'excerpt', id: 'a-001' });
  });

  it('writes the excerpt after the zone it was chosen in, and reads it back', () => {
    const state: UrlState = { lang: 'en', view: null, selection: { kind: 'excerpt', id: 'a-001', within: { kind: 'zone', id: 'south' } }, listMode: false };
    expect(serialiseQuery(state)).toBe('?lang=en&zone=south&excerpt=a-001');
    expect(parseQuery(serialiseQuery(state))).toEqual(state);
  });

  it('tells apart the same excerpt chosen in two lists', () => {
    const inSouth = { kind: 'excerpt', id: 'a-001', within: { kind: 'zone', id: 'south' } } as const;
    const inIdlib = { kind: 'excerpt', id: 'a-001', within: { kind: 'zone', id: 'idlib' } } as const;
    expect(sameSelection(inSouth, inIdlib)).toBe(false);
    expect(sameSelection(inSouth, { ...inSouth })).toBe(true);
    expect(sameSelection(inSouth, { kind: 'excerpt', id: 'a-001' })).toBe(false);
    expect(zoneOf(inSouth)).toBe('south');
    expect(zoneOf({ kind: 'excerpt', id: 'a-001', within: { kind: 'general' } })).toBeNull();
  });

  it('falls back to the next selection key when the first is invalid', () => {
    expect(parseQuery('?zone=nowhere&place=foreign:astana').selection).toEqual({ kind: 'place', id: 'foreign:astana' });
  });
});

describe('parseView', () => {
  it('refuses missing parts, non-numbers and impossible coordinates', () => {
    expect(parseView('7/35')).toBeNull();
    expect(parseView('7//37')).toBeNull();
    expect(parseView('x/35/37')).toBeNull();
    expect(parseView('7/95/37')).toBeNull();
    expect(parseView('7/35/200')).toBeNull();
    expect(parseView(null)).toBeNull();
  });

  it('clamps the zoom to the map limits', () => {
    expect(parseView('30/35/37')?.zoom).toBe(11);
    expect(parseView('1/35/37')?.zoom).toBe(4);
  });
});

describe('serialiseQuery', () => {
  it('writes keys in a fixed order with rounded numbers', () => {
    const state: UrlState = {
      lang: 'ar',
      view: { zoom: 7.123456, center: [37.400001, 35.123456] },
      selection: { kind: 'zone', id: 'south' },
      listMode: false,
    };
    expect(serialiseQuery(state)).toBe('?lang=ar&map=7.12/35.1235/37.4&zone=south');
  });

  it('leaves out the view and selection when there are none', () => {
    expect(serialiseQuery({ lang: 'en', view: null, selection: { kind: 'none' }, listMode: false })).toBe('?lang=en');
  });

  it('writes the general coverage and the list view after the view', () => {
    const state: UrlState = { lang: 'ar', view: { zoom: 6, center: [38, 35] }, selection: { kind: 'general' }, listMode: true };
    expect(serialiseQuery(state)).toBe('?lang=ar&map=6/35/38&coverage=general&view=list');
  });

  it('leaves out an id that would need escaping', () => {
    expect(serialiseQuery({ lang: 'en', view: null, selection: { kind: 'place', id: 'a b&c' }, listMode: false })).toBe('?lang=en');
  });

  it('round-trips every valid state through the query', () => {
    const selection = oneof(
      constant({ kind: 'none' as const }),
      constant({ kind: 'general' as const }),
      constantFrom(...ZONE_IDS).map((id) => ({ kind: 'zone' as const, id })),
      stringMatching(/^[a-z0-9:.-]{1,20}$/).map((id) => ({ kind: 'excerpt' as const, id })),
      stringMatching(/^[a-z0-9:.-]{1,20}$/).map((id) => ({ kind: 'place' as const, id })),
    );
    const view = oneof(
      constant(null),
      record({
        zoom: double({ min: 4, max: 11, noNaN: true }),
        center: tuple(double({ min: -180, max: 180, noNaN: true }), double({ min: -85, max: 85, noNaN: true })),
      }),
    );
    assert(
      property(record({ lang: constantFrom('ar' as const, 'en' as const), view, selection, listMode: boolean() }), (state) => {
        const once = serialiseQuery(state);
        const parsed = parseQuery(once);
        expect(parsed.lang).toBe(state.lang);
        expect(parsed.selection).toEqual(state.selection);
        expect(parsed.listMode).toBe(state.listMode);
        expect(parsed.view === null).toBe(state.view === null);
        if (state.view && parsed.view) {
          expect(Math.abs(parsed.view.zoom - state.view.zoom)).toBeLessThanOrEqual(0.005);
          expect(Math.abs(parsed.view.center[0] - state.view.center[0])).toBeLessThanOrEqual(0.00005);
          expect(Math.abs(parsed.view.center[1] - state.view.center[1])).toBeLessThanOrEqual(0.00005);
        }
        expect(serialiseQuery(parsed)).toBe(once);
      }),
    );
  });
});

describe('formatView and sameSelection', () => {
  it('drops trailing zeros', () => {
    expect(formatView({ zoom: 7, center: [37.5, 35] })).toBe('7/35/37.5');
  });

  it('compares selections by kind and id', () => {
    expect(sameSelection({ kind: 'none' }, { kind: 'none' })).toBe(true);
    expect(sameSelection({ kind: 'zone', id: 'idlib' }, { kind: 'zone', id: 'idlib' })).toBe(true);
    expect(sameSelection({ kind: 'zone', id: 'idlib' }, { kind: 'zone', id: 'south' })).toBe(false);
    expect(sameSelection({ kind: 'excerpt', id: 'a' }, { kind: 'place', id: 'a' })).toBe(false);
    expect(sameSelection({ kind: 'none' }, { kind: 'place', id: 'a' })).toBe(false);
    expect(sameSelection({ kind: 'general' }, { kind: 'general' })).toBe(true);
    expect(sameSelection({ kind: 'general' }, { kind: 'none' })).toBe(false);
  });
});

describe('the timeline day in the query', () => {
  it('reads date and drops a malformed one', () => {
    expect(parseQuery('?date=2017-09-20&from=2017-05-01').time).toEqual({ date: '2017-09-20' });
    expect(parseQuery('?date=20-9-2017').time).toBeUndefined();
    expect(parseQuery('?lang=en').time).toBeUndefined();
  });

  it('writes it after the selection', () => {
    const query = serialiseQuery({
      lang: 'ar',
      view: null,
      selection: { kind: 'agreement', id: 'sochi-memorandum' },
      listMode: false,
      time: { date: '2018-09-20' },
    });
    expect(query).toBe('?lang=ar&agreement=sochi-memorandum&date=2018-09-20');
    expect(parseQuery(query).selection).toEqual({ kind: 'agreement', id: 'sochi-memorandum' });
  });

  it('keeps the keys of others (the filters\' from= and to=) but not its own twice', () => {
    expect(keepOthers('?lang=ar&agreement=a1&date=2018-01-02', '?lang=ar&agreement=a0&date=2018-01-01&from=2017-01-01')).toBe(
      '?lang=ar&agreement=a1&date=2018-01-02&from=2017-01-01',
    );
  });
});
