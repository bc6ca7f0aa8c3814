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

function write(v: unknown, pad: string): string {
  if (v === null || typeof v !== 'object') {
    // A number as JSON.stringify writes it (its shortest text, -0 as 0, non-finite as null), without the call.
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
    // Strings, booleans: JSON.stringify's own text (escapes).
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
    s += `${first ? '\n' : ',\n'}${inner}${JSON.stringify(k)}: ${write(item, inner)}`;
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
