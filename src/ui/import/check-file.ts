// The page side of the import worker, fetched with the first file chosen or dropped (not with the
// page): it hands each File to the worker (src/lib/import/import.worker.ts) as is and waits for the
// verdict, then asks it for the overlay's vector tiles as the map needs them. The page never reads,
// parses or holds an overlay's geometry; it only passes tile bytes on.
import type { ImportChecked, WorkerReply, WorkerRequest } from '../../lib/import/worker-protocol.ts';
import { importError, texts } from '../../lib/import/messages.ts';

type Pending = (reply: WorkerReply | null) => void;
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'seq'> : never) : never;

export class FileChecker {
  #worker: Worker | null = null;
  #seq = 0;
  #pending = new Map<number, Pending>();
  #failure = '';

  /** Check a file; when it is good, its tiles are kept in the worker under `id`. */
  async check(file: File, id: string): Promise<ImportChecked> {
    const reply = await this.#send({ kind: 'check', id, file });
    if (reply?.kind === 'checked') return reply.result;
    const error = importError('unreadable', file.name, texts.unreadable(this.#failure || 'the checker did not start'));
    return { ok: false, name: file.name, bytes: file.size, error };
  }

  /** One tile of a kept overlay, as Mapbox Vector Tile bytes (empty where it has nothing). */
  async tile(id: string, z: number, x: number, y: number): Promise<ArrayBuffer> {
    const reply = await this.#send({ kind: 'tile', id, z, x, y });
    return reply?.kind === 'tile' ? reply.tile : new ArrayBuffer(0);
  }

  /** Forget a removed overlay's tiles. */
  drop(id: string): void {
    if (this.#worker) void this.#send({ kind: 'drop', id });
  }

  destroy(): void {
    this.#worker?.terminate();
    this.#worker = null;
    for (const resolve of this.#pending.values()) resolve(null);
    this.#pending.clear();
  }

  #send(request: Request): Promise<WorkerReply | null> {
    const worker = this.#start();
    const seq = ++this.#seq;
    return new Promise((resolve) => {
      this.#pending.set(seq, resolve);
      worker.postMessage({ ...request, seq });
    });
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    // Vite finds and bundles the worker only in this exact form; the URL is never mutated.
    const worker = new Worker(new URL('../../lib/import/import.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const resolve = this.#pending.get(event.data.seq);
      this.#pending.delete(event.data.seq);
      resolve?.(event.data);
    });
    // A worker that cannot start (or fails) is not reused: what waits on it fails, the next file gets a fresh one.
    worker.addEventListener('error', (event: ErrorEvent) => {
      this.#failure = event.message;
      this.destroy();
    });
    this.#worker = worker;
    return worker;
  }
}
