// A worker's batch results packed for the main thread: the staged JSON as UTF-8 in one buffer and the
// search terms as views of one array give back exactly the strings and numbers they were made from.
import { describe, expect, it } from 'vitest';
import { packResults, type PackedArticle } from '../../src/pipeline/ingest/packed-results.ts';
import type { FileResult, WorkedArticle } from '../../src/pipeline/ingest/article-work.ts';

const worked = (body: string, meta: string, chunks: [number, string[]][], terms: number[][]): WorkedArticle =>
  ({ meta: {}, excerpts: [], unresolved: [], staged: { id: body.slice(0, 4), body, meta, chunks }, terms: terms.map((t) => Int32Array.from(t)) }) as unknown as WorkedArticle;

describe('packResults', () => {
  it('packs every staged piece into one transferable buffer, in order, and every excerpt\'s terms into views of one array', () => {
    const results: FileResult[] = [
      { docs: [{ file: 'a.txt', empty: false, id: 'a', warnings: [], work: worked('{"text": "قصف على دوما"}', '{"id": "a"}', [[0, ['{"e": 1}', '{"e": "إدلب – ٢"}']], [3, ['{"e": 3}']]], [[2, 0, 1], [1, 4, 1]]) }], errors: [], terms: [] },
      { docs: [{ file: 'b.txt', empty: true }, { file: 'c.txt', empty: false, id: 'c', warnings: [], work: null }], errors: [], terms: [] },
      { docs: [{ file: 'd.txt', empty: false, id: 'd', warnings: [], work: worked('{"text": "plain"}', '{}', [], []) }], errors: [], terms: [] },
    ];
    const expected = results.flatMap((r) => r.docs.flatMap((d) => (d.empty || !d.work ? [] : [structuredClone(d.work)])));
    const transfer = packResults(results);
    expect(transfer).toHaveLength(2);
    const bytes = results[0]!.bytes!;
    expect(results.every((r) => r.bytes === bytes)).toBe(true);
    expect(transfer[0]).toBe(bytes.buffer);
    const packed = results.flatMap((r) => r.docs.flatMap((d) => (d.empty || !d.work ? [] : [d.work])));
    packed.forEach((w, i) => {
      const p = w.staged as PackedArticle;
      const want = expected[i]!.staged as { id: string; body: string; meta: string; chunks: [number, string[]][] };
      let at = p.at;
      const take = (n: number): string => Buffer.from(bytes.buffer, at, n).toString('utf8', 0, n) + ((at += n), '');
      expect(p.id).toBe(want.id);
      expect(take(p.body)).toBe(want.body);
      expect(take(p.meta)).toBe(want.meta);
      expect(p.chunks.map(([k, parts]) => [k, parts.map(take)])).toEqual(want.chunks);
      expect(w.terms.map((t) => [...t])).toEqual(expected[i]!.terms.map((t) => [...t]));
      for (const t of w.terms) expect(t.buffer).toBe(transfer[1]);
    });
    expect(packed.reduce((end, w) => Math.max(end, (w.staged as PackedArticle).at), 0)).toBeLessThan(bytes.length);
  });
});
