import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gazetteer, parseOrThrow } from '../../src/lib/schema.ts';
import { arabicKey } from '../../src/lib/geo/arabic-key.ts';

const file = resolve(import.meta.dirname, '../../geo/gazetteer.json');
const gaz = parseOrThrow(Gazetteer, JSON.parse(readFileSync(file, 'utf8')), file);
const byId = new Map(gaz.entries.map((e) => [e.id, e]));
const named = (ar: string) => gaz.entries.filter((e) => e.name_ar === ar || e.aliases_ar.includes(ar));

describe('geo/gazetteer.json', () => {
  it('lists its entries sorted by id, each id once', () => {
    const ids = gaz.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(gaz.attribution).toContain('GeoNames');
  });

  it('holds the three admin levels with P-codes', () => {
    const count = (kind: string) => gaz.entries.filter((e) => e.kind === kind).length;
    expect([count('adm1'), count('adm2'), count('adm3')]).toEqual([14, 62, 272]);
    expect(byId.get('adm3:SY070000')?.name_ar).toBe('مركز إدلب');
  });

  it('does not give Jaramana the name of Eastern Ghouta', () => {
    const jaramana = byId.get('adm3:SY030103');
    expect(jaramana?.name_en).toBe('Jaramana');
    expect(jaramana?.aliases_ar.map(arabicKey).some((a) => a.includes('الغوطه'))).toBe(false);
  });

  it('keeps region names off every admin unit and town, but for a region named by a curated homograph', () => {
    const regions = gaz.entries.filter((e) => e.kind === 'region');
    // «الغوطة» is also a village of Raqqa and a quarter of Homs: the linker reads those only after their noun.
    const shared = new Set(gaz.homograph_regions ?? []);
    for (const k of shared) expect(gaz.homographs, k).toContain(k);
    const regionKeys = new Set(regions.flatMap((r) => [r.name_ar, ...r.aliases_ar]).map(arabicKey).filter((k) => !shared.has(k)));
    for (const e of gaz.entries.filter((x) => x.kind !== 'region' && x.kind !== 'foreign')) {
      for (const a of [e.name_ar, ...e.aliases_ar]) expect(regionKeys.has(arabicKey(a)), `${e.id} ${a}`).toBe(false);
    }
  });

  it('maps Eastern Ghouta, with and without ة, to its zone as a curated region', () => {
    for (const spelling of ['الغوطة الشرقية', 'الغوطه الشرقيه']) {
      const hits = named(spelling);
      expect(hits.map((h) => h.id), spelling).toEqual(['region:eastern-ghouta']);
      expect(hits[0]?.zones).toEqual(['eastern-ghouta']);
      expect(hits[0]?.source).toBe('curated');
    }
  });

  it('lists the Yarmouk Basin with no zone, since it was outside the deal', () => {
    expect(byId.get('region:yarmouk-basin')?.zones).toEqual([]);
  });

  it('knows every Astana spelling as one foreign place outside Syria', () => {
    for (const spelling of ['أستانا', 'آستانا', 'استانا', 'استانة', 'أستانة']) {
      const hits = named(spelling);
      expect(hits.map((h) => h.id), spelling).toEqual(['foreign:astana']);
      expect(hits[0]?.outside_syria).toBe(true);
      expect(hits[0]?.point).toHaveLength(2);
    }
  });

  it('reads عمان as Amman, the Jordanian capital', () => {
    const hits = named('عمان');
    expect(hits.map((h) => h.id)).toEqual(['foreign:amman']);
    expect(hits[0]?.point?.[0]).toBeCloseTo(35.93, 1);
  });

  it('gives towns GeoNames ids, points and the governorate they lie in', () => {
    const douma = byId.get('gn:170592');
    expect(douma?.name_ar).toBe('دوما');
    expect(douma?.adm1_pcode).toBe('SY03');
    expect(douma?.point?.[1]).toBeCloseTo(33.57, 2);
  });
});

describe('geo/gazetteer.json towns', () => {
  it('leaves governorate names (محافظة …) to the governorate, not the town', () => {
    const towns = gaz.entries.filter((e) => e.kind === 'town');
    expect(towns.flatMap((t) => t.aliases_ar).filter((a) => a.startsWith('محافظة '))).toEqual([]);
    expect(byId.get('adm1:SY07')?.aliases_ar).toContain('محافظة إدلب');
  });
});
