// A batch's results made cheap to hand from a worker thread to the main thread: every article's staged
// JSON (its text file, metadata and excerpts, see stageArticle) as UTF-8 in one byte buffer, and every
// excerpt's search terms as views of one Int32Array, both buffers transferred with the message instead
// of copied (structured clone copies each string, in two bytes a character for Arabic, and each small
// typed array, and the main thread then encodes the strings to UTF-8 again to spool them).
import type { FileResult } from './article-work.ts';
import type { StagedArticle } from './staged-output.ts';

/** A staged article packed into a batch's bytes: from `at`, its text file's bytes, its metadata's, then its excerpts' (per chunk, per excerpt), one after another. */
export interface PackedArticle {
  id: string;
  at: number;
  body: number;
  meta: number;
  /** Per coverage key number, the byte length of each of its excerpts. */
  chunks: [number, number[]][];
}

/** The bytes an article's staged pieces take in UTF-8. */
function utf8Bytes(s: StagedArticle): number {
  let n = Buffer.byteLength(s.body) + Buffer.byteLength(s.meta);
  for (const [, parts] of s.chunks) for (const p of parts) n += Buffer.byteLength(p);
  return n;
}

/**
 * Pack `results` in place (their staged articles become PackedArticle, their terms views of one
 * buffer); returns the buffers to transfer with them. Each result's `bytes` is the batch's byte buffer.
 */
export function packResults(results: FileResult[]): ArrayBuffer[] {
  let room = 0;
  let codes = 0;
  for (const r of results) {
    for (const d of r.docs) {
      if (d.empty || !d.work) continue;
      room += utf8Bytes(d.work.staged as StagedArticle);
      for (const t of d.work.terms) codes += t.length;
    }
  }
  // A buffer of its own (not a slice of Node's shared pool), so that it can be transferred; every byte is written.
  const bytes = Buffer.allocUnsafeSlow(room);
  const terms = new Int32Array(codes);
  let at = 0;
  let c = 0;
  for (const r of results) {
    r.bytes = bytes;
    for (const d of r.docs) {
      if (d.empty || !d.work) continue;
      const s = d.work.staged as StagedArticle;
      const start = at;
      const put = (text: string): number => {
        const n = bytes.write(text, at);
        at += n;
        return n;
      };
      const body = put(s.body);
      const meta = put(s.meta);
      const chunks = s.chunks.map(([k, parts]): [number, number[]] => [k, parts.map(put)]);
      d.work.staged = { id: s.id, at: start, body, meta, chunks } satisfies PackedArticle;
      d.work.terms = d.work.terms.map((t) => {
        terms.set(t, c);
        c += t.length;
        return terms.subarray(c - t.length, c);
      });
    }
  }
  return [bytes.buffer as ArrayBuffer, terms.buffer];
}
