import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNewsRecordFile, parseNewsRecords, recordBody } from '../../src/lib/ingest/news-records.ts';
import { parseIsoDate, parseMachineDate, parseRfc2822 } from '../../src/lib/ingest/machine-dates.ts';
import { runIngest } from '../../src/pipeline/ingest/run.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIX = join(ROOT, 'tests/fixtures/ingest');
const FORMATS = join(FIX, 'formats', 'records');
const read = (name: string): string => readFileSync(join(FORMATS, name), 'utf8');

const record = (inner: string): string => `<DOC>\n<DOCNO>X-1</DOCNO>\n${inner}\n</DOC>\n`;

describe('machine-written dates', () => {
  it('reads the day of an RFC 2822 stamp in the zone it is written in', () => {
    expect(parseRfc2822('Tue, 24 Apr 2018 20:48:13 +0400')).toBe('2018-04-24');
    expect(parseRfc2822('Wed, 06 Sep 2017 01:40:00 +0300')).toBe('2017-09-06');
    expect(parseRfc2822('Thu, 06 Sep 2018 04:48:51 GMT')).toBe('2018-09-06');
    expect(parseRfc2822('6 Sep 2018 04:48 EST')).toBe('2018-09-06');
    expect(parseRfc2822('Sat, 1 Jan 18 00:00:00 +0000')).toBe('2018-01-01');
  });

  it('refuses a stamp whose day, month or time does not exist', () => {
    expect(parseRfc2822('Thu, 31 Feb 2018 04:48:51 GMT')).toBeNull();
    expect(parseRfc2822('Thu, 06 Foo 2018 04:48:51 GMT')).toBeNull();
    expect(parseRfc2822('Thu, 06 Sep 2018 25:48:51 GMT')).toBeNull();
    expect(parseRfc2822('yesterday')).toBeNull();
  });

  it('reads ISO dates and date-times as written', () => {
    expect(parseIsoDate('2017-09-06')).toBe('2017-09-06');
    expect(parseIsoDate('2017-09-06T01:40:00+03:00')).toBe('2017-09-06');
    expect(parseIsoDate('2017-09-06T22:10:05.123Z')).toBe('2017-09-06');
    expect(parseIsoDate('2017-13-06')).toBeNull();
    expect(parseMachineDate('Sun, 10 Sep 2017 12:00:00 +0000')).toBe('2017-09-10');
  });
});

describe('TREC-style news records', () => {
  it('recognises a record file by its content, with or without a declaration and a wrapping element', () => {
    expect(isNewsRecordFile(read('news-records.sgml'))).toBe(true);
    expect(isNewsRecordFile(read('one-record-no-extension'))).toBe(true);
    expect(isNewsRecordFile('عنوان\n\n<DOC> في وسط النص لا يجعله سجلا')).toBe(false);
    expect(isNewsRecordFile('<!doctype html><html><body><p>نص</p></body></html>')).toBe(false);
  });

  it('carries title, date, outlet and URL over as given metadata and keeps the rest apart from the text', () => {
    const { docs, errors } = parseNewsRecords(read('news-records.sgml'), 'in/news-records.sgml');
    expect(errors).toEqual([]);
    expect(docs.map((d) => d.file)).toEqual(['in/news-records.sgml#1', 'in/news-records.sgml#2']);
    const [a, b] = docs;
    expect(a!.given).toEqual({ title: 'هدوء حذر في ريف حماة الشمالي', date: '2017-09-06', outlet: 'العربية', url: 'https://example.org/ar/2017/09/06/hama-calm.html' });
    expect(a!.title).toBe('هدوء حذر في ريف حماة الشمالي');
    expect(a!.about).toEqual({
      source_id: 'TEST-politics-1-20170906',
      category: 'politics',
      author: 'مراسل الموقع',
      filed_from: 'حماة',
      abstract: 'ملخص قصير يكرر أول الخبر عن الهدوء في كفرزيتا.',
    });
    expect(a!.text).toBe(
      'قالت مصادر محلية إن الهدوء عاد صباح اليوم إلى بلدات كفرزيتا واللطامنة بعد ليلة من القصف.\n\nوأضافت المصادر أن الأهالي بدأوا بالعودة إلى منازلهم & محالهم.',
    );
    expect(b!.given).toMatchObject({ outlet: 'سكاي نيوز عربية', date: '2017-09-07' });
    expect(b!.about).toEqual({ source_id: 'TEST-politics-2-20170907', category: 'politics' });
    expect(b!.text).toBe('عاد عشرات الأهالي إلى مدينة الرستن في ريف حمص الشمالي.\n\nوقال أحد العائدين إن الأسواق فتحت أبوابها.');
  });

  it('names a file of one record without a record number, and lets a sidecar entry for it win', () => {
    const { docs } = parseNewsRecords(read('one-record-no-extension'), 'one', { outlet: 'بي بي سي' });
    expect(docs).toHaveLength(1);
    expect(docs[0]!.file).toBe('one');
    expect(docs[0]!.given).toMatchObject({ outlet: 'بي بي سي', date: '2017-09-10', title: 'اشتباكات متقطعة في ريف درعا' });
  });

  it('refuses a record without text, an empty text and an unclosed record, one line each, and keeps the good ones', () => {
    const text =
      record('<TITLE>بلا نص</TITLE>') + record('<TEXT>\n \n</TEXT>') + record('<TEXT>نص سليم عن إدلب.</TEXT>') + '<DOC>\n<DOCNO>X-4</DOCNO>\n<TEXT>نص بلا نهاية';
    const { docs, errors } = parseNewsRecords(text, 'many.txt');
    expect(errors).toEqual([
      'many.txt: record 4 is not closed (no </DOC> before the end of the file)',
      'many.txt#1: record has no <TEXT>',
      "many.txt#2: record's <TEXT> is empty",
    ]);
    expect(docs.map((d) => d.file)).toEqual(['many.txt#3']);
  });

  it('notes a <TIME> that is not a date and leaves the date to the text', () => {
    const { docs } = parseNewsRecords(record('<TIME>قبل ساعة</TIME>\n<TEXT>نص.</TEXT>'), 'r.txt');
    expect(docs[0]!.given).toEqual({});
    expect(docs[0]!.notes).toEqual(['r.txt: <TIME> "قبل ساعة" is not an RFC 2822 or ISO date (ignored)']);
  });

  it('unwraps CDATA, decodes character references and drops inline markup from the body', () => {
    expect(recordBody('<![CDATA[سطر &#1583;مشق]]>\n<b>سطر</b> ثان&nbsp;هنا<br/>ثالث')).toBe('سطر دمشق\n\nسطر ثان هنا\n\nثالث');
  });
});

describe('ingest of a folder of news records', () => {
  it('reads record files whatever their extension, skips other unknown files, and writes the records metadata', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-records-'));
    try {
      cpSync(FORMATS, join(dir, 'in'), { recursive: true });
      writeFileSync(join(dir, 'in', 'NOTES'), 'ملاحظات ليست خبرا');
      const r = await runIngest({
        inputs: [join(dir, 'in')],
        meta: null,
        out: join(dir, 'out'),
        gazetteer: join(FIX, 'gazetteer.fixture.json'),
        zones: join(FIX, 'zones.fixture.geojson'),
        label: 'test',
        progress: false,
      });
      expect(r.errors).toEqual([]);
      expect(r.data!.index.articles).toBe(3);
      const pages = readdirSync(join(dir, 'out', 'zones'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.json'));
      const metas = new Map<string, { file: string; title: string; date: string; outlet: string; url: string; inferred: string[] }>();
      const texts: string[] = [];
      for (const p of pages) {
        const page = JSON.parse(readFileSync(join(dir, 'out', 'zones', p), 'utf8')) as { articles: { file: string }[]; excerpts: { text: string }[] };
        for (const a of page.articles) metas.set(a.file, a as never);
        for (const e of page.excerpts) texts.push(e.text);
      }
      expect([...metas.keys()].sort()).toEqual(['news-records.sgml#1', 'news-records.sgml#2', 'one-record-no-extension']);
      expect(metas.get('one-record-no-extension')).toMatchObject({ title: 'اشتباكات متقطعة في ريف درعا', date: '2017-09-10', outlet: 'BBC عربي', url: 'https://example.org/ar/2017/09/10/daraa.html', inferred: [] });
      expect(texts).toHaveLength(5);
      for (const t of texts) expect(t).not.toMatch(/<|DOCNO|TEST-|ملخص/);
      const article = JSON.parse(readFileSync(join(dir, 'out', 'articles', readdirSync(join(dir, 'out', 'articles'))[0]!), 'utf8')) as { about?: { source_id?: string } };
      expect(article.about?.source_id).toMatch(/^TEST-/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
