// The page side of the import checker, fetched with the first file chosen or dropped (not with the
// page): it hands each File to the import worker (src/lib/import/import.worker.ts) as is and waits
// for the verdict, so the page never reads or parses the file.
import type { ImportResult } from '../../lib/import/index.ts';
import { importError, texts } from '../../lib/import/messages.ts';

export class FileChecker {
  #worker: Worker | null = null;

  check(file: File): Promise<ImportResult> {
    // Vite finds and bundles the worker only in this exact form; the URL is never mutated.
    this.#worker ??= new Worker(new URL('../../lib/import/import.worker.ts', import.meta.url), { type: 'module' });
    const worker = this.#worker;
    return new Promise((resolve) => {
      const done = (result: ImportResult): void => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        resolve(result);
      };
      const onMessage = (event: MessageEvent<ImportResult>): void => done(event.data);
      const onError = (event: ErrorEvent): void => {
        // A worker that cannot start is not reused; the next file gets a fresh one.
        this.destroy();
        const error = importError('unreadable', file.name, texts.unreadable(event.message || 'the checker did not start'));
        done({ ok: false, name: file.name, bytes: file.size, error });
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ file });
    });
  }

  destroy(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}
