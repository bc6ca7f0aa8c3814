// A worker thread of the ingest: starts loading as the run starts, builds the linkers once from the
// gazetteer, zones and agreements the main thread read and checked (its first message), then works
// each batch of files it is sent (article-work.ts) and posts the results back (packed, see
// packed-results.ts), or the error that stopped a batch; at the end it writes the article files and
// coverage pages it is given a share of. An article it has already worked in an earlier batch is not
// worked again (the main thread keeps the first one and reports the copy).
import { parentPort } from 'node:worker_threads';
import { createAgreementLinker } from '../../lib/ingest/agreements.ts';
import { createLinker } from '../../lib/ingest/linker.ts';
import { onceEach, workFile, type WorkContext } from './article-work.ts';
import type { BatchRequest, SetupRequest, WorkerReply, WorkerSetup, WriteRequest } from './worker-pool.ts';
import { writeEndWork } from './staged-output.ts';
import { packResults } from './packed-results.ts';
import { TermCoder } from '../../lib/search/term-codes.ts';

/** The linkers, built from the first message (the setup) before any work comes. */
let ctx: WorkContext | null = null;
const contextOf = (setup: WorkerSetup): WorkContext => ({
  linker: createLinker(setup.gazetteer, setup.zones),
  agreements: setup.agreements ? createAgreementLinker(setup.agreements) : undefined,
  terms: new TermCoder(),
});
// Batches come to a worker in input order, so an id it has worked before came earlier in the input.
const skip = onceEach();

/** The reply for an error: its message, and its system code (ENOSPC …) when it has one. */
const failed = (e: unknown): WorkerReply => {
  const code = (e as NodeJS.ErrnoException).code;
  return { error: e instanceof Error ? e.message : String(e), ...(typeof code === 'string' ? { code } : {}) };
};

parentPort!.on('message', async (req: SetupRequest | BatchRequest | WriteRequest) => {
  // A setup that cannot be built stops the worker with its error (the pool reports it).
  if ('setup' in req) {
    ctx = contextOf(req.setup);
    return;
  }
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    if ('write' in req) {
      writeEndWork(req.write);
      reply = { written: true };
    } else {
      const results = [];
      if (!ctx) throw new Error('ingest worker: work came before its setup');
      for (const { file, given } of req.files) results.push(await workFile(file, given, ctx, skip));
      transfer = packResults(results);
      reply = { batch: req.batch, results };
    }
  } catch (e) {
    reply = failed(e);
  }
  parentPort!.postMessage(reply, transfer);
});
