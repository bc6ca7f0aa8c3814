import { describe, expect, it } from 'vitest';
import { assert, property, array, constantFrom, integer } from 'fast-check';
import { buildExcerpts, paragraphSpans } from '../../src/lib/ingest/excerpts.ts';

const SENTENCE = 'وقالت المصادر إن الهدوء عاد إلى بلدات ريف حمص الشمالي بعد أيام من القصف.';

describe('buildExcerpts', () => {
  it('makes one excerpt per paragraph with offsets into the body', () => {
    const body = 'الفقرة الأولى عن إدلب.\n\nالفقرة الثانية عن الغوطة الشرقية.';
    const ex = buildExcerpts('abc', body);
    expect(ex.map((e) => e.id)).toEqual(['abc-001', 'abc-002']);
    for (const e of ex) expect(body.slice(e.start, e.end)).toBe(e.text);
    expect(ex[1]!.text).toBe('الفقرة الثانية عن الغوطة الشرقية.');
  });

  it('splits a long paragraph at sentence ends, never beyond 600 characters', () => {
    const body = Array.from({ length: 20 }, () => SENTENCE).join(' ');
    const ex = buildExcerpts('a', body);
    expect(ex.length).toBeGreaterThan(1);
    for (const e of ex) {
      expect(e.text.length).toBeLessThanOrEqual(600);
      expect(e.text.endsWith('.')).toBe(true);
    }
  });

  it('cuts a sentence longer than the limit at a space', () => {
    const body = Array.from({ length: 200 }, () => 'كلمة').join(' ');
    const ex = buildExcerpts('a', body);
    for (const e of ex) {
      expect(e.text.length).toBeLessThanOrEqual(600);
      expect(e.text.startsWith('كلمة')).toBe(true);
    }
  });

  it('covers every non-space character of the body exactly once, in order', () => {
    const piece = constantFrom(SENTENCE, 'كلمة', ' ', '\n\n', '\n', '؟ ', 'Astana 2017. ');
    assert(
      property(array(piece, { maxLength: 80 }), integer({ min: 40, max: 600 }), (parts, max) => {
        const body = parts.join('');
        const ex = buildExcerpts('p', body, max);
        let last = 0;
        let covered = '';
        for (const e of ex) {
          if (e.start < last || e.end - e.start > max || body.slice(e.start, e.end) !== e.text) return false;
          last = e.end;
          covered += e.text;
        }
        return covered.replace(/\s/g, '') === body.replace(/\s/g, '');
      }),
    );
  });

  it('treats single newlines as part of a paragraph', () => {
    expect(paragraphSpans('سطر أول\nسطر ثان\n\nفقرة')).toHaveLength(2);
  });
});
