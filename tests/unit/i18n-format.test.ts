import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, prepareFormats } from '../../src/lib/i18n.ts';

describe('formatDate', () => {
  it('writes an ISO date in the reader’s language, Arabic with Western digits', () => {
    expect(formatDate('2017-05-04', 'en')).toBe('4 May 2017');
    expect(formatDate('2017-05-04', 'ar')).toMatch(/^4 (أيار|مايو) 2017$/);
  });

  it('shows the day written, at the turn of a month and of a year', () => {
    expect(formatDate('2017-12-31', 'en')).toBe('31 December 2017');
    expect(formatDate('2018-01-01', 'en')).toBe('1 January 2018');
  });

  it('gives back what is not a plain date', () => {
    expect(formatDate('2017-05', 'en')).toBe('2017-05');
    expect(formatDate('undated', 'ar')).toBe('undated');
  });

  it('switches language between calls', () => {
    const en = formatDate('2017-07-09', 'en');
    const ar = formatDate('2017-07-09', 'ar');
    expect(en).not.toBe(ar);
    expect(formatDate('2017-07-09', 'en')).toBe(en);
  });
});

describe('formatNumber', () => {
  it('rounds to whole numbers and groups digits, Western digits in both languages', () => {
    expect(formatNumber(12345.6, 'en')).toBe('12,346');
    expect(formatNumber(12345.6, 'ar')).toMatch(/^12.346$/);
  });
});

describe('prepareFormats', () => {
  it('leaves the formatting as it was', () => {
    const before = formatDate('2017-11-08', 'ar');
    prepareFormats('ar');
    prepareFormats('en');
    expect(formatDate('2017-11-08', 'ar')).toBe(before);
    expect(formatNumber(1500, 'en')).toBe('1,500');
  });
});
