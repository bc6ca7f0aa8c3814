import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staleFiles } from '../../src/pipeline/files.ts';
import { arabicCodePoints, jsonStrings, presentationForms, sourceStrings, subsetCodePoints } from '../../src/pipeline/fonts/label-chars.ts';
import { buildLabelFont, collectTexts, FONT_OUTPUTS } from '../../src/pipeline/fonts/subset.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const code = (char: string): number => char.codePointAt(0) ?? -1;

describe('label font characters', () => {
  it('collects every string of a JSON value, however deep', () => {
    expect(jsonStrings({ a: 'حلب', b: [1, { c: 'Homs', d: ['درعا'] }], e: null })).toEqual(['حلب', 'Homs', 'درعا']);
  });

  it('reads string literals of all three quote kinds from source text', () => {
    expect(sourceStrings(`const a = { x: 'إغلاق', y: "المصدر", z: \`كم²\` };`)).toEqual(['إغلاق', 'المصدر', 'كم²']);
  });

  it('keeps Arabic-script code points and drops Latin, digits and spaces', () => {
    expect([...arabicCodePoints(['Idlib إدلب 12'])].sort()).toEqual([...'إدلب'].map(code).sort());
  });

  it('adds the contextual shapes and the lam-alef ligature MapLibre draws with', () => {
    const forms = presentationForms(new Set([...'لا'].map(code)));
    // lam: isolated, final, initial, medial; alef: isolated, final; lam-alef isolated and final
    expect(forms).toEqual([0xfe8d, 0xfe8e, 0xfedd, 0xfede, 0xfedf, 0xfee0, 0xfefb, 0xfefc]);
  });

  it('leaves out ligatures whose letters the texts never use', () => {
    const forms = presentationForms(new Set([code('ل')]));
    expect(forms).not.toContain(0xfefb);
  });

  it('covers every Arabic character of the map labels and interface strings, shaped as MapLibre asks', () => {
    const have = new Set(subsetCodePoints(collectTexts(ROOT)));
    const read = (rel: string): { properties: { name_ar: string } }[] =>
      (JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as { features: { properties: { name_ar: string } }[] }).features;
    const places = [...read('geo/basemap/places.geojson'), ...read('geo/basemap/places-minor.geojson')];
    for (const { properties } of places) for (const char of properties.name_ar) if (/\p{Script=Arabic}/u.test(char)) expect(have.has(code(char)), char).toBe(true);
    // د in its final shape, as in «درعا» ... «البلد»
    expect(have.has(0xfeaa)).toBe(true);
  });
});

describe('label font build', () => {
  it('finds the committed subset and manifest up to date, and builds the same bytes twice', async () => {
    const a = await buildLabelFont(ROOT);
    const b = await buildLabelFont(ROOT);
    for (const [rel, bytes] of a.files) expect(b.files.get(rel)?.equals(bytes), rel).toBe(true);
    expect(staleFiles(ROOT, a.files)).toEqual([]);
  });

  it('is a woff2 file far smaller than the full Arabic font', () => {
    const font = readFileSync(join(ROOT, FONT_OUTPUTS.font));
    expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
    const full = readFileSync(join(ROOT, 'node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2'));
    expect(font.length).toBeLessThan(full.length / 3);
  });

  it('lists a changed or missing output as stale', () => {
    const files = new Map([[FONT_OUTPUTS.font, Buffer.from('not the font')], ['geo/fonts/missing.woff2', Buffer.from('x')]]);
    expect(staleFiles(ROOT, files)).toEqual([FONT_OUTPUTS.font, 'geo/fonts/missing.woff2']);
  });
});
