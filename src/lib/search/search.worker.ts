// Module Web Worker that holds the search index, so that loading it and running a query never hold up
// the page: see protocol.ts for the messages. Searches that arrive while one is running are not all
// run: only the latest of them (a query typed on is answered for its last key).
import { parseOrThrow } from '../schema.ts';
import { SearchDocsFile } from './docs.ts';
import { highlightSegments } from '../coverage/segments.ts';
import { SearchEngine, type SearchResults } from './engine.ts';
import { SearchIndexFile } from './index-file.ts';
import type { SearchAsk, SearchReply, SearchRequest, ShownHit } from './protocol.ts';

let engine: SearchEngine | null = null;
let last: { seq: number; results: SearchResults } | null = null;
let pending: Extract<SearchRequest, { kind: 'search' }> | null = null;
/**
 * A search runs in a task of its own after the messages already queued (so of a burst only the latest
 * is run): a message to itself, which unlike setTimeout is never clamped to a few milliseconds.
 */
const later = new MessageChannel();

const reply = (message: SearchReply): void => self.postMessage(message);
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${url}: ${messageOf(error)}`);
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
}

async function load(indexUrl: string, docsUrl: string): Promise<void> {
  const t0 = performance.now();
  try {
    const [index, docs] = await Promise.all([fetchJson(indexUrl), fetchJson(docsUrl)]);
    const rows = parseOrThrow(SearchDocsFile, docs, docsUrl);
    const file = parseOrThrow(SearchIndexFile, index, indexUrl);
    try {
      engine = SearchEngine.fromFiles(file, rows);
    } catch (error) {
      throw new Error(`${indexUrl}: not a search index for ${docsUrl} (${messageOf(error)})`);
    }
    reply({ kind: 'ready', outlets: engine.outlets, attribution: engine.attribution, docs: engine.docs.length, ms: performance.now() - t0 });
  } catch (error) {
    reply({ kind: 'load-error', message: messageOf(error) });
  }
}

function shown(e: SearchEngine, results: SearchResults, offset: number, limit: number): ShownHit[] {
  return results.hits.slice(offset, offset + limit).map((no) => {
    const { mentions: _, ...doc } = e.docs[no]!;
    return { doc, segments: highlightSegments(doc.text, doc.start, e.spans(no, results)) };
  });
}

/** The results of `ask`: those of the last search when it is the one asked about, else worked out. */
function resultsOf(e: SearchEngine, ask: SearchAsk): SearchResults {
  if (last?.seq === ask.seq) return last.results;
  return e.run(ask.query, ask.filters, ask.typing, ask.sort);
}

function runPending(): void {
  const request = pending;
  pending = null;
  if (!request || !engine) return;
  const t0 = performance.now();
  const results = engine.run(request.query, request.filters, request.typing, request.sort);
  last = { seq: request.seq, results };
  const hits = shown(engine, results, 0, request.limit);
  const { perZone, weaker } = results;
  reply({ kind: 'results', seq: request.seq, query: request.query, total: results.hits.length, perZone, weaker, hits, ms: performance.now() - t0 });
}

later.port1.onmessage = runPending;

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  switch (request.kind) {
    case 'load':
      void load(request.indexUrl, request.docsUrl);
      return;
    case 'search':
      if (pending === null) later.port2.postMessage(null);
      pending = request;
      return;
    case 'page':
      if (engine) reply({ kind: 'page', seq: request.seq, offset: request.offset, hits: shown(engine, resultsOf(engine, request), request.offset, request.limit) });
      return;
    case 'all':
      if (engine) {
        const e = engine;
        reply({ kind: 'all', seq: request.seq, docs: resultsOf(e, request).hits.map((no) => e.docs[no]!) });
      }
      return;
  }
});
