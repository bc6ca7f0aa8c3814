import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordLine } from '../../src/lib/search/fast-words.ts';
import { tokenize } from '../../src/lib/search/terms.ts';

// Letters, marks, tatweel, presentation forms, Latin with case, digits of both kinds, spaces and stops.
const UNITS = 'اأإآٱبتةثجحدذرزسشصضطظعغفقكلمنهويىئؤءًٌٍَُِّْـﻻﷲ٠١٩ ،.؟-\u00a0\u200cAaZzΣσİi0 9'.split('');

describe('word line', () => {
  it('joins the words tokenize gives, for Arabic with marks, tatweel and folded letters', () => {
    const text = 'وَصلت قافلةٌ إلى دومـا، وسط الغُوطة الشرقيّة ٢٠١٧';
    expect(wordLine(text)).toBe(tokenize(text).join(' '));
  });

  it('agrees with tokenize on any mix of letters, marks, presentation forms, cases and stops', () => {
    const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((units) => units.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(wordLine(t)).toBe(tokenize(t).join(' '));
    }), { numRuns: 2000 });
  });
});
