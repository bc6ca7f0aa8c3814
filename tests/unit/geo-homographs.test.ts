import { describe, expect, it } from 'vitest';
import { deriveHomographs, isCommonPhrase, regionInSyriaKeys } from '../../src/pipeline/geo/homographs.ts';
import type { GazetteerEntry } from '../../src/lib/schema.ts';

// A small word list standing in for the dictionary: the rules under test are about how names are read
// against it, whatever its size.
const WORDS = new Set(['جسر', 'الشغور', 'قلعة', 'المضيق', 'عز', 'الدين', 'أبو', 'الظهور', 'الزيارة', 'إشارة', 'رستن', 'ناحية', 'سبيل']);
const isWord = (w: string): boolean => WORDS.has(w);

const town = (id: string, name_ar: string, population?: number): GazetteerEntry => ({
  id, kind: 'town', name_ar, name_en: id, aliases_ar: [], outside_syria: false, source: 'ocha', ...(population ? { population } : {}),
} as GazetteerEntry);

describe('isCommonPhrase', () => {
  it('takes a one-word name the dictionary lists, with or without its article, or with a pronoun attached', () => {
    expect(isCommonPhrase('الزيارة', isWord)).toBe(true);
    expect(isCommonPhrase('الاشارة', isWord)).toBe(true);
    expect(isCommonPhrase('سبيلة', isWord)).toBe(true);
    expect(isCommonPhrase('اللطامنة', isWord)).toBe(false);
  });

  it('does not take a name of several words that are words one by one (جسر الشغور، قلعة المضيق)', () => {
    expect(isCommonPhrase('جسر الشغور', isWord)).toBe(false);
    expect(isCommonPhrase('قلعة المضيق', isWord)).toBe(false);
  });

  it('takes a name of several words that reads as a man\'s name (أبو الظهور، عز الدين)', () => {
    expect(isCommonPhrase('أبو الظهور', isWord)).toBe(true);
    expect(isCommonPhrase('عز الدين', isWord)).toBe(true);
  });

  it('never takes a name that opens with an administrative noun (ناحية الزيارة)', () => {
    expect(isCommonPhrase('ناحية الزيارة', isWord)).toBe(false);
  });
});

describe('deriveHomographs', () => {
  it('lists common-word names, leaves out prominent places and the curated keep list, adds the curated add list', () => {
    const entries = [town('a', 'الزيارة'), town('b', 'الرستن'), town('c', 'عز الدين', 250_000), town('d', 'جسر الشغور')];
    const curated = { add: [{ name: 'دوما', why: 'always' }], keep: [{ name: 'الرستن', why: 'the town' }] };
    expect(deriveHomographs(entries, isWord, curated)).toEqual(['الزياره', 'دوما']);
  });
});

describe('regionInSyriaKeys', () => {
  const ghouta = { ...town('region:g', 'الغوطة الشرقية'), kind: 'region', aliases_ar: ['الغوطة'] } as GazetteerEntry;
  const curated = (name: string) => ({ add: [], keep: [], regions_in_syria: [{ name, why: 'test' }] });

  it('gives the normalised key of a homograph that names a Syrian region', () => {
    expect(regionInSyriaKeys(curated('الغوطة'), ['الغوطه'], [ghouta])).toEqual(['الغوطه']);
  });

  it('refuses a name that is no homograph, or that names no Syrian region', () => {
    expect(() => regionInSyriaKeys(curated('الغوطة'), [], [ghouta])).toThrow(/regions_in_syria that are not homographs: الغوطة/);
    expect(() => regionInSyriaKeys(curated('الزيارة'), ['الزياره'], [ghouta, town('a', 'الزيارة')])).toThrow(/name no Syrian region of the gazetteer: الزياره/);
  });
});

describe('a man\'s full name', () => {
  it('takes «X بن Y» as a man\'s name, whatever its words', () => {
    expect(isCommonPhrase('خالد بن الوليد', (w) => ['خالد', 'بن', 'الوليد'].includes(w))).toBe(true);
  });
});
