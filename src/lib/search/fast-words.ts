// The normalised words of a text as tokenize (terms.ts) gives them, joined by single spaces, many times
// faster: each code unit is looked up in a table made once from the normaliser's own foldCode, from
// the word pattern and from toLowerCase, so the rules stay those of arabic/normalize.ts. A text with a
// code unit the tables cannot decide alone (a presentation form, a surrogate, a letter whose lower
// case depends on its neighbours or is longer) takes the slow path. Used to check quoted phrases.
import { foldCode, isPresentationForm, normalizeArabic } from '../arabic/normalize.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per code unit: -1 dropped, -2 undecided (slow path), else the lower-cased folded unit, + 0x10000 when it is no word character. */
let table: Int32Array | null = null;
export const NOT_WORD = 0x10000;
/** Per code unit: what the tables make of it (see `table`), made on first use. */
export const UNDECIDED = -2;
export const DROPPED = -1;
export function unitTable(): Int32Array {
  return (table ??= makeTable());
}

function makeTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (isPresentationForm(code) || (code >= 0xd800 && code <= 0xdfff) || code === 0x03a3) {
      t[code] = -2;
      continue;
    }
    const folded = foldCode(code);
    if (folded < 0) {
      t[code] = -1;
      continue;
    }
    const char = String.fromCharCode(folded);
    if (!WORD_CHAR.test(char)) {
      t[code] = folded + NOT_WORD;
      continue;
    }
    const lower = char.toLowerCase();
    t[code] = lower.length === 1 ? lower.charCodeAt(0) : -2;
  }
  return t;
}

function slowLine(text: string): string {
  return (normalizeArabic(text).match(WORD) ?? []).map((w) => w.toLowerCase()).join(' ');
}

let buffer = new Uint16Array(1024);
const SPACE = 0x20;

/** The normalised words of `text`, joined by single spaces. */
export function wordLine(text: string): string {
  table ??= makeTable();
  if (buffer.length < text.length + 1) buffer = new Uint16Array(text.length * 2);
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const v = table[text.charCodeAt(i)]!;
    if (v === -1) continue;
    if (v === -2) return slowLine(text);
    if (v >= NOT_WORD) {
      inWord = false;
      continue;
    }
    if (!inWord && n > 0) buffer[n++] = SPACE;
    buffer[n++] = v;
    inWord = true;
  }
  let line = '';
  for (let i = 0; i < n; i += 4096) line += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return line;
}

/** Whether every unit of `raw` is one the tables decide alone (then its words are those of any text it sits in). */
export function isPlain(raw: string): boolean {
  table ??= makeTable();
  for (let i = 0; i < raw.length; i++) if (table[raw.charCodeAt(i)] === -2) return false;
  return true;
}

/**
 * Whether `raw` (a plain phrase as typed) occurs in `text` as whole words: at its first occurrence,
 * bounded on both sides by a unit that is no word character (nor a mark the normaliser drops) or by the
 * text's ends. Then the text's words hold the phrase's words in a row. False says nothing: the caller
 * checks the text's words (the text may spell the phrase with other marks or letter forms).
 */
export function occursWhole(text: string, raw: string): boolean {
  const t = (table ??= makeTable());
  const at = text.indexOf(raw);
  if (at < 0) return false;
  const bounds = (i: number): boolean => i < 0 || i >= text.length || t[text.charCodeAt(i)]! >= NOT_WORD;
  return bounds(at - 1) && bounds(at + raw.length);
}
