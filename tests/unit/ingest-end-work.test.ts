// The end of a run shared out among threads: every article file and every page of every coverage
// file goes to exactly one part, the parts about the same size.
import { describe, expect, it } from 'vitest';
import { assert, integer, property } from 'fast-check';
import { splitEndWork, type EndWork, type PageJob } from '../../src/pipeline/ingest/staged-output.ts';
import { COVERAGE_KEYS } from '../../src/lib/ingest/assemble.ts';

const work = (articles: number, pages: number[]): EndWork => {
  const order = new Int32Array(0);
  const none = new Float64Array(0);
  return {
    tmp: '/t',
    textSpool: '/t/.spool-texts',
    metaSpool: '/t/.spool-articles',
    metaEnd: none,
    articles: Array.from({ length: articles }, (_, i) => ({ id: `a${i}`, at: i, length: 1, locations: '[]' })),
    pages: pages.map((count, k): PageJob => ({ key: COVERAGE_KEYS[k]!, spool: `/t/.spool-${k}`, pages: count, total: count * 30, from: 0, to: count, order, first: none, ends: none })),
  };
};

describe('splitEndWork', () => {
  it('gives every article file and every page to exactly one part, each part within one of an even share', () => {
    assert(
      property(integer({ min: 0, max: 300 }), integer({ min: 1, max: 6 }), integer({ min: 1, max: 40 }), integer({ min: 1, max: 3 }), (articles, n, general, idlib) => {
        const whole = work(articles, [general, idlib, 1]);
        const parts = splitEndWork(whole, n);
        expect(parts.length).toBeLessThanOrEqual(n);
        expect(parts.flatMap((p) => p.articles.map((a) => a.id))).toEqual(whole.articles.map((a) => a.id));
        for (const job of whole.pages) {
          const got = parts.flatMap((p) => p.pages.filter((q) => q.key === job.key).flatMap((q) => Array.from({ length: q.to - q.from }, (_, i) => q.from + i)));
          expect(got).toEqual(Array.from({ length: job.pages }, (_, i) => i));
          for (const p of parts) for (const q of p.pages.filter((x) => x.key === job.key)) expect(q.to - q.from).toBeLessThanOrEqual(Math.ceil(job.pages / n));
        }
        for (const p of parts) expect(p.articles.length).toBeLessThanOrEqual(Math.ceil(articles / n));
      }),
    );
  });

  it('leaves out a part with nothing to write', () => {
    expect(splitEndWork(work(0, [1]), 3)).toHaveLength(1);
  });
});
