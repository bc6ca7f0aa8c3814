// Imported overlays and the state of the latest import. Files are checked off the main thread by
// the import worker (src/lib/import/import.worker.ts): the File object is handed over as is, so the
// page never reads or parses it. Several overlays can be shown at once, each removable.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ImportMessage, ImportResult } from '../../lib/import/index.ts';
import { importError, texts } from '../../lib/import/messages.ts';

export interface Overlay {
  id: string;
  /** The file's name. */
  name: string;
  colour: string;
  collection: FeatureCollection<Polygon | MultiPolygon>;
  bbox: [number, number, number, number];
  warnings: ImportMessage[];
}

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'checking'; name: string }
  | { kind: 'added'; name: string; warnings: ImportMessage[] }
  | { kind: 'failed'; name: string; error: ImportMessage };

/** Overlay colours: none close to a zone's colour, the excluded grey or the basemap. */
export const OVERLAY_COLOURS = ['#00a3a3', '#d6249f', '#2e9e3e', '#111111', '#e07b00'] as const;

export class Importer {
  overlays = $state.raw<Overlay[]>([]);
  status = $state.raw<ImportStatus>({ kind: 'idle' });
  /** A file is being dragged over the map. */
  dragging = $state(false);
  #worker: Worker | null = null;
  #queue: Promise<void> = Promise.resolve();
  #count = 0;

  /** Check and add each file in turn; the status shows the latest outcome. */
  importFiles(files: Iterable<File>): void {
    for (const file of files) this.#queue = this.#queue.then(() => this.#importOne(file));
  }

  remove(id: string): void {
    this.overlays = this.overlays.filter((o) => o.id !== id);
  }

  destroy(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }

  async #importOne(file: File): Promise<void> {
    this.status = { kind: 'checking', name: file.name };
    const result = await this.#check(file);
    if (!result.ok) {
      this.status = { kind: 'failed', name: result.name, error: result.error };
      return;
    }
    this.#count += 1;
    const overlay: Overlay = {
      id: String(this.#count),
      name: result.name,
      colour: OVERLAY_COLOURS[(this.#count - 1) % OVERLAY_COLOURS.length] ?? OVERLAY_COLOURS[0],
      collection: result.collection,
      bbox: result.bbox,
      warnings: result.warnings,
    };
    this.overlays = [...this.overlays, overlay];
    this.status = { kind: 'added', name: result.name, warnings: result.warnings };
  }

  #check(file: File): Promise<ImportResult> {
    // Vite finds and bundles the worker only in this exact form; the URL is never mutated.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
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
}
