// Deterministic text for the geo outputs, atomic writes, and the --check comparison.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * JSON with the array under `listKey` written one item per line (readable diffs, small size).
 * Other members keep the order in which the object was built; the list comes last.
 */
export function stringifyWithList(value: object, listKey: string): string {
  const entries = Object.entries(value);
  const list = entries.find(([k]) => k === listKey)?.[1];
  if (!Array.isArray(list)) throw new Error(`stringifyWithList: member ${listKey} is not an array`);
  const head = entries
    .filter(([k]) => k !== listKey)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join(',');
  const items = list.map((item) => JSON.stringify(item)).join(',\n');
  return `{${head}${head ? ',' : ''}${JSON.stringify(listKey)}:[\n${items}\n]}\n`;
}

/** Write `text` to `file` through a temporary file in the same folder, then rename. */
export function writeAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Relative paths (from `root`) whose committed bytes differ from the freshly built text, or are missing. */
export function staleFiles(root: string, outputs: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const [rel, text] of outputs) {
    const file = join(root, rel);
    if (!existsSync(file) || !readFileSync(file).equals(Buffer.from(text, 'utf8'))) stale.push(rel);
  }
  return stale.sort();
}
