import { describe, expect, it } from 'vitest';
import { array, assert, constantFrom, integer, property, string, uniqueArray } from 'fast-check';
import { NumberColumn } from '../../src/lib/ingest/column.ts';
import { ExcerptIdOrder, PER_ARTICLE } from '../../src/lib/ingest/excerpt-order.ts';
import { excerptId } from '../../src/lib/ingest/excerpts.ts';

describe('NumberColumn', () => {
  it('keeps every pushed number, in order, past its first capacity', () => {
    const c = new NumberColumn(16);
    for (let i = 0; i < 1000; i++) c.push(i * 2 ** 30 + 0.5);
    expect(c.length).toBe(1000);
    expect(c.at(0)).toBe(0.5);
    expect(c.at(999)).toBe(999 * 2 ** 30 + 0.5);
    expect(c.last(-1)).toBe(999 * 2 ** 30 + 0.5);
    expect(Array.from(c.view())).toEqual(Array.from({ length: 1000 }, (_, i) => i * 2 ** 30 + 0.5));
  });

  it('refuses an index outside the list and gives the fallback as the last of an empty one', () => {
    const c = new NumberColumn();
    expect(c.last(-1)).toBe(-1);
    c.push(7);
    expect(() => c.at(1)).toThrow(RangeError);
    expect(() => c.at(-1)).toThrow(RangeError);
  });
});

const hexId = string({ unit: constantFrom(...'0123456789abcdef'), minLength: 12, maxLength: 12 });
const plainSort = (ids: readonly string[], refs: number[]): string[] =>
  refs.map((r) => excerptId(ids[Math.floor(r / PER_ARTICLE)]!, (r % PER_ARTICLE) + 1)).sort();

describe('ExcerptIdOrder', () => {
  it('sorts excerpt references into the string order of their ids', () => {
    assert(
      property(uniqueArray(hexId, { minLength: 1, maxLength: 40 }), array(integer({ min: 0, max: 10_000 }), { maxLength: 200 }), (ids, raw) => {
        const refs = raw.map((x) => (x % ids.length) * PER_ARTICLE + (x % 999));
        expect(new ExcerptIdOrder(ids, 999).sortedIds(refs)).toEqual(plainSort(ids, refs));
      }),
      { numRuns: 200 },
    );
  });

  it('still gives string order when an article has more than 999 excerpts or ids differ in length', () => {
    const ids = ['ab12', 'ab', 'ab1'];
    const refs = [0 * PER_ARTICLE + 999, 0 * PER_ARTICLE + 998, 0 * PER_ARTICLE + 99, 1 * PER_ARTICLE + 5, 2 * PER_ARTICLE + 0];
    // "ab12-1000" comes before "ab12-999", and "ab-006" before "ab1-001" before "ab12-…".
    expect(new ExcerptIdOrder(ids, 1000).sortedIds(refs)).toEqual(plainSort(ids, refs));
    expect(new ExcerptIdOrder(ids, 1000).sortedIds(refs)[1]).toBe('ab1-001');
    expect(new ExcerptIdOrder(['aaaa', 'bbbb'], 1200).sortedIds([999, 998, 5])).toEqual(['aaaa-006', 'aaaa-1000', 'aaaa-999']);
  });
});
