import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInput } from '../../src/pipeline/ingest/read-inputs.ts';
import { prepareArticle } from '../../src/lib/ingest/article.ts';
import { parseCsvRecords } from '../../src/lib/ingest/csv-records.ts';
import { runIngest } from '../../src/pipeline/ingest/run.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIX = join(ROOT, 'tests/fixtures/ingest');
const FORMATS = join(FIX, 'formats');
const input = (rel: string) => readInput({ path: join(FORMATS, rel), name: rel.split('/').pop()! }, new Map());

describe('saved HTML pages', () => {
  it('takes the date from JSON-LD datePublished, the outlet from its publisher and the URL from the canonical link', async () => {
    const { docs, errors } = await input('html/json-ld.html');
    expect(errors).toEqual([]);
    expect(docs[0]!.given).toEqual({ date: '2017-09-12', outlet: 'موقع الاختبار', url: 'https://example.org/news/2017/09/12/homs-calm' });
    const p = prepareArticle(docs[0]!);
    expect(p.meta).toMatchObject({ title: 'هدوء في ريف حمص الشمالي', date: '2017-09-12', outlet: 'موقع الاختبار', inferred: ['title'] });
    expect(p.cleaned.body).not.toContain('تحديث');
  });

  it('takes article:published_time and og:site_name, never the modified time', async () => {
    const { docs } = await input('html/meta-tags.html');
    expect(docs[0]!.given).toEqual({ date: '2017-07-15', outlet: 'شبكة الجنوب' });
  });

  it('takes a <time datetime> outside any "last updated" stamp', async () => {
    const { docs } = await input('html/time-element.html');
    expect(docs[0]!.given).toEqual({ date: '2017-10-30' });
    expect(prepareArticle(docs[0]!).meta.title).toBe('قافلة مساعدات تدخل الغوطة الشرقية');
  });

  it('lets a sidecar entry win over what the page says', async () => {
    const { docs } = await readInput({ path: join(FORMATS, 'html/meta-tags.html'), name: 'meta-tags.html' }, new Map([['meta-tags.html', { date: '2017-07-16' }]]));
    expect(docs[0]!.given).toEqual({ date: '2017-07-16', outlet: 'شبكة الجنوب' });
  });
});

describe('CSV with a header row', () => {
  it('reads one article a row, quoted cells with line breaks and doubled quotes, dates in several forms', async () => {
    const { docs, errors } = await input('csv/comma.csv');
    expect(errors).toEqual(['comma.csv#3: the row has no text']);
    expect(docs.map((d) => d.file)).toEqual(['comma.csv#1', 'comma.csv#2']);
    expect(docs[0]!.given).toEqual({ title: 'هدوء في إدلب', date: '2017-09-20', outlet: 'شبكة الشمال', url: 'https://example.org/a' });
    expect(docs[0]!.text).toBe('قالت مصادر محلية إن الهدوء عاد إلى مدينة إدلب وريفها، بعد ليلة من القصف.\n\nوأضافت المصادر أن الأهالي عادوا.');
    expect(docs[1]!.given).toEqual({ date: '2017-09-20' });
    expect(docs[1]!.text).toBe('سطر بلا عنوان عن معرة النعمان، "بين مزدوجين".');
  });

  it('reads a semicolon-separated export with Arabic column names and an RFC 2822 date', async () => {
    const { docs, errors } = await input('csv/semicolon.csv');
    expect(errors).toEqual([]);
    expect(docs[0]!.given).toEqual({ title: 'خبر عن حماة', date: '2017-09-21', outlet: 'وكالة الاختبار' });
    expect(docs[0]!.text).toContain('ريف حماة الشمالي, بعد');
  });

  it('refuses a file without a text column, naming the columns it has', () => {
    expect(parseCsvRecords('title,date\nعنوان,2017-01-01\n', 'x.csv').errors).toEqual(['x.csv: no "text" column in the header row (it names: "title", "date")']);
  });

  it('notes a date cell that is not a date and keeps the row', () => {
    const { docs } = parseCsvRecords('date,text\nغدا,نص الخبر.\n', 'd.csv');
    expect(docs[0]!.notes).toEqual(['d.csv#1: date "غدا" is not a date (ignored)']);
  });
});

describe('plain text title heuristics', () => {
  const prep = async (rel: string) => prepareArticle((await input(rel)).docs[0]!);

  it('keeps a single paragraph without a title as the article, its first words standing for the title', async () => {
    const p = await prep('text/one-paragraph.txt');
    expect(p.cleaned.title).toBeNull();
    expect(p.cleaned.body).toMatch(/^قالت مصادر محلية .* المدفعي\.$/);
    expect(p.meta.title).toBe('قالت مصادر محلية إن الهدوء عاد صباح اليوم إلى بلدات…');
    expect(p.meta.inferred).toContain('title');
  });

  it('does not take a lead sentence for a title', async () => {
    const p = await prep('text/lead-sentence.txt');
    expect(p.cleaned.title).toBeNull();
    expect(p.cleaned.body.split('\n\n')).toHaveLength(2);
  });

  it('takes a short headline followed by a body as the title', async () => {
    const p = await prep('text/titled.txt');
    expect(p.cleaned.title).toBe('عودة الهدوء إلى الرستن');
    expect(p.cleaned.body).toBe('قالت مصادر محلية إن الهدوء عاد صباح اليوم إلى مدينة الرستن.');
  });

  it('ingests every snippet of a folder, refusing none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-text-'));
    try {
      const r = await runIngest({
        inputs: [join(FORMATS, 'text'), join(FORMATS, 'csv/semicolon.csv')],
        meta: null,
        out: join(dir, 'out'),
        gazetteer: join(FIX, 'gazetteer.fixture.json'),
        zones: join(FIX, 'zones.fixture.geojson'),
        label: 'test',
        progress: false,
      });
      expect(r.errors).toEqual([]);
      expect(r.data!.index.articles).toBe(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
