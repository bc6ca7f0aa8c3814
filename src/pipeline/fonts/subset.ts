// Builds the small Arabic font the map labels and the interface chrome are drawn with: Noto Sans
// Arabic (regular) cut down to the characters those texts use, so the first load stays light.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { jsonStrings, sourceStrings, subsetCodePoints } from './label-chars.ts';

/** Files whose strings are drawn with the subset font: map label sources and the interface strings. */
export const TEXT_SOURCES = {
  json: [
    'geo/zones.geojson',
    'geo/basemap/places.geojson',
    'geo/basemap/places-minor.geojson',
    'geo/basemap/governorate-labels.geojson',
    'geo/basemap/governorates.geojson',
    'geo/basemap/neighbours.geojson',
    'geo/basemap/syria.geojson',
    'data/places.json',
  ],
  source: ['src/lib/i18n.ts'],
} as const;

/**
 * The whole basic alphabet, Arabic-Indic digits, punctuation, vowel marks, joiners and direction
 * marks, always kept: about 1.5 KB more than the label texts alone, and a word of Arabic written by
 * the interface never has to mix two fonts (which breaks joining).
 */
export const BASE_ALPHABET =
  'ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي' + 'ًٌٍَُِّْ' + '٠١٢٣٤٥٦٧٨٩' + '،؛؟٪٫٬' + '\u200c\u200d\u200e\u200f';

export const FONT_OUTPUTS = {
  font: 'geo/fonts/labels-arabic.woff2',
  manifest: 'geo/fonts/labels-arabic.json',
} as const;

const SOURCE_FONT = '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2';

function readText(root: string, rel: string): string {
  try {
    return readFileSync(join(root, rel), 'utf8');
  } catch (err) {
    throw new Error(`${rel}: cannot read the text the label font must cover (${(err as Error).message})`);
  }
}

/** Every text the subset must be able to draw, from the project's files. */
export function collectTexts(root: string): string[] {
  const texts: string[] = [BASE_ALPHABET];
  for (const rel of TEXT_SOURCES.json) {
    let value: unknown;
    try {
      value = JSON.parse(readText(root, rel));
    } catch (err) {
      throw new Error(`${rel}: not valid JSON (${(err as Error).message})`);
    }
    texts.push(...jsonStrings(value));
  }
  for (const rel of TEXT_SOURCES.source) texts.push(...sourceStrings(readText(root, rel)));
  return texts;
}

export interface FontBuild {
  /** Output bytes keyed by path relative to the project root. */
  files: Map<string, Buffer>;
  codePoints: number[];
}

const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Subset the regular Noto Sans Arabic to the collected code points; woff2 plus a manifest. */
export async function buildLabelFont(root: string): Promise<FontBuild> {
  const fontFile = createRequire(join(root, 'package.json')).resolve(SOURCE_FONT);
  const source = readFileSync(fontFile);
  const codePoints = subsetCodePoints(collectTexts(root));
  const font = await subsetFont(source, String.fromCodePoint(...codePoints), { targetFormat: 'woff2', noHinting: true });
  if (font.length < 1000) throw new Error(`${FONT_OUTPUTS.font}: subset came out at ${font.length} bytes, which cannot be a font`);
  const manifest = {
    about: 'Noto Sans Arabic Regular (SIL Open Font License 1.1) subset to the characters of the map labels and interface strings',
    from: SOURCE_FONT,
    texts: [...TEXT_SOURCES.json, ...TEXT_SOURCES.source],
    code_points: codePoints.map(hex),
  };
  const files = new Map<string, Buffer>([
    [FONT_OUTPUTS.font, font],
    [FONT_OUTPUTS.manifest, Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`)],
  ]);
  return { files, codePoints };
}
