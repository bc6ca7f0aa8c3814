import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementProblems } from '../../src/lib/agreements/check.ts';
import { AgreementsFile } from '../../src/lib/agreements/schema.ts';
import { loadAgreementsCurated } from '../../src/pipeline/geo/curated.ts';
import { ZONE_IDS, parseOrThrow, SchemaError } from '../../src/lib/schema.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const file = resolve(import.meta.dirname, '../../geo/agreements.json');
const built = parseOrThrow(AgreementsFile, JSON.parse(readFileSync(file, 'utf8')), file);
const curatedFile = resolve(import.meta.dirname, '../../geo/curated/agreements.json');
const byId = new Map(built.agreements.map((a) => [a.id, a]));

function writeTemp(value: unknown): string {
  const path = resolve(mkdtempSync(resolve(tmpdir(), 'agreements-')), 'agreements.json');
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('geo/agreements.json', () => {
  it('passes the schema and the cross-entry checks', () => {
    expect(agreementProblems(built)).toEqual([]);
  });

  it('holds the agreements the atlas is about, with their reported dates', () => {
    const dates = Object.fromEntries(built.agreements.map((a) => [a.id, [a.date, a.in_force ?? null]]));
    expect(dates['astana-memorandum']).toEqual(['2017-05-04', '2017-05-06']);
    expect(dates['southwest-ceasefire']).toEqual(['2017-07-07', '2017-07-09']);
    expect(dates['amman-memorandum']).toEqual(['2017-11-08', null]);
    expect(dates['da-nang-statement']).toEqual(['2017-11-11', null]);
    expect(dates['cairo-ghouta']).toEqual(['2017-07-22', '2017-07-22']);
    expect(dates['cairo-homs']).toEqual(['2017-07-31', '2017-08-03']);
    expect(dates['astana-6-idlib']).toEqual(['2017-09-15', null]);
    expect(dates['sochi-memorandum']).toEqual(['2018-09-17', null]);
  });

  it('names every party in both languages and cites a source for every agreement', () => {
    for (const a of built.agreements) {
      for (const party of [...a.signatories, ...a.brokers]) expect(party.ar && party.en, a.id).toBeTruthy();
      expect(a.sources.length, a.id).toBeGreaterThan(0);
      expect(a.provisions.every((p) => /[\u0600-\u06ff]/.test(p.ar) && /[a-z]/i.test(p.en)), a.id).toBe(true);
    }
  });

  it('says for every agreement whether its text was published', () => {
    expect(byId.get('astana-memorandum')?.text.published).toBe(true);
    expect(byId.get('southwest-ceasefire')?.text.published).toBe(false);
    expect(byId.get('cairo-homs')?.text.published).toBe(false);
  });

  it('ends three zones with 2018 agreements and changes Idlib by the Sochi memorandum', () => {
    const endings = built.agreements.filter((a) => a.role === 'ended').flatMap((a) => a.zones);
    expect(new Set(endings)).toEqual(new Set(['eastern-ghouta', 'north-homs', 'south']));
    expect(byId.get('sochi-memorandum')?.role).toBe('changed');
  });

  it('gives every zone its dated states', () => {
    expect(Object.keys(built.states).sort()).toEqual([...ZONE_IDS].sort());
  });

  it('never shows a file name of the project in a reader-facing text', () => {
    const text = JSON.stringify(built.agreements);
    expect(text).not.toMatch(/\.(json|geojson|tsv|csv)\b/);
  });
});

describe('loading the curated agreements', () => {
  const curated = JSON.parse(readFileSync(curatedFile, 'utf8')) as { agreements: Record<string, unknown>[]; states: Record<string, unknown[]> };

  it('names the file and the entry when a field is missing', () => {
    const broken = structuredClone(curated);
    delete broken.agreements[0]!['sources'];
    const path = writeTemp(broken);
    expect(() => loadAgreementsCurated(path)).toThrow(SchemaError);
    expect(() => loadAgreementsCurated(path)).toThrow(new RegExp(`${path}: agreements\\.0\\.sources`));
  });

  it('refuses an id used twice', () => {
    const broken = structuredClone(curated);
    broken.agreements.push(structuredClone(broken.agreements[0]!));
    expect(() => loadAgreementsCurated(writeTemp(broken))).toThrow(/astana-memorandum: id used twice/);
  });

  it('refuses states out of order and a state citing an unknown agreement', () => {
    const broken = structuredClone(curated);
    broken.states['idlib'] = [
      { state: 'lines-agreed', from: '2017-09-15', basis: 'no-such-deal' },
      { state: 'in-force', from: '2017-05-06' },
    ];
    expect(() => loadAgreementsCurated(writeTemp(broken))).toThrow(/states\.idlib: unknown agreement no-such-deal.*in-force on 2017-05-06 does not follow/);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    const broken = structuredClone(curated);
    broken.agreements[1]!['date'] = '7 July 2017';
    expect(() => loadAgreementsCurated(writeTemp(broken))).toThrow(/agreements\.1\.date: expected a date YYYY-MM-DD/);
  });
});
