import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgreementsFile } from '../../src/lib/agreements/schema.ts';
import { agreementsAt, zoneStateAt, zonesAt } from '../../src/lib/agreements/state.ts';
import { ZONE_IDS, parseOrThrow } from '../../src/lib/schema.ts';

const file = resolve(import.meta.dirname, '../../geo/agreements.json');
const agreements = parseOrThrow(AgreementsFile, JSON.parse(readFileSync(file, 'utf8')), file);
const stateOn = (date: string): Record<string, string> =>
  Object.fromEntries(zonesAt(agreements, ZONE_IDS, date).map((z) => [z.zone, z.state]));

describe('zone state on a date', () => {
  it('has every zone not yet agreed before the memorandum took effect', () => {
    expect(stateOn('2017-05-05')).toEqual({ idlib: 'not-yet', 'north-homs': 'not-yet', 'eastern-ghouta': 'not-yet', south: 'not-yet' });
  });

  it('has every zone in force on the day the memorandum took effect', () => {
    expect(stateOn('2017-05-06')).toEqual({ idlib: 'in-force', 'north-homs': 'in-force', 'eastern-ghouta': 'in-force', south: 'in-force' });
  });

  it('has the south and Ghouta with lines but Homs and Idlib without in late July 2017', () => {
    expect(stateOn('2017-07-25')).toEqual({ idlib: 'in-force', 'north-homs': 'in-force', 'eastern-ghouta': 'lines-agreed', south: 'lines-agreed' });
  });

  it('has all four zones with agreed lines after the sixth Astana round', () => {
    expect(stateOn('2017-09-20')).toEqual({ idlib: 'lines-agreed', 'north-homs': 'lines-agreed', 'eastern-ghouta': 'lines-agreed', south: 'lines-agreed' });
  });

  it('has Ghouta ended and northern Homs under offensive on 20 April 2018', () => {
    expect(stateOn('2018-04-20')).toEqual({ idlib: 'lines-agreed', 'north-homs': 'under-offensive', 'eastern-ghouta': 'ended', south: 'lines-agreed' });
  });

  it('has only Idlib left on 10 August 2018', () => {
    expect(stateOn('2018-08-10')).toEqual({ idlib: 'lines-agreed', 'north-homs': 'ended', 'eastern-ghouta': 'ended', south: 'ended' });
  });

  it('changes state on the day itself, not the day after', () => {
    const changes = agreements.states['eastern-ghouta'] ?? [];
    expect(zoneStateAt(changes, '2018-02-17')).toBe('lines-agreed');
    expect(zoneStateAt(changes, '2018-02-18')).toBe('under-offensive');
    expect(zoneStateAt(changes, '2018-04-13')).toBe('under-offensive');
    expect(zoneStateAt(changes, '2018-04-14')).toBe('ended');
  });

  it('reads a zone without changes as not yet agreed', () => {
    expect(zoneStateAt([], '2018-01-01')).toBe('not-yet');
  });
});

describe('agreements standing on a date', () => {
  it('lists the memorandum on the day it was signed, before it took effect', () => {
    expect(agreementsAt(agreements, 'idlib', '2017-05-04')).toEqual(['astana-memorandum']);
    expect(agreementsAt(agreements, 'idlib', '2017-05-05')).toEqual([]);
  });

  it('lists the south-west ceasefire on the day it was announced and once in force', () => {
    expect(agreementsAt(agreements, 'south', '2017-07-07')).toEqual(['astana-memorandum', 'southwest-ceasefire']);
    expect(agreementsAt(agreements, 'south', '2017-07-08')).toEqual(['astana-memorandum']);
    expect(agreementsAt(agreements, 'south', '2017-12-01')).toEqual(['astana-memorandum', 'southwest-ceasefire', 'amman-memorandum', 'da-nang-statement']);
  });

  it('keeps only the ending agreements once a zone has ended', () => {
    expect(agreementsAt(agreements, 'eastern-ghouta', '2018-05-01')).toEqual(['harasta-2018', 'ghouta-faylaq-2018', 'douma-2018']);
  });

  it('adds the Sochi memorandum to Idlib from 17 September 2018', () => {
    expect(agreementsAt(agreements, 'idlib', '2018-09-16')).not.toContain('sochi-memorandum');
    expect(agreementsAt(agreements, 'idlib', '2018-09-17')).toContain('sochi-memorandum');
  });
});
