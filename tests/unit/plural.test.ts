import { describe, expect, it } from 'vitest';
import { countOf, EXCERPTS, SUB_DISTRICTS } from '../../src/lib/plural.ts';

describe('countOf', () => {
  it('writes Arabic counts in each of the six plural forms', () => {
    expect(countOf(0, EXCERPTS, 'ar')).toBe('لا مقتطفات');
    expect(countOf(1, EXCERPTS, 'ar')).toBe('مقتطف واحد');
    expect(countOf(2, EXCERPTS, 'ar')).toBe('مقتطفان');
    expect(countOf(3, EXCERPTS, 'ar')).toBe('3 مقتطفات');
    expect(countOf(8, EXCERPTS, 'ar')).toBe('8 مقتطفات');
    expect(countOf(10, EXCERPTS, 'ar')).toBe('10 مقتطفات');
    expect(countOf(11, EXCERPTS, 'ar')).toBe('11 مقتطفاً');
    expect(countOf(99, EXCERPTS, 'ar')).toBe('99 مقتطفاً');
    expect(countOf(100, EXCERPTS, 'ar')).toBe('100 مقتطف');
    expect(countOf(103, EXCERPTS, 'ar')).toBe('103 مقتطفات');
  });

  it('writes English singular and plural, with grouped digits', () => {
    expect(countOf(1, EXCERPTS, 'en')).toBe('1 excerpt');
    expect(countOf(0, EXCERPTS, 'en')).toBe('0 excerpts');
    expect(countOf(1200, SUB_DISTRICTS, 'en')).toBe('1,200 sub-districts');
  });

  it('keeps Western digits in Arabic', () => {
    expect(countOf(42, SUB_DISTRICTS, 'ar')).toBe('42 ناحيةً');
    expect(countOf(1200, SUB_DISTRICTS, 'ar')).toMatch(/^1[,٬]200 ناحية$/);
  });
});
