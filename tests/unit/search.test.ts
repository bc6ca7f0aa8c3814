import { describe, expect, it } from 'vitest';
import { SearchIndexBuilder } from '../../src/lib/search/build.ts';
import { SearchDocsFile } from '../../src/lib/search/docs.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { SearchIndexFile } from '../../src/lib/search/index-file.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/search/filters.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { indexForms, queryForms, wordsOf } from '../../src/lib/search/terms.ts';
import { parseOrThrow } from '../../src/lib/schema.ts';
import { ARTICLES, EXCERPTS, PLACES } from '../fixtures/search/excerpts.ts';

function engine(): SearchEngine {
  const builder = new SearchIndexBuilder(PLACES);
  ARTICLES.forEach((a, i) => builder.add(a, EXCERPTS[i]!));
  const files = builder.finish('test attribution');
  // Through JSON, as the viewer receives them.
  return SearchEngine.fromFiles(parseOrThrow(SearchIndexFile, JSON.parse(files.index), 'index.json'), parseOrThrow(SearchDocsFile, JSON.parse(files.docs), 'docs.json'));
}

const ALL: Filters = { ...NO_FILTERS, strength: 'general' };
const ids = (e: SearchEngine, q: string, f: Filters = ALL): string[] => e.run(q, f).hits.map((n) => e.docs[n]!.id).sort();
/** The marked parts of the first hit in date order, as text. */
function marked(e: SearchEngine, q: string, f: Filters = ALL): string[] {
  const r = e.run(q, f, false, 'oldest');
  const doc = e.docs[r.hits[0]!]!;
  return e.spans(r.hits[0]!, r).map((s) => doc.text.slice(s.start - doc.start, s.end - doc.start));
}

describe('search terms', () => {
  it('indexes a word with attached prefixes under its bare forms', () => {
    expect(indexForms('بالغوطه')).toEqual(expect.arrayContaining(['بالغوطه', 'الغوطه', 'غوطه']));
    expect(indexForms('والغوطه')).toEqual(expect.arrayContaining(['الغوطه', 'غوطه']));
    expect(indexForms('douma')).toEqual(['douma']);
  });

  it('looks a typed word up with and without the article, but never strips a lone و off it', () => {
    expect(queryForms('الغوطه')).toEqual(['الغوطه', 'غوطه']);
    expect(queryForms('وادي')).toEqual(['وادي']);
    expect(queryForms('بالغوطه')).toEqual(expect.arrayContaining(['بالغوطه', 'الغوطه', 'غوطه']));
  });

  it('keeps each word\'s span in the original text through diacritics and tatweel', () => {
    const text = 'وسط الغُوطة ودومـا';
    const words = wordsOf(text);
    expect(words.map((w) => w.norm)).toEqual(['وسط', 'الغوطه', 'ودوما']);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['وسط', 'الغُوطة', 'ودومـا']);
  });

  it('reads quoted phrases apart from the words, with straight, curly and Arabic quotes', () => {
    expect(parseQuery('إدلب "خفض التصعيد"')).toEqual({ words: ['ادلب'], phrases: [['خفض', 'التصعيد']] });
    expect(parseQuery('«خفض التصعيد» “الغوطة”').phrases).toEqual([['خفض', 'التصعيد'], ['الغوطه']]);
  });
});

describe('search', () => {
  const e = engine();

  it('finds «بالغوطة» and «الغوطة» from «غوطة», as the linking reads them', () => {
    expect(ids(e, 'غوطة')).toEqual(['aaaaaaaaaaaa-001', 'aaaaaaaaaaaa-002']);
    expect(ids(e, 'الغوطة')).toEqual(['aaaaaaaaaaaa-001', 'aaaaaaaaaaaa-002']);
  });

  it('matches hamza and alef forms, ta marbuta, and a word written with tatweel', () => {
    expect(ids(e, 'ادلب')).toEqual(['bbbbbbbbbbbb-001', 'bbbbbbbbbbbb-002']);
    expect(ids(e, 'إدلب')).toEqual(['bbbbbbbbbbbb-001', 'bbbbbbbbbbbb-002']);
    expect(ids(e, 'الكبري')).toEqual(['bbbbbbbbbbbb-002']);
    expect(ids(e, 'دوما')).toEqual(['aaaaaaaaaaaa-002']);
  });

  it('finds the Arabic mention from the English name of the place', () => {
    expect(ids(e, 'Douma')).toEqual(['aaaaaaaaaaaa-002']);
    expect(marked(e, 'Douma')).toEqual(['دومـا']);
    expect(ids(e, 'eastern ghouta')).toEqual(['aaaaaaaaaaaa-001']);
  });

  it('requires every word, and a quoted phrase word after word', () => {
    expect(ids(e, 'خفض التصعيد')).toEqual(['aaaaaaaaaaaa-003']);
    expect(ids(e, '"خفض التصعيد"')).toEqual(['aaaaaaaaaaaa-003']);
    expect(ids(e, '"التصعيد خفض"')).toEqual([]);
    expect(ids(e, 'التصعيد')).toEqual(['aaaaaaaaaaaa-003', 'bbbbbbbbbbbb-002']);
  });

  it('finds a phrase the text writes with marks, and never one that ends inside a word of the text', () => {
    expect(ids(e, '"وسط الغوطة"')).toEqual(['aaaaaaaaaaaa-002']);
    expect(ids(e, '"خفض التصعي"')).toEqual([]);
    expect(ids(e, '"ستشهد خفض"')).toEqual(['aaaaaaaaaaaa-003']);
  });

  it('marks the matched words in the original spelling, prefixes and marks included', () => {
    expect(marked(e, 'غوطة', { ...ALL })).toContain('بالغوطة');
    expect(marked(e, 'دوما')).toEqual(['دومـا']);
    expect(marked(e, '"خفض التصعيد"').at(-1)).toBe('خفض التصعيد');
  });

  it('matches the last word as a prefix while it is typed', () => {
    expect(e.run('قافل', ALL, false).hits).toHaveLength(0);
    expect(e.run('قافل', ALL, true).hits.map((n) => e.docs[n]!.id)).toEqual(['aaaaaaaaaaaa-002']);
  });

  it('hides governorate-only links by default and counts what it hides', () => {
    const r = e.run('ادلب', NO_FILTERS);
    expect(r.hits).toHaveLength(0);
    expect(r.weaker).toBe(2);
    expect(e.run('ادلب', ALL).perZone.idlib).toBe(2);
  });

  it('applies the zone, date, outlet and inside-the-zone filters', () => {
    expect(ids(e, 'غوطة', { ...ALL, zone: 'idlib' })).toEqual([]);
    expect(ids(e, 'غوطة', { ...ALL, from: '2017-05-11' })).toEqual([]);
    expect(ids(e, 'التصعيد', { ...ALL, outlet: 'وكالة التجربة' })).toEqual(['bbbbbbbbbbbb-002']);
    expect(ids(e, 'غوطة', { ...ALL, inside: true })).toEqual(['aaaaaaaaaaaa-002']);
  });
});
