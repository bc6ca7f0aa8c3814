import { describe, expect, it } from 'vitest';
import { array, assert, constantFrom, property, tuple } from 'fast-check';
import { docTerms } from '../../src/lib/search/terms.ts';
import { TermCoder, type TermCodes } from '../../src/lib/search/term-codes.ts';

/** Codes with their terms' names in place of numbers: [length, [term, count], ...]. */
const named = (coder: TermCoder, codes: TermCodes): unknown[] => {
  const out: unknown[] = [codes[0]];
  for (let i = 1; i < codes.length; i += 2) out.push([coder.names[codes[i]!], codes[i + 1]]);
  return out;
};

// Words written for these tests: attached prefixes and the article, a word twice, Latin words and digits,
// punctuation, marks and tatweel inside a word, a presentation form and a letter whose lower case depends
// on its neighbours (both read on the slow path).
const WORDS = ['والغوطة', 'بالغوطة', 'الغوطة', 'غوطة', 'دوما', 'ودوما', 'للقصف', 'القصف', 'Douma', 'idlib', '2017', '١٧', '،', '(حلب)', 'كفرزيتا.', 'بـ', 'الغُوطـة', 'DOUMA', 'دوما،حلب', 'ﻻ', 'ΣΑΣ'];
const PLACES = ['Douma', 'Eastern Ghouta', 'Idlib', 'Kafr Zita'];
const text = array(constantFrom(...WORDS), { maxLength: 12 }).map((ws) => ws.join(' '));
const places = array(constantFrom(...PLACES), { maxLength: 3 });

describe('search term codes', () => {
  it('codes a text as encode codes its docTerms joined by spaces, excerpt after excerpt on one coder', () => {
    assert(
      property(array(tuple(text, places), { maxLength: 8 }), (excerpts) => {
        const byText = new TermCoder();
        const byTerms = new TermCoder();
        return excerpts.every(([t, p]) => {
          const a = named(byText, byText.encodeText(t, p));
          const b = named(byTerms, byTerms.encode(docTerms(t, p).join(' ')));
          return JSON.stringify(a) === JSON.stringify(b);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('codes the same when its table of words fills up and starts afresh, again and again', () => {
    assert(
      property(array(tuple(text, places), { maxLength: 8 }), (excerpts) => {
        const small = new TermCoder(3);
        const byTerms = new TermCoder();
        return excerpts.every(([t, p]) => JSON.stringify(named(small, small.encodeText(t, p))) === JSON.stringify(named(byTerms, byTerms.encode(docTerms(t, p).join(' ')))));
      }),
      { numRuns: 300 },
    );
  });

  it('counts each use of a term, and all the text\'s terms with repeats as its length', () => {
    const coder = new TermCoder();
    const codes = named(coder, coder.encodeText('دوما ودوما Douma', ['Douma']));
    // دوما twice (and once more as the reading of ودوما), ودوما once, the Latin word not at all, ~douma once.
    expect(codes).toEqual([4, ['دوما', 2], ['ودوما', 1], ['~douma', 1]]);
  });
});
