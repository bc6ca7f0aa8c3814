import { describe, expect, it } from 'vitest';
import { SpanMap } from '../../src/lib/search/span-map.ts';

const units = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0));

describe('span map', () => {
  it('numbers spans in the order added and finds each again by its units, wherever it sits', () => {
    const map = new SpanMap(100);
    const text = units('دوما حلب دوما');
    expect(map.find(text, 0, 4)).toBe(-1);
    expect(map.add(text, 0, 4)).toBe(0);
    expect(map.find(text, 5, 8)).toBe(-1);
    expect(map.add(text, 5, 8)).toBe(1);
    expect(map.find(text, 9, 13)).toBe(0);
    expect(map.find(units('xدوماx'), 1, 5)).toBe(0);
    // A prefix of a word kept is another word.
    expect(map.find(text, 0, 3)).toBe(-1);
  });

  it('keeps every entry as it grows past its first room, and says when it is full', () => {
    const map = new SpanMap(3000);
    const words = Array.from({ length: 3000 }, (_, i) => units(`w${i}`));
    const added = words.map((w) => [map.find(w, 0, w.length), map.add(w, 0, w.length)]);
    expect(added).toEqual(words.map((_, i) => [-1, i]));
    expect(map.full).toBe(true);
    expect(() => map.add(units('x'), 0, 1)).toThrow(/full/);
    expect(words.map((w) => map.find(w, 0, w.length))).toEqual(words.map((_, i) => i));
  });

  it('forgets everything when cleared', () => {
    const map = new SpanMap(10);
    const w = units('دوما');
    map.find(w, 0, 4);
    map.add(w, 0, 4);
    map.clear();
    expect(map.size).toBe(0);
    expect(map.find(w, 0, 4)).toBe(-1);
    expect(map.add(w, 0, 4)).toBe(0);
  });
});
