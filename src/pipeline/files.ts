// File output shared by the pipeline's commands: atomic writes and the --check comparison.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Write several files so that either all of them are replaced or none is: every new file is written
 * beside its target first; the old ones are moved aside, the new ones renamed in, and on any failure
 * the old ones are put back and the new ones removed.
 */
export function writeAllAtomic(files: readonly { file: string; data: string | Buffer }[]): void {
  const staged: { file: string; tmp: string; old: string; moved: boolean; placed: boolean }[] = [];
  const undo = (): void => {
    for (const s of [...staged].reverse()) {
      if (s.placed) rmSync(s.file, { force: true });
      if (s.moved) renameSync(s.old, s.file);
      rmSync(s.tmp, { force: true });
    }
  };
  for (const { file } of files) {
    if (existsSync(file) && statSync(file).isDirectory()) throw new Error(`${file}: is a folder; give the name of a file to write`);
  }
  let current = '';
  try {
    for (const { file, data } of files) {
      current = file;
      mkdirSync(dirname(file), { recursive: true });
      const s = { file, tmp: `${file}.tmp-${process.pid}`, old: `${file}.old-${process.pid}`, moved: false, placed: false };
      staged.push(s);
      writeFileSync(s.tmp, data);
    }
    for (const s of staged) {
      current = s.file;
      if (existsSync(s.file)) {
        renameSync(s.file, s.old);
        s.moved = true;
      }
      renameSync(s.tmp, s.file);
      s.placed = true;
    }
  } catch (error) {
    undo();
    throw new Error(`${current}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); no file was changed`);
  }
  for (const s of staged) if (s.moved) rmSync(s.old, { force: true });
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
