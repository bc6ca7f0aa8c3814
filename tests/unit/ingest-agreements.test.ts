// Linking excerpts to agreements by name variants and, for a bare «الاتفاق», by zone and date.
// The sentences are written for these tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgreementsFile } from '../../src/lib/agreements/schema.ts';
import { createAgreementLinker, linkAgreements } from '../../src/lib/ingest/agreements.ts';
import { parseOrThrow, type Excerpt, type ZoneId } from '../../src/lib/schema.ts';

const file = resolve(import.meta.dirname, '../../geo/agreements.json');
const linker = createAgreementLinker(parseOrThrow(AgreementsFile, JSON.parse(readFileSync(file, 'utf8')), file));

function excerpt(text: string, zones: ZoneId[] = [], start = 100): Excerpt {
  return {
    id: 'a-001',
    article_id: 'a',
    start,
    end: start + text.length,
    text,
    mentions: [],
    links: zones.map((zone) => ({ zone, strength: 'zone-named' as const, evidence: [] })),
  };
}

const ids = (text: string, zones: ZoneId[] = [], date: string | null = '2017-08-10'): string[] =>
  linkAgreements(linker, excerpt(text, zones), date).map((l) => l.agreement);

describe('agreement names', () => {
  it('links the Astana memorandum written with and without hamza or as أستانة', () => {
    expect(ids('وقّعت الدول الثلاث مذكرة أستانا في أيار.')).toEqual(['astana-memorandum']);
    expect(ids('بحسب مذكرة استانة فإن المناطق أربع.')).toEqual(['astana-memorandum']);
    expect(ids('وتنص مذكرة أستانة على وقف القصف.')).toEqual(['astana-memorandum']);
  });

  it('links a name with a prefix attached (وباتفاق، لاتفاق)', () => {
    expect(ids('وقال إن الالتزام باتفاق الجنوب الغربي مستمر.', [], '2017-08-01')).toEqual(['southwest-ceasefire']);
    expect(ids('خرق جديد لاتفاق سوتشي في ريف حماة.', [], '2018-10-01')).toEqual(['sochi-memorandum']);
  });

  it('links the Amman memorandum written with or without shadda', () => {
    expect(ids('رحّب الأردن بمذكرة عمّان الجديدة.', [], '2017-11-12')).toEqual(['amman-memorandum']);
    expect(ids('رحب الاردن بمذكرة عمان الجديدة.', [], '2017-11-12')).toEqual(['amman-memorandum']);
  });

  it('reads «اتفاق القاهرة» as the Homs deal in an excerpt about northern Homs, else as the Ghouta deal', () => {
    expect(ids('دخلت المساعدات وفق اتفاق القاهرة.', ['north-homs'])).toEqual(['cairo-homs']);
    expect(ids('دخلت المساعدات وفق اتفاق القاهرة.', ['eastern-ghouta'])).toEqual(['cairo-ghouta']);
  });

  it('reads «اتفاق إدلب» by the date: the Astana lines in 2017, Sochi after September 2018', () => {
    expect(ids('تنفيذ اتفاق إدلب مستمر.', ['idlib'], '2017-10-20')).toEqual(['astana-6-idlib']);
    expect(ids('تنفيذ اتفاق إدلب مستمر.', ['idlib'], '2018-10-20')).toEqual(['sochi-memorandum']);
  });

  it('keeps the evidence with offsets into the article body', () => {
    const text = 'قال المتحدث إن مذكرة أستانا لم تطبق.';
    const [link] = linkAgreements(linker, excerpt(text, [], 500), '2017-06-01');
    const at = text.indexOf('مذكرة');
    expect(link?.rule).toBe('agreement-named');
    expect(link?.evidence[0]).toMatchObject({ start: 500 + at, surface: 'مذكرة أستانا', rule: 'agreement-named' });
  });

  it('links nothing in a text that names no agreement', () => {
    expect(ids('قصف مدفعي على أطراف المدينة صباح اليوم.', ['idlib'])).toEqual([]);
  });
});

describe('a bare «الاتفاق»', () => {
  it('is read as the latest agreement of the one zone the excerpt is about, signed by the article date', () => {
    const [link] = linkAgreements(linker, excerpt('ويقول الأهالي إن الاتفاق لم يفتح المعابر بعد.', ['eastern-ghouta']), '2017-08-01');
    expect(link).toMatchObject({ agreement: 'cairo-ghouta', rule: 'generic-zone-date' });
    expect(ids('ويقول الأهالي إن الاتفاق لم يفتح المعابر بعد.', ['eastern-ghouta'], '2018-04-10')).toEqual(['douma-2018']);
  });

  it('is left unlinked without a date, with two zones, or long after any agreement of the zone', () => {
    expect(ids('ويقول الأهالي إن الاتفاق لم يطبق.', ['eastern-ghouta'], null)).toEqual([]);
    expect(ids('ويقول الأهالي إن الاتفاق لم يطبق.', ['eastern-ghouta', 'north-homs'])).toEqual([]);
    expect(ids('ويقول الأهالي إن الاتفاق لم يطبق.', ['idlib'], '2018-06-01')).toEqual([]);
  });

  it('gives way to a named agreement in the same excerpt', () => {
    expect(ids('وأكد أن الاتفاق، أي مذكرة أستانا، سار.', ['south'], '2017-06-01')).toEqual(['astana-memorandum']);
  });
});
