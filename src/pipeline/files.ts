// File output shared by the pipeline's commands: atomic writes and the --check comparison.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Write `data` to `file` through a temporary file in the same folder, then rename; nothing is left on failure. */
export function writeAtomic(file: string, data: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Relative paths (from `root`) whose committed bytes differ from the freshly built ones, or are missing. */
export function staleFiles(root: string, outputs: Map<string, string | Buffer>): string[] {
  const stale: string[] = [];
  for (const [rel, data] of outputs) {
    const file = join(root, rel);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (!existsSync(file) || !readFileSync(file).equals(bytes)) stale.push(rel);
  }
  return stale.sort();
}
