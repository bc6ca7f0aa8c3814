// Byte-stable JSON for data/: object keys sorted, one-space indent, final newline — the text of
// JSON.stringify(value-with-sorted-keys, null, 1), written in one pass without copying the value.
// `nestedJson` lays out one value exactly as it appears at a given depth inside such a file, so large
// files can be written piece by piece and still come out byte-identical to serialising them whole.

const isIndex = (k: string): boolean => k !== '4294967295' && String(Number(k) >>> 0) === k;

/**
 * Keys in the order JSON.stringify gives an object built with sorted keys: array-index keys ("0", "12")
 * always come first, in numeric order (Object.keys already lists them so), then the others sorted.
 */
function sortedKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  let n = 0;
  while (n < keys.length && isIndex(keys[n]!)) n++;
  if (n === 0) return keys.sort();
  return keys.slice(0, n).concat(keys.slice(n).sort());
}

/** Strings up to this long are checked here for units JSON escapes; longer ones go to JSON.stringify at once. */
const SHORT = 64;

/**
 * A string as JSON.stringify writes it. A short one with nothing to escape (no control character, quote,
 * backslash or surrogate, which JSON.stringify escapes when it stands alone) is only quoted, without
 * the call: most strings of data/ are short ids, rules and names, and the call costs more than they.
 */
function quoted(v: string): string {
  if (v.length > SHORT) return JSON.stringify(v);
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(v);
  }
  return `"${v}"`;
}

/** Per key met: `"key": ` as an object's member starts (keys repeat in every row of a file). */
const KEYS = new Map<string, string>();

function keyText(k: string): string {
  let t = KEYS.get(k);
  if (t === undefined) {
    t = `${JSON.stringify(k)}: `;
    // A bound on the memo, for data whose keys never repeat.
    if (KEYS.size < 4096) KEYS.set(k, t);
  }
  return t;
}

function write(v: unknown, pad: string): string {
  if (v === null || typeof v !== 'object') {
    // A number as JSON.stringify writes it (its shortest text, -0 as 0, non-finite as null), without the call.
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
    if (typeof v === 'string') return quoted(v);
    // Booleans: JSON.stringify's own text.
    return JSON.stringify(v) ?? 'null';
  }
  const inner = `${pad} `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    let s = '[';
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      s += `${i === 0 ? '\n' : ',\n'}${inner}${item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 'null' : write(item, inner)}`;
    }
    return `${s}\n${pad}]`;
  }
  const obj = v as Record<string, unknown>;
  let s = '{';
  let first = true;
  for (const k of sortedKeys(obj)) {
    const item = obj[k];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    s += `${first ? '\n' : ',\n'}${inner}${keyText(k)}${write(item, inner)}`;
    first = false;
  }
  return first ? '{}' : `${s}\n${pad}}`;
}

/** A whole file: sorted keys, one-space indent, final newline. Plain data only (no toJSON, no cycles). */
export function stableJson(value: unknown): string {
  return `${write(value, '')}\n`;
}

/** `value` as it is laid out at `depth` (as an array element), with its leading indent. */
export function nestedJson(value: unknown, depth: number): string {
  const pad = ' '.repeat(depth);
  return pad + write(value, pad);
}
