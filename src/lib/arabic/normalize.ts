// Arabic normalisation for matching only: the stored text keeps its original form.
// Every output code unit remembers which input code unit it came from, so a match
// in the normalised text maps back to a span of the original.

/** Marks removed entirely: harakat, Quranic marks, superscript alef, tatweel, and the hashtag sign («#سوريا»). */
function isDropped(code: number): boolean {
  return (
    code === 0x0023 ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    code === 0x0640 ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x200f ||
    code === 0x200e
  );
}

const FOLD: ReadonlyMap<number, number> = new Map([
  [0x0623, 0x0627], // أ
  [0x0625, 0x0627], // إ
  [0x0622, 0x0627], // آ
  [0x0671, 0x0627], // ٱ
  [0x0672, 0x0627],
  [0x0673, 0x0627],
  [0x0649, 0x064a], // ى → ي
  [0x06cc, 0x064a], // Persian ی → ي
  [0x06d2, 0x064a],
  [0x0629, 0x0647], // ة → ه
  [0x06c0, 0x0647],
  [0x0624, 0x0648], // ؤ → و
  [0x0626, 0x064a], // ئ → ي
  [0x06a9, 0x0643], // Persian ک → ك
  [0x06af, 0x0643],
  [0x00a0, 0x0020], // no-break space
  [0x005f, 0x0020], // the underscore between a hashtag's words («#الغوطة_الشرقية»)
]);

/** Fold one code unit (already free of presentation forms); -1 when it is dropped. */
export function foldCode(code: number): number {
  if (isDropped(code)) return -1;
  if (code >= 0x0660 && code <= 0x0669) return 0x30 + (code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return 0x30 + (code - 0x06f0);
  return FOLD.get(code) ?? code;
}

export function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
}

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** map[i] = index in the original of normalised code unit i; map[text.length] = original length. */
  map: ArrayLike<number>;
}

/** Per code unit: its folded unit, -1 when it is dropped, or EXPAND (a presentation form); made once from foldCode. */
let table: Int32Array | null = null;
const EXPAND = -2;

function foldTable(): Int32Array {
  if (table) return table;
  const t = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) t[code] = isPresentationForm(code) ? EXPAND : foldCode(code);
  return (table = t);
}

/** Scratch buffers for the normalised units and their offsets, grown as needed and reused by every call. */
let units = new Uint16Array(4096);
let offsets = new Uint32Array(4096);

/** Room for `cap` units, keeping those already there. */
function reserve(cap: number): void {
  if (units.length >= cap) return;
  const u = new Uint16Array(cap * 2);
  const o = new Uint32Array(cap * 2);
  u.set(units);
  o.set(offsets);
  units = u;
  offsets = o;
}

/** The first `n` scratch units as a string. */
function unitsText(n: number): string {
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < n; i += CHUNK) text += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return text;
}

/**
 * Normalise input[from…] into the scratch units from unit `n` on (recording offsets when `withMap`);
 * returns the count of units. A presentation form expands to at most 4 units (ﷲ → الله … NFKC), and
 * more room is made before each one.
 */
function fold(input: string, from: number, n: number, withMap: boolean): number {
  const t = foldTable();
  reserve(input.length + 1);
  for (let i = from; i < input.length; i++) {
    const folded = t[input.charCodeAt(i)]!;
    if (folded >= 0) {
      units[n] = folded;
      if (withMap) offsets[n] = i;
      n++;
    } else if (folded === EXPAND) {
      reserve(n + 18 + (input.length - i));
      const expanded = input[i]!.normalize('NFKC');
      for (let k = 0; k < expanded.length; k++) {
        const f = foldCode(expanded.charCodeAt(k));
        if (f >= 0) {
          units[n] = f;
          if (withMap) offsets[n] = i;
          n++;
        }
      }
    }
  }
  return n;
}

/** Normalise `input` for matching and keep, for every output unit, the input offset it came from. */
export function normalizeWithMap(input: string): Normalized {
  const n = fold(input, 0, 0, true);
  offsets[n] = input.length;
  return { text: unitsText(n), map: offsets.slice(0, n + 1) };
}

/** Normalised form only (for gazetteer keys and comparisons): the input itself when nothing in it changes. */
export function normalizeArabic(input: string): string {
  const t = foldTable();
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (t[code] !== code) break;
    i++;
  }
  if (i === input.length) return input;
  reserve(input.length + 1);
  for (let k = 0; k < i; k++) units[k] = input.charCodeAt(k);
  return unitsText(fold(input, i, i, false));
}

/** Map a normalised span [start, end) back to the original text's span. */
export function originalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = start < n.map.length ? n.map[start]! : n.map[n.map.length - 1]!;
  if (end <= start) return { start: s, end: s };
  // Extend over marks dropped after the last unit (e.g. a final damma), never past the next kept unit.
  const e = Math.max(n.map[end - 1]! + 1, end < n.map.length ? n.map[end]! : 0);
  return { start: s, end: e };
}
