// The Arabic characters the map labels and the interface chrome write, gathered from the files that
// hold them, plus the presentation forms MapLibre shapes those letters into before drawing them.

/** Code points of the Arabic script blocks (letters, marks, digits, punctuation, presentation forms). */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
/** Joiners and direction marks that sit inside Arabic words and must not fall back to another font. */
const FORMAT_MARKS = [0x200c, 0x200d, 0x200e, 0x200f];
/** Presentation Forms-A letter forms (not the ligature rows) and all of Presentation Forms-B. */
const PRESENTATION_RANGES: [number, number][] = [
  [0xfb50, 0xfbff],
  [0xfe70, 0xfeff],
];

/** Every string value anywhere inside a parsed JSON value, in document order. */
export function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) jsonStrings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) jsonStrings(item, out);
  return out;
}

/** String literals of a TypeScript source (single, double or back quotes), enough for the i18n table. */
export function sourceStrings(source: string): string[] {
  const out: string[] = [];
  for (const match of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/gu)) {
    out.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return out;
}

/** The Arabic-script code points written in the texts (format marks included when present). */
export function arabicCodePoints(texts: Iterable<string>): Set<number> {
  const found = new Set<number>();
  for (const text of texts) {
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (ARABIC.test(char) || FORMAT_MARKS.includes(code)) found.add(code);
    }
  }
  return found;
}

/**
 * The presentation forms whose compatibility decomposition uses only letters already in the set:
 * the initial, medial, final and isolated shapes of each letter and the lam-alef ligatures, which is
 * what MapLibre's own Arabic shaping asks the font for.
 */
export function presentationForms(letters: ReadonlySet<number>): number[] {
  const forms: number[] = [];
  for (const [start, end] of PRESENTATION_RANGES) {
    for (let code = start; code <= end; code++) {
      const char = String.fromCodePoint(code);
      const base = char.normalize('NFKC');
      if (base === char || base.length === 0 || base.length > 2) continue;
      if ([...base].every((c) => letters.has(c.codePointAt(0) ?? -1))) forms.push(code);
    }
  }
  return forms;
}

/** The sorted code points the subset font must carry. */
export function subsetCodePoints(texts: Iterable<string>): number[] {
  const base = arabicCodePoints(texts);
  return [...new Set([...base, ...presentationForms(base)])].sort((a, b) => a - b);
}
