// A worker thread of the ingest: builds the linkers once from the gazetteer, zones and agreements the
// main thread read and checked, then works each batch of files it is sent (article-work.ts) and posts
// the results back, or the error that stopped a batch; at the end it writes the article files it is
// given a share of. An article it has already worked in an earlier
// batch is not worked again (the main thread keeps the first one and reports the copy).
import { parentPort, workerData } from 'node:worker_threads';
import { createAgreementLinker } from '../../lib/ingest/agreements.ts';
import { createLinker } from '../../lib/ingest/linker.ts';
import { onceEach, workFile, type WorkContext } from './article-work.ts';
import type { BatchRequest, WorkerReply, WorkerSetup, WriteRequest } from './worker-pool.ts';
import { writeArticleFiles } from './staged-output.ts';

const setup = workerData as WorkerSetup;
const ctx: WorkContext = {
  linker: createLinker(setup.gazetteer, setup.zones),
  agreements: setup.agreements ? createAgreementLinker(setup.agreements) : undefined,
};
// Batches come to a worker in input order, so an id it has worked before came earlier in the input.
const skip = onceEach();

/** The reply for an error: its message, and its system code (ENOSPC …) when it has one. */
const failed = (e: unknown): WorkerReply => {
  const code = (e as NodeJS.ErrnoException).code;
  return { error: e instanceof Error ? e.message : String(e), ...(typeof code === 'string' ? { code } : {}) };
};

parentPort!.on('message', async (req: BatchRequest | WriteRequest) => {
  let reply: WorkerReply;
  try {
    if ('write' in req) {
      writeArticleFiles(req.write.tmp, req.write.spool, req.write.jobs);
      reply = { written: true };
    } else {
      const results = [];
      for (const { file, given } of req.files) results.push(await workFile(file, given, ctx, skip));
      reply = { batch: req.batch, results };
    }
  } catch (e) {
    reply = failed(e);
  }
  parentPort!.postMessage(reply);
});
