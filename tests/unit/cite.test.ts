import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { citationText, cslItem, type CiteSource } from '../../src/lib/cite/citation.ts';
import { excerptLink } from '../../src/lib/cite/link.ts';

const schema: unknown = JSON.parse(readFileSync(new URL('../fixtures/csl/csl-data-items.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema as object);

const SOURCE: CiteSource = {
  excerptId: 'aaaaaaaaaaaa-002',
  articleId: 'aaaaaaaaaaaa',
  title: 'هدوء حذر في الغوطة',
  outlet: 'صحيفة الاختبار',
  date: '2017-05-10',
  url: 'https://example.org/a',
  text: 'وصلت قافلة إلى دوما.',
  link: 'https://atlas.example/?lang=ar&zone=eastern-ghouta&excerpt=aaaaaaaaaaaa-002',
};

describe('excerpt links', () => {
  it('names the zone beside the excerpt, so the link opens that zone', () => {
    expect(excerptLink('https://atlas.example/', 'en', 'aaaaaaaaaaaa-002', 'eastern-ghouta')).toBe(
      'https://atlas.example/?lang=en&zone=eastern-ghouta&excerpt=aaaaaaaaaaaa-002',
    );
    expect(excerptLink('https://atlas.example/', 'ar', 'x-001', 'general')).toBe('https://atlas.example/?lang=ar&coverage=general&excerpt=x-001');
  });
});

describe('CSL-JSON', () => {
  it('is valid CSL data for a dated article with an outlet and URL', () => {
    const item = cslItem(SOURCE, '2026-12-01');
    expect(validate([item]), JSON.stringify(validate.errors)).toBe(true);
    expect(item).toMatchObject({
      id: 'aaaaaaaaaaaa-002',
      type: 'article-newspaper',
      'container-title': 'صحيفة الاختبار',
      issued: { 'date-parts': [[2017, 5, 10]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      URL: 'https://example.org/a',
    });
    expect(item.note).toContain('«وصلت قافلة إلى دوما.»');
  });

  it('leaves out what is not known rather than writing empty values', () => {
    const item = cslItem({ ...SOURCE, outlet: null, date: null, url: null }, '2026-12-01');
    expect(validate([item])).toBe(true);
    expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['container-title']));
    expect('issued' in item || 'URL' in item).toBe(false);
  });

  it('is refused by the schema when a variable is unknown or a date is malformed (the check can fail)', () => {
    expect(validate([{ ...cslItem(SOURCE, '2026-12-01'), quote: 'x' }])).toBe(false);
    expect(validate([{ ...cslItem(SOURCE, '2026-12-01'), issued: { 'date-parts': [[2017, 5, 10, 1]] } }])).toBe(false);
  });
});

describe('citation text', () => {
  it('reads in Arabic: outlet, date, title, URL, date accessed, the quote and the atlas link', () => {
    const text = citationText(SOURCE, 'ar', '2026-12-01');
    expect(text.startsWith('صحيفة الاختبار، 10 أيار 2017. «هدوء حذر في الغوطة».')).toBe(true);
    expect(text).toContain('https://example.org/a.');
    expect(text).toContain('اطُّلع عليه في 1 كانون الأول 2026.');
    expect(text).toContain('«وصلت قافلة إلى دوما.»');
    expect(text.endsWith(SOURCE.link)).toBe(true);
  });

  it('reads in English with the English date and words', () => {
    const text = citationText({ ...SOURCE, url: null, outlet: null }, 'en', '2026-12-01');
    expect(text.startsWith('unknown outlet, 10 May 2017. «هدوء حذر في الغوطة».')).toBe(true);
    expect(text).toContain('accessed 1 December 2026.');
  });
});
