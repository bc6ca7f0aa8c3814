import { describe, expect, it } from 'vitest';
import { array, assert, constantFrom, integer, property, tuple } from 'fast-check';
import { Index } from 'flexsearch';
import { averageTerms, postingsFile } from '../../src/lib/search/build.ts';
import { exportIndex, importIndex, SearchIndexFile } from '../../src/lib/search/index-file.ts';
import { INDEX_OPTIONS } from '../../src/lib/search/options.ts';
import { scoreByWeight } from '../../src/lib/search/score.ts';
import { TermCoder, TermDecoder } from '../../src/lib/search/term-codes.ts';
import { parseOrThrow } from '../../src/lib/schema.ts';

/** The index as FlexSearch's own add makes it, one document at a time, each term scored by its count. */
function added(docs: string[]): Index {
  const index = new Index({ ...INDEX_OPTIONS, score: scoreByWeight(averageTerms(docs)) });
  docs.forEach((terms, no) => index.add(no, terms));
  return index;
}

/** The index file made from the documents' terms coded by one coder. */
function coded(docs: string[]): SearchIndexFile {
  const coder = new TermCoder();
  const codes = docs.map((d) => coder.encode(d));
  return postingsFile(codes, coder.names);
}

/**
 * The same, each document coded by one of `coders` coders (`by[i]`, as worker threads do), each
 * coder's new terms handed over after every document and decoded into one vocabulary.
 */
function codedApart(docs: string[], by: number[], coders: number): SearchIndexFile {
  const vocabulary = new TermCoder();
  const apart = Array.from({ length: coders }, () => ({ coder: new TermCoder(), decoder: new TermDecoder(vocabulary) }));
  const codes = docs.map((d, i) => {
    const { coder, decoder } = apart[by[i]! % coders]!;
    const c = coder.encode(d);
    decoder.learn(coder.take());
    return decoder.decode(c);
  });
  return postingsFile(codes, vocabulary.names);
}

const TERMS = ['حلب', 'الغوطه', 'غوطه', 'دوما', '~douma', 'constructor', '__proto__', 'a', '2017'];
// Documents of a few terms each, repeats (which score a term higher) and empty documents among them.
const doc = array(constantFrom(...TERMS), { maxLength: 8 }).map((ts) => ts.join(' '));

describe('search index built from coded postings', () => {
  it('is the file FlexSearch exports after adding each document', () => {
    assert(
      property(array(doc, { maxLength: 40 }), (docs) => JSON.stringify(coded(docs)) === JSON.stringify(exportIndex(added(docs), docs.length))),
      { numRuns: 300 },
    );
  });

  it('is the same file when the documents were coded by several coders and decoded into one vocabulary', () => {
    assert(
      property(array(tuple(doc, integer({ min: 0, max: 2 })), { maxLength: 40 }), (pairs) => {
        const docs = pairs.map(([d]) => d);
        return JSON.stringify(codedApart(docs, pairs.map(([, w]) => w), 3)) === JSON.stringify(coded(docs));
      }),
      { numRuns: 200 },
    );
  });

  it('is cut into the same chunks for a large index, whose terms FlexSearch splits into several chunks', () => {
    // FlexSearch cuts its export into chunks of 5000 × 250000 / documents terms: 25,000 here, of 50,000 terms.
    const docs = Array.from({ length: 50_000 }, (_, i) => `t${i % 997} u${i % 13} v${i} t${(i * 7) % 997}`);
    const built = coded(docs);
    expect(built.chunks.length).toBeGreaterThan(1);
    expect(JSON.stringify(built)).toBe(JSON.stringify(exportIndex(added(docs), docs.length)));
  });

  it('finds what the added index finds once written and loaded', () => {
    const docs = ['حلب دوما', '', 'دوما الغوطه', 'حلب'];
    const a = importIndex(parseOrThrow(SearchIndexFile, JSON.parse(JSON.stringify(coded(docs))), 'index.json')).index;
    const b = added(docs);
    for (const q of ['حلب', 'دوما', 'الغوطه', 'غوطه']) expect(a.search(q)).toEqual(b.search(q));
  });

  it('refuses codes naming a term its coder never handed over', () => {
    const coder = new TermCoder();
    const decoder = new TermDecoder(new TermCoder());
    const codes = coder.encode('حلب دوما');
    decoder.learn(coder.take().slice(0, 1));
    expect(() => decoder.decode(codes)).toThrow(/term number 1 was never handed over/);
  });
});
