import { describe, expect, it } from 'vitest';
import { assert, property, string, constantFrom, array, oneof } from 'fast-check';
import { normalizeArabic, normalizeWithMap, originalSpan } from '../../src/lib/arabic/normalize.ts';
import { toAsciiDigits } from '../../src/lib/arabic/digits.ts';
import { prefixCandidates, stripPrefixes } from '../../src/lib/arabic/prefixes.ts';

// Characters that exercise every rule: letters, hamza forms, marks, tatweel, digits, Persian forms,
// presentation forms, Latin, spaces and punctuation.
const ALPHABET = [
  'ا', 'أ', 'إ', 'آ', 'ٱ', 'ب', 'ت', 'ة', 'ه', 'ى', 'ي', 'ی', 'ک', 'ك', 'ؤ', 'ئ', 'ء', 'ل', 'م', 'ن',
  '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u0670', 'ـ', '٠', '٣', '۹', '7',
  'ﻻ', 'ﺏ', 'ﷲ', 'a', 'Z', ' ', '\u00a0', '،', '.', '\n', '\u200f',
];
const arabicish = array(constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(''));
const anyText = oneof(arabicish, string({ maxLength: 40 }));

describe('normalizeArabic', () => {
  it('folds hamza forms, alef maqsura, ta marbuta, Persian letters and digits', () => {
    expect(normalizeArabic('إدلب')).toBe('ادلب');
    expect(normalizeArabic('آستانا')).toBe('استانا');
    expect(normalizeArabic('الغوطة الشرقية')).toBe('الغوطه الشرقيه');
    expect(normalizeArabic('مصطفى')).toBe('مصطفي');
    expect(normalizeArabic('کردستان')).toBe('كردستان');
    expect(normalizeArabic('ی')).toBe('ي');
    expect(normalizeArabic('مؤتمر')).toBe('موتمر');
    expect(normalizeArabic('٢٩.٠٩.٢٠١٧')).toBe('29.09.2017');
    expect(normalizeArabic('۱۴')).toBe('14');
  });

  it('removes diacritics and tatweel', () => {
    expect(normalizeArabic('حَلَبُ')).toBe('حلب');
    expect(normalizeArabic('حمـــص')).toBe('حمص');
    expect(normalizeArabic('الشَّام')).toBe('الشام');
  });

  it('expands presentation forms to base letters', () => {
    expect(normalizeArabic('ﻻ')).toBe('لا');
  });

  it('is idempotent on any input', () => {
    assert(property(anyText, (s) => normalizeArabic(normalizeArabic(s)) === normalizeArabic(s)));
  });

  it('maps every normalised unit back into the original, in order', () => {
    assert(
      property(anyText, (s) => {
        const n = normalizeWithMap(s);
        if (n.map.length !== n.text.length + 1) return false;
        if (n.map[n.text.length] !== s.length) return false;
        for (let i = 0; i < n.text.length; i++) {
          const o = n.map[i]!;
          if (o < 0 || o >= s.length) return false;
          if (i > 0 && o < n.map[i - 1]!) return false;
        }
        return true;
      }),
    );
  });

  it('maps any normalised span to an original span whose normalisation is that span', () => {
    assert(
      property(anyText, (s) => {
        const n = normalizeWithMap(s);
        for (let a = 0; a < n.text.length; a++) {
          for (let b = a + 1; b <= n.text.length; b++) {
            // Spans cutting a presentation form in half cannot round-trip; skip them.
            if (n.map[a] === n.map[a - 1] || n.map[b] === n.map[b - 1]) continue;
            const span = originalSpan(n, a, b);
            if (span.start < 0 || span.end > s.length || span.start >= span.end) return false;
            if (normalizeArabic(s.slice(span.start, span.end)) !== n.text.slice(a, b)) return false;
          }
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a trailing mark inside the original span', () => {
    const s = 'في حَلَبُ اليوم';
    const n = normalizeWithMap(s);
    const at = n.text.indexOf('حلب');
    const span = originalSpan(n, at, at + 3);
    expect(s.slice(span.start, span.end)).toBe('حَلَبُ');
  });
});

describe('toAsciiDigits', () => {
  it('converts both Arabic-Indic digit series and leaves other text alone', () => {
    expect(toAsciiDigits('١٥ أيلول ۲۰۱۷')).toBe('15 أيلول 2017');
  });
});

describe('prefix candidates', () => {
  it('offers bare, clitic and clitic-plus-article readings of a word', () => {
    expect(stripPrefixes('بالغوطه')).toEqual(['بالغوطه', 'غوطه', 'الغوطه']);
    expect(stripPrefixes('وادلب')).toEqual(['وادلب', 'ادلب']);
  });

  it('restores the article dropped after the preposition li', () => {
    expect(stripPrefixes('للغوطه')).toContain('الغوطه');
    expect(stripPrefixes('ولليرموك')).toContain('اليرموك');
  });

  it('offers nothing for a word without prefixes and never strips a whole word', () => {
    expect(stripPrefixes('حمص')).toEqual(['حمص']);
    expect(prefixCandidates('و', 0)).toHaveLength(1);
  });
});
