// Imported overlays and the state of the latest import. Files are checked off the main thread by
// the import worker, through check-file.ts, which is fetched only when the first file arrives; the
// worker keeps each overlay's geometry and cuts its vector tiles, which the map asks for by `tiles`.
// Several overlays can be shown at once, each removable.
import type { ImportMessage } from '../../lib/import/index.ts';
import type { ImportChecked } from '../../lib/import/worker-protocol.ts';
import type { FileChecker } from './check-file.ts';
import { once } from '../../lib/once.ts';

export interface Overlay {
  id: string;
  /** The file's name. */
  name: string;
  colour: string;
  /** How many areas the file holds. */
  featureCount: number;
  /** The overlay's vector tile at z/x/y, cut by the import worker. */
  tiles: (z: number, x: number, y: number) => Promise<ArrayBuffer>;
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

/** The checker's code, fetched with the first file; a failed fetch is retried with the next file. */
const loadChecker = once(() => import('./check-file.ts'));

/** The file's failure when the checker itself could not be fetched (offline, a stale deployment). */
function checkerMissing(name: string, error: unknown): ImportMessage<'unreadable'> {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'unreadable',
    message: `${name}: the file could not be checked, the checker did not load (${detail}).`,
    message_ar: `${name}: تعذّر فحص الملف لأن أداة الفحص لم تُحمَّل (${detail}).`,
  };
}

export class Importer {
  overlays = $state.raw<Overlay[]>([]);
  status = $state.raw<ImportStatus>({ kind: 'idle' });
  /** A file is being dragged over the map. */
  dragging = $state(false);
  #checker: FileChecker | null = null;
  #queue: Promise<void> = Promise.resolve();
  #count = 0;
  #added = 0;

  /** Check and add each file in turn; the status shows the latest outcome. */
  importFiles(files: Iterable<File>): void {
    for (const file of files) this.#queue = this.#queue.then(() => this.#importOne(file));
  }

  remove(id: string): void {
    this.overlays = this.overlays.filter((o) => o.id !== id);
    this.#checker?.drop(id);
  }

  destroy(): void {
    this.#checker?.destroy();
    this.#checker = null;
  }

  async #importOne(file: File): Promise<void> {
    this.status = { kind: 'checking', name: file.name };
    this.#count += 1;
    const id = String(this.#count);
    const result = await this.#check(file, id);
    if (!result.ok) {
      this.status = { kind: 'failed', name: result.name, error: result.error };
      return;
    }
    const checker = this.#checker;
    this.#added += 1;
    const overlay: Overlay = {
      id,
      name: result.name,
      colour: OVERLAY_COLOURS[(this.#added - 1) % OVERLAY_COLOURS.length] ?? OVERLAY_COLOURS[0],
      featureCount: result.features.length,
      tiles: (z, x, y) => checker?.tile(id, z, x, y) ?? Promise.resolve(new ArrayBuffer(0)),
      bbox: result.bbox,
      warnings: result.warnings,
    };
    this.overlays = [...this.overlays, overlay];
    this.status = { kind: 'added', name: result.name, warnings: result.warnings };
  }

  /** The checker arrives with the first file; if it cannot be fetched, the file fails and the next one tries again. */
  async #check(file: File, id: string): Promise<ImportChecked> {
    let checker: FileChecker;
    try {
      checker = this.#checker ??= new (await loadChecker()).FileChecker();
    } catch (error) {
      return { ok: false, name: file.name, bytes: file.size, error: checkerMissing(file.name, error) };
    }
    return checker.check(file, id);
  }
}
