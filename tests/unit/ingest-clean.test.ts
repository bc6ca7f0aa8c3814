import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../../src/lib/ingest/clean.ts';
import { resolveMeta } from '../../src/lib/ingest/meta.ts';
import { findDate } from '../../src/lib/ingest/dates.ts';

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url);
const FIXTURES = new URL('../fixtures/ingest/', import.meta.url);

interface Expected {
  title_line: number;
  title: string;
  outlet: string | null;
  date: string | null;
  ignored_dates?: string[];
  chrome: Record<string, string>;
  comments: number[];
  comment_meta?: number[];
}
const expected = JSON.parse(readFileSync(new URL('seeds.clean.expected.json', FIXTURES), 'utf8')) as Record<string, Expected | string>;

describe('cleaning the five seed articles (hand-written golden)', () => {
  for (const [file, exp] of Object.entries(expected)) {
    if (typeof exp === 'string') continue;
    it(`separates ${file} into title, body, chrome and comments as read by hand`, () => {
      const text = readFileSync(new URL(file, SEEDS), 'utf8');
      const c = cleanArticle(text);
      expect(c.title).toBe(exp.title);
      expect(c.outlet?.value ?? null).toBe(exp.outlet);
      expect(c.date?.value ?? null).toBe(exp.date);
      expect(c.ignoredDates).toEqual(exp.ignored_dates ?? []);
      const byLine = new Map(c.lines.map((l) => [l.line, l]));
      expect(byLine.get(exp.title_line)?.role).toBe('title');
      for (const [line, rule] of Object.entries(exp.chrome)) {
        expect({ line, ...byLine.get(Number(line)) }).toMatchObject({ role: 'chrome', rule });
      }
      for (const line of exp.comments) expect(byLine.get(line)?.role).toBe('comment');
      for (const line of exp.comment_meta ?? []) expect(byLine.get(line)?.role).toBe('comment-meta');
      const listed = new Set([exp.title_line, ...Object.keys(exp.chrome).map(Number), ...exp.comments, ...(exp.comment_meta ?? [])]);
      for (const l of c.lines) {
        if (l.role === 'blank' || listed.has(l.line)) continue;
        expect({ line: l.line, role: l.role }).toEqual({ line: l.line, role: 'body' });
      }
      expect(c.comments.map((x) => x.text)).toEqual(exp.comments.map((n) => text.split('\n')[n - 1]!.trim()));
      for (const cm of c.comments) expect(text.slice(cm.start, cm.end)).toBe(cm.text);
    });
  }

  it('keeps no chrome text in the body of any seed', () => {
    const body002 = cleanArticle(readFileSync(new URL('002_9b18adc8104ef748.txt', SEEDS), 'utf8')).body;
    expect(body002).not.toContain('الأكثر قراءة');
    expect(body002).not.toContain('مسيلمه');
    const body000 = cleanArticle(readFileSync(new URL('000_c833b11f66c90fd5.txt', SEEDS), 'utf8')).body;
    expect(body000).not.toContain('اسرائيل');
    expect(body000).not.toContain('TAG');
    const body003 = cleanArticle(readFileSync(new URL('003_50371eee1d8be29c.txt', SEEDS), 'utf8')).body;
    expect(body003).not.toContain('انتهى');
    expect(body003).not.toContain('طباعة');
  });
});

describe('cleaning a fixture article with an Arabic-Indic dateline', () => {
  const c = cleanArticle(readFileSync(new URL('dateline-article.txt', FIXTURES), 'utf8'));

  it('strips the site suffix, reads the dateline and the source line', () => {
    expect(c.title).toBe('هدوء حذر في ريف حماة الشمالي بعد ليلة من القصف');
    expect(c.titleSuffix).toBe('شبكة الساحل');
    expect(c.date).toEqual({ value: '2017-09-12', rule: 'dateline' });
    expect(c.outlet?.value).toBe('شبكة الساحل');
  });

  it('keeps two body paragraphs and drops share links and the related list', () => {
    expect(c.body.split('\n\n')).toHaveLength(2);
    expect(c.body).not.toContain('فيسبوك');
    expect(c.body).not.toContain('سوق الخضار');
  });
});

describe('findDate', () => {
  it('reads Levantine and Egyptian month names and numeric forms', () => {
    expect(findDate('٤ أيار ٢٠١٧')?.date).toBe('2017-05-04');
    expect(findDate('4 مايو 2017')?.date).toBe('2017-05-04');
    expect(findDate('15 كانون الثاني 2018')?.date).toBe('2018-01-15');
    expect(findDate('في 2017/07/09')?.date).toBe('2017-07-09');
    expect(findDate('31 شباط 2017')).toBeNull();
  });
});

describe('resolveMeta', () => {
  const c = cleanArticle('عنوان الخبر عن إدلب\n\n29.09.2017\n\nنص الخبر الأول عن إدلب.\n\nنص ثان.');

  it('flags what it inferred from the text', () => {
    const m = resolveMeta(c, undefined, 'a.txt');
    expect(m).toMatchObject({ title: 'عنوان الخبر عن إدلب', date: '2017-09-29', outlet: null, inferred: ['date', 'title'] });
  });

  it('lets the sidecar win and warns when it contradicts the dateline', () => {
    const m = resolveMeta(c, { date: '2017-09-30', outlet: 'سيريانيوز' }, 'a.txt');
    expect(m.date).toBe('2017-09-30');
    expect(m.inferred).toEqual(['title']);
    expect(m.warnings).toEqual(['a.txt: contradictory date: metadata says "2017-09-30", the text says "2017-09-29" (metadata kept)']);
  });

  it('warns when no date is known at all', () => {
    const bare = cleanArticle('عنوان\n\nفقرة أولى.\n\nفقرة ثانية.');
    expect(resolveMeta(bare, undefined, 'b.txt').warnings).toContain('b.txt: no date (none given, no dateline in the text)');
  });
});
