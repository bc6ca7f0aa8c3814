// Worker threads for the ingest: the input files are cut into batches, each batch goes to whichever
// worker is free, and the results come back in batch order whatever order the workers finish in, so the
// main thread adds articles in exactly the order one thread would. At most `ahead` batches are out at
// once beyond the one awaited, which bounds the results held while a slow batch is finishing. At the
// end the same workers write the article files and cut the coverage pages, a share each, while the
// main thread writes the search index and the other files.
import { Worker } from 'node:worker_threads';
import type { Gazetteer, ZonesCollection } from '../../lib/schema.ts';
import type { AgreementsFile } from '../../lib/agreements/schema.ts';
import type { SidecarMeta } from '../../lib/ingest/sidecar.ts';
import type { FileResult } from './article-work.ts';
import type { InputFile } from './read-inputs.ts';
import { splitEndWork, type EndWork } from './staged-output.ts';

/** What every worker builds its linkers from, sent once it is read and checked. */
export interface WorkerSetup {
  gazetteer: Gazetteer;
  zones: ZonesCollection;
  agreements: Pick<AgreementsFile, 'agreements'> | null;
}

export interface SetupRequest {
  setup: WorkerSetup;
}

export interface BatchRequest {
  batch: number;
  files: { file: InputFile; given: SidecarMeta | undefined }[];
}

export interface WriteRequest {
  write: EndWork;
}

/** What a worker reports: a batch's results, its articles written, or the error that stopped either (with its system code, if any). */
export type WorkerReply =
  | { batch: number; results: FileResult[] }
  | { written: true }
  | { error: string; code?: string };

/** A batch's results and the number of the worker that made them (whose TermCoder numbered their search terms). */
export interface WorkedBatch {
  worker: number;
  results: FileResult[];
}

/** Set (to true) by the bundler in the bundled command, whose worker module is beside it. */
declare const INGEST_BUNDLED: boolean | undefined;

/** The worker threads' module: beside this one in the bundled command, else bundled now from the sources when they changed. */
async function workerModule(): Promise<URL> {
  if (typeof INGEST_BUNDLED !== 'undefined') return new URL('./ingest-worker.mjs', import.meta.url);
  const { ingestBundle } = await import('../bundle.mjs');
  return (await ingestBundle()).worker;
}

/**
 * Each worker's young generation (V8's default for a heap this size is 3 × 16 MB semi-spaces): an
 * article's intermediate strings and arrays die young, and with 64 MB semi-spaces fewer of them are
 * copied out or promoted before they do; ant-2018 on 2 workers took about a tenth less CPU. The
 * command gives the main thread the same (--max-semi-space-size=64 in `npm run ingest`).
 */
const YOUNG_GENERATION_MB = 3 * 64;

/** Files per batch: small enough to share the work out evenly, large enough that messages cost little. */
export function batchSize(files: number, workers: number): number {
  return Math.max(1, Math.min(32, Math.floor(files / (workers * 8))));
}

export class WorkerPool {
  private readonly workers: Worker[];
  private readonly done = new Map<number, WorkedBatch>();
  private readonly inFlight: number[];
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private writesLeft = 0;
  private batches: BatchRequest['files'][] = [];
  private sent = 0;
  private next = 0;

  /** `count` workers running the bundled worker module (see bundle.mjs), which start loading at once; `setup` now, or later through configure (before any work). */
  static async start(setup: WorkerSetup | null, count: number): Promise<WorkerPool> {
    return new WorkerPool(await workerModule(), setup, count);
  }

  private constructor(script: URL, setup: WorkerSetup | null, count: number) {
    this.workers = Array.from({ length: count }, () => new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
    this.inFlight = this.workers.map(() => 0);
    this.workers.forEach((w, i) => {
      w.on('message', (reply: WorkerReply) => {
        if ('error' in reply) this.fail(Object.assign(new Error(reply.error), reply.code ? { code: reply.code } : {}));
        else if ('written' in reply) this.writesLeft--;
        else {
          this.inFlight[i]!--;
          this.done.set(reply.batch, { worker: i, results: reply.results });
          this.dispatch();
        }
        this.poke();
      });
      w.on('error', (e) => this.fail(new Error(`ingest worker failed: ${e.message}`)));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`ingest worker stopped (exit code ${code})`));
      });
    });
    if (setup) this.configure(setup);
  }

  /** Send every worker what it builds its linkers from; messages keep their order, so work sent after it finds it there. */
  configure(setup: WorkerSetup): void {
    for (const w of this.workers) w.postMessage({ setup } satisfies SetupRequest);
  }

  private poke(): void {
    this.wake?.();
    this.wake = null;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.poke();
  }

  private dispatch(): void {
    const ahead = this.workers.length * 3;
    this.workers.forEach((w, i) => {
      while (this.inFlight[i]! < 2 && this.sent < this.batches.length && this.sent < this.next + ahead) {
        w.postMessage({ batch: this.sent, files: this.batches[this.sent]! } satisfies BatchRequest);
        this.sent++;
        this.inFlight[i]!++;
      }
    });
  }

  /** Wait until `ready()` holds or something failed (then throw). */
  private async until(ready: () => boolean): Promise<void> {
    while (!this.failure && !ready()) await new Promise<void>((r) => (this.wake = r));
    if (this.failure) throw this.failure;
  }

  /** Work `batches`; yields each batch's results in batch order, with the worker that made them. Stops at the first error (a batch that failed, a worker that crashed). */
  async *results(batches: BatchRequest['files'][]): AsyncGenerator<WorkedBatch> {
    this.batches = batches;
    this.dispatch();
    while (this.next < batches.length) {
      await this.until(() => this.done.has(this.next));
      const results = this.done.get(this.next)!;
      this.done.delete(this.next++);
      this.dispatch();
      yield results;
    }
  }

  /** Write the article files and pages of `first`, then of `then()`, a share of each on every worker (see splitEndWork). */
  async writeEnd(first: EndWork, then: () => EndWork): Promise<void> {
    const send = (work: EndWork): void =>
      splitEndWork(work, this.workers.length).forEach((part, i) => {
        this.writesLeft++;
        this.workers[i]!.postMessage({ write: part } satisfies WriteRequest);
      });
    send(first);
    try {
      send(then());
    } finally {
      // Even when the second part could not be made, the first is being written: wait for it.
      await this.until(() => this.writesLeft === 0);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** End the workers. */
  async close(): Promise<void> {
    for (const w of this.workers) w.removeAllListeners('exit');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
