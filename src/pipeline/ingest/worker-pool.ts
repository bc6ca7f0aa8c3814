// Worker threads for the ingest: the input files are cut into batches, each batch goes to whichever
// worker is free, and the results come back in batch order whatever order the workers finish in, so the
// main thread adds articles in exactly the order one thread would. At most `ahead` batches are out at
// once beyond the one awaited, which bounds the results held while a slow batch is finishing.
import { Worker } from 'node:worker_threads';
import type { Gazetteer, ZonesCollection } from '../../lib/schema.ts';
import type { AgreementsFile } from '../../lib/agreements/schema.ts';
import type { SidecarMeta } from '../../lib/ingest/sidecar.ts';
import type { FileResult } from './article-work.ts';
import type { InputFile } from './read-inputs.ts';

export interface WorkerSetup {
  gazetteer: Gazetteer;
  zones: ZonesCollection;
  agreements: Pick<AgreementsFile, 'agreements'> | null;
  /** The worker's TypeScript entry, which worker-boot.mjs imports. */
  entry: string;
}

export interface BatchRequest {
  batch: number;
  files: { file: InputFile; given: SidecarMeta | undefined }[];
}

export type BatchReply = { batch: number; results: FileResult[] } | { batch: number; error: string };

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./ingest-worker.ts', import.meta.url).href;

/** Files per batch: small enough to share the work out evenly, large enough that messages cost little. */
export function batchSize(files: number, workers: number): number {
  return Math.max(1, Math.min(32, Math.floor(files / (workers * 8))));
}

/**
 * Work `batches` on `count` worker threads; yields each batch's results in batch order. Stops at the
 * first error (a batch that failed, a worker that crashed) and always ends the workers.
 */
export async function* workInOrder(setup: Omit<WorkerSetup, 'entry'>, count: number, batches: BatchRequest['files'][]): AsyncGenerator<FileResult[]> {
  const workers = Array.from({ length: count }, () => new Worker(BOOT, { workerData: { ...setup, entry: ENTRY } satisfies WorkerSetup }));
  const ahead = count * 3;
  const done = new Map<number, FileResult[]>();
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let sent = 0;
  let next = 0;
  const poke = (): void => {
    wake?.();
    wake = null;
  };
  const fail = (e: Error): void => {
    failure ??= e;
    poke();
  };
  const dispatch = (): void => {
    for (const w of workers) {
      while (inFlight.get(w)! < 2 && sent < batches.length && sent < next + ahead) {
        w.postMessage({ batch: sent, files: batches[sent]! } satisfies BatchRequest);
        sent++;
        inFlight.set(w, inFlight.get(w)! + 1);
      }
    }
  };
  for (const w of workers) {
    w.on('message', (reply: BatchReply) => {
      inFlight.set(w, inFlight.get(w)! - 1);
      if ('error' in reply) fail(new Error(reply.error));
      else done.set(reply.batch, reply.results);
      dispatch();
      poke();
    });
    w.on('error', (e) => fail(new Error(`ingest worker failed: ${e.message}`)));
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`ingest worker stopped (exit code ${code})`));
    });
  }
  try {
    dispatch();
    while (next < batches.length) {
      while (!failure && !done.has(next)) await new Promise<void>((r) => (wake = r));
      if (failure) throw failure;
      const results = done.get(next)!;
      done.delete(next++);
      dispatch();
      yield results;
    }
  } finally {
    for (const w of workers) w.removeAllListeners('exit');
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
