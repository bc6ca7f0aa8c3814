import { describe, expect, it } from 'vitest';
import { array, assert, constantFrom, property } from 'fast-check';
import { Index } from 'flexsearch';
import { averageTerms, postingsIndex } from '../../src/lib/search/build.ts';
import { exportIndex } from '../../src/lib/search/index-file.ts';
import { INDEX_OPTIONS } from '../../src/lib/search/options.ts';
import { scoreByWeight } from '../../src/lib/search/score.ts';

/** The index as FlexSearch's own add makes it, one document at a time, each term scored by its count. */
function added(docs: string[]): Index {
  const index = new Index({ ...INDEX_OPTIONS, score: scoreByWeight(averageTerms(docs)) });
  docs.forEach((terms, no) => index.add(no, terms));
  return index;
}

const TERMS = ['حلب', 'الغوطه', 'غوطه', 'دوما', '~douma', 'constructor', '__proto__', 'a', '2017'];
// Documents of a few terms each, repeats (which score a term higher) and empty documents among them.
const doc = array(constantFrom(...TERMS), { maxLength: 8 }).map((ts) => ts.join(' '));

describe('search index built from postings', () => {
  it('exports the same file as adding each document to FlexSearch', () => {
    assert(
      property(array(doc, { maxLength: 40 }), (docs) => JSON.stringify(exportIndex(postingsIndex(docs), docs.length)) === JSON.stringify(exportIndex(added(docs), docs.length))),
      { numRuns: 300 },
    );
  });

  it('exports the same chunks for a large index, whose terms FlexSearch splits into several chunks', () => {
    // FlexSearch cuts its export into chunks of 5000 × 250000 / documents terms: 25,000 here, of 50,000 terms.
    const docs = Array.from({ length: 50_000 }, (_, i) => `t${i % 997} u${i % 13} v${i} t${(i * 7) % 997}`);
    const built = exportIndex(postingsIndex(docs), docs.length);
    expect(built.chunks.length).toBeGreaterThan(1);
    expect(JSON.stringify(built)).toBe(JSON.stringify(exportIndex(added(docs), docs.length)));
  });

  it('finds what the added index finds', () => {
    const docs = ['حلب دوما', '', 'دوما الغوطه', 'حلب'];
    const a = postingsIndex(docs);
    const b = added(docs);
    for (const q of ['حلب', 'دوما', 'الغوطه', 'غوطه']) expect(a.search(q)).toEqual(b.search(q));
  });
});
