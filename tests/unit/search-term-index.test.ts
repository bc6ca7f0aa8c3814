import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INDEX_OPTIONS, SEARCH_FIELDS, type IndexedDoc } from '../../src/lib/search/options.ts';
import { TermIndex, documentTerms, type TermOptions } from '../../src/lib/search/term-index.ts';

/** The index both ways: MiniSearch adding each document, and TermIndex counting documentTerms (its two serialisations checked equal). */
function both(docs: { text: string; places: string }[]): [string, string] {
  const mini = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
  const index = new TermIndex(SEARCH_FIELDS);
  docs.forEach((d, id) => {
    mini.add({ id, ...d });
    index.add(documentTerms(d, INDEX_OPTIONS as TermOptions));
  });
  const ours = JSON.stringify(index);
  expect(index.serialize()).toBe(ours);
  return [JSON.stringify(mini), ours];
}

const WORDS = ['الغوطة', 'بالغوطة', 'والغوطة', 'دوما', 'ودوما', 'للاتفاق', 'الاتفاق', 'إدلب', 'بإدلب', 'خفض', 'التصعيد', 'حمص', 'الرستن', 'Douma', 'Idlib', '2017', 'فالحرب', 'وبالقرب', 'كالعادة', 'لل'];

describe('search term index', () => {
  it('serialises byte for byte as MiniSearch does after adding the same documents one by one', () => {
    const [mini, ours] = both([
      { text: 'قصف على دوما وبالغوطة الشرقية، ودوما تحت الحصار', places: 'Douma Eastern Ghouta' },
      { text: 'اتفاق خفض التصعيد في إدلب وللاتفاق بنود', places: 'Idlib' },
      { text: 'Douma 2017 دوما', places: '' },
      { text: '', places: '' },
    ]);
    expect(ours).toBe(mini);
  });

  it('agrees with MiniSearch on any sequence of documents made of words that share prefixes', () => {
    const doc = fc.record({
      text: fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' ')),
      places: fc.array(fc.constantFrom('Douma', 'Idlib', 'Eastern Ghouta', 'Ar-Rastan'), { maxLength: 3 }).map((w) => w.join(' ')),
    });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 30 }), (docs) => {
        const [mini, ours] = both(docs);
        expect(ours).toBe(mini);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('loads into MiniSearch and finds a word under its prefixed forms', () => {
    const [, ours] = both([
      { text: 'قصف بالغوطة', places: '' },
      { text: 'هدوء في إدلب', places: 'Idlib' },
    ]);
    const loaded = MiniSearch.loadJSON<IndexedDoc>(ours, INDEX_OPTIONS);
    expect(loaded.search('غوطه').map((r) => r.id)).toEqual([0]);
    expect(loaded.search('idlib').map((r) => r.id)).toEqual([1]);
  });
});
