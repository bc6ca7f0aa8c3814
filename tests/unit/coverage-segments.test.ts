import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../src/lib/coverage/segments.ts';

describe('highlightSegments', () => {
  it('marks a place name using offsets counted into the article, minus the excerpt start', () => {
    const text = 'قصف على دوما اليوم';
    const segs = highlightSegments(text, 100, [{ start: 108, end: 112, place_id: 'town:douma' }]);
    expect(segs).toEqual([
      { text: 'قصف على ', mark: false, place_ids: [] },
      { text: 'دوما', mark: true, place_ids: ['town:douma'] },
      { text: ' اليوم', mark: false, place_ids: [] },
    ]);
  });

  it('merges overlapping spans into one mark that keeps both places', () => {
    const segs = highlightSegments('ريف درعا الغربي', 0, [
      { start: 0, end: 8, place_id: 'region:daraa-countryside' },
      { start: 4, end: 8, place_id: 'adm1:SY12' },
    ]);
    expect(segs.filter((s) => s.mark)).toEqual([{ text: 'ريف درعا', mark: true, place_ids: ['region:daraa-countryside', 'adm1:SY12'] }]);
  });

  it('clips spans that run past the excerpt and ignores spans wholly outside it', () => {
    const segs = highlightSegments('abcdef', 10, [
      { start: 8, end: 12 },
      { start: 30, end: 34 },
      { start: 0, end: 5 },
    ]);
    expect(segs).toEqual([
      { text: 'ab', mark: true, place_ids: [] },
      { text: 'cdef', mark: false, place_ids: [] },
    ]);
  });

  it('returns the whole text as one plain run when there is nothing to mark', () => {
    expect(highlightSegments('نص', 0, [])).toEqual([{ text: 'نص', mark: false, place_ids: [] }]);
    expect(highlightSegments('', 0, [])).toEqual([{ text: '', mark: false, place_ids: [] }]);
  });

  it('always gives back the text when the runs are joined, and never two marks side by side', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.nat(50),
        fc.array(fc.record({ start: fc.nat(120), len: fc.nat(15) }), { maxLength: 8 }),
        (text, offset, raw) => {
          const spans = raw.map((r) => ({ start: r.start, end: r.start + r.len }));
          const segs = highlightSegments(text, offset, spans);
          expect(segs.map((s) => s.text).join('')).toBe(text);
          for (let i = 1; i < segs.length; i++) expect(segs[i]!.mark && segs[i - 1]!.mark).toBe(false);
        },
      ),
    );
  });
});
