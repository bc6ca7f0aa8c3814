// The sub-district notes of geo/zones.geojson come in both languages, and a note that only repeats the
// English name is not kept.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/pipeline/geo-cli.ts';
import { ZonesCollection, parseOrThrow } from '../../src/lib/schema.ts';

const zonesFile = resolve(PROJECT_ROOT, 'geo/zones.geojson');
const zones = parseOrThrow(ZonesCollection, JSON.parse(readFileSync(zonesFile, 'utf8')), zonesFile);
const subDistricts = zones.features.flatMap((f) => f.properties.sub_districts);

describe('sub-district notes', () => {
  it('gives every note an Arabic text, in NFC, with no English words in it', () => {
    const noted = subDistricts.filter((sd) => sd.note);
    expect(noted.length).toBeGreaterThan(20);
    for (const sd of noted) {
      expect(sd.note_ar, sd.pcode).toMatch(/[\u0600-\u06FF]{3}/);
      expect(sd.note_ar, sd.pcode).not.toMatch(/[A-Za-z]/);
      expect(sd.note_ar).toBe(sd.note_ar?.normalize('NFC'));
    }
  });

  it('keeps no note that is only the English name again', () => {
    const bare = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
    expect(subDistricts.filter((sd) => sd.note && bare(sd.note) === bare(sd.name_en))).toEqual([]);
    expect(subDistricts.find((sd) => sd.pcode === 'SY020002')?.note_ar).toContain('2018');
  });
});
