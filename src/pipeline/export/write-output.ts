// Writes text atomically: to `<file>.tmp-<pid>` first, then renamed over the target.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Write to stdout and resolve once the data is flushed (large outputs to a pipe). */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolveWrite, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolveWrite()));
  });
}
