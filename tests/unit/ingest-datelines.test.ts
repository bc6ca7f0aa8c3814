import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareArticle, processArticle } from '../../src/lib/ingest/article.ts';
import { parseDatelineLine, parseLeadDateline, parsePairLine, splitAuthor } from '../../src/lib/ingest/dateline.ts';
import { clutterRule } from '../../src/lib/ingest/clutter.ts';
import { createLinker } from '../../src/lib/ingest/linker.ts';
import { Gazetteer, ZonesCollection, parseOrThrow } from '../../src/lib/schema.ts';
import { runIngest } from '../../src/pipeline/ingest/run.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIX = join(ROOT, 'tests/fixtures/ingest');
const CLUTTER = join(FIX, 'clutter');
const prep = (name: string) => prepareArticle({ file: name, text: readFileSync(join(CLUTTER, name), 'utf8'), title: null, given: undefined });
const paragraphs = (name: string) => prep(name).cleaned.body.split('\n\n');
const linker = createLinker(
  parseOrThrow(Gazetteer, JSON.parse(readFileSync(join(FIX, 'gazetteer.fixture.json'), 'utf8')), 'gazetteer'),
  parseOrThrow(ZonesCollection, JSON.parse(readFileSync(join(FIX, 'zones.fixture.geojson'), 'utf8')), 'zones'),
);

describe('datelines and bylines at the head', () => {
  it('reads «إدلب - مراسلنا» as the place of filing and the credit, not as an excerpt', () => {
    const p = prep('dateline-correspondent.txt');
    expect(p.cleaned.dateline).toEqual({ place: 'إدلب', credit: 'مراسلنا', date: null });
    expect(p.cleaned.body.startsWith('تعرضت أطراف')).toBe(true);
    const a = processArticle('x', p, linker);
    expect(a.text.about).toEqual({ filed_from: 'إدلب', credit: 'مراسلنا' });
    expect(a.excerpts.map((e) => e.text).join(' ')).not.toContain('مراسلنا');
  });

  it('takes the date of «حمص - خاص | 5 آب 2017», flagged as inferred', () => {
    const p = prep('dateline-exclusive-date.txt');
    expect(p.cleaned.dateline).toEqual({ place: 'حمص', credit: 'خاص', date: '2017-08-05' });
    expect(p.meta.date).toBe('2017-08-05');
    expect(p.meta.inferred).toContain('date');
    expect(paragraphs('dateline-exclusive-date.txt')).toHaveLength(2);
  });

  it('reads a city and an outlet name heading a report without a title', () => {
    const p = prep('city-outlet.txt');
    expect(p.cleaned.dateline).toEqual({ place: 'أبوظبي', credit: 'سكاي نيوز عربية', date: null });
    expect(p.cleaned.body).not.toContain('أبوظبي');
  });

  it('cuts a dateline run into the first sentence off that sentence', () => {
    const p = prep('lead-dateline.txt');
    expect(p.cleaned.dateline).toEqual({ place: 'حماة، سوريا', credit: 'رويترز', date: null });
    expect(paragraphs('lead-dateline.txt')[0]).toMatch(/^قالت مصادر من الطرفين/);
    expect(parseLeadDateline('دبي، الإمارات العربية المتحدة --(CNN) أعلن مسؤول')?.dateline.credit).toBe('CNN');
    expect(parseLeadDateline('(CNN)-- قال مسؤول')?.length).toBe(8);
    expect(parseLeadDateline('قال الوزير (في مؤتمر صحفي) - إن')).toBeNull();
  });

  it('keeps a closing «دمشق - وكالات» out of the text and the outlet, so it links nowhere', () => {
    const p = prep('closing-agencies.txt');
    expect(p.cleaned.body).not.toContain('وكالات');
    expect(p.meta.outlet).toBeNull();
    expect(p.cleaned.dateline).toEqual({ place: 'دمشق', credit: 'وكالات', date: null });
    expect(processArticle('x', p, linker).excerpts.every((e) => !e.text.includes('دمشق'))).toBe(true);
  });

  it('cuts «PLACE - CREDIT:» off the first sentence when it knows the credit', () => {
    expect(parseLeadDateline('دمشق - وكالات: ارتفعت أسعار الخبز في المدينة.')).toEqual({ dateline: { place: 'دمشق', credit: 'وكالات', date: null }, length: 15 });
    expect(parseLeadDateline('سراقب ـ خاص: عادت العائلات.')?.dateline).toEqual({ place: 'سراقب', credit: 'خاص', date: null });
    expect(parseLeadDateline('قال المتحدث - في بيان: إن الهدنة صامدة')).toBeNull();
  });

  it('does not take a person and a description, or a sentence, for a dateline', () => {
    expect(parseDatelineLine('معتز التلا - ممثل سوري')).toBeNull();
    expect(parseDatelineLine('قال المتحدث - في بيان: إن الهدنة صامدة')).toBeNull();
    expect(splitAuthor('باريس - سعد المسعودي')).toEqual({ place: 'باريس', who: 'سعد المسعودي' });
    expect(splitAuthor('سعد المسعودي')).toEqual({ place: null, who: 'سعد المسعودي' });
  });
});

describe('page clutter', () => {
  it('drops server error messages printed into the page', () => {
    const p = prep('server-error.txt');
    expect(p.cleaned.title).toBe('توزيع مساعدات في دوما');
    expect(p.cleaned.body).not.toMatch(/Warning|Fatal|var\/www/);
    expect(paragraphs('server-error.txt')).toHaveLength(2);
  });

  it('drops breaking-news tickers above the title', () => {
    const p = prep('ticker.txt');
    expect(p.cleaned.title).toBe('افتتاح مدرسة في نوى');
    expect(p.cleaned.body).not.toContain('عاجل');
  });

  it('drops share rows, print links and the disclaimer above the comments, and keeps the comments apart', () => {
    const p = prep('share-disclaimer.txt');
    expect(paragraphs('share-disclaimer.txt')).toHaveLength(2);
    expect(p.cleaned.body).not.toMatch(/فيسبوك|طباعة|لا تعبر/);
    expect(p.cleaned.comments.map((c) => c.text)).toEqual(['الحمد لله على السلامة']);
  });

  it('takes a date alone on its line as the date and drops it and a separator rule from the text', () => {
    const p = prep('date-alone.txt');
    expect(p.meta.date).toBe('2017-09-12');
    expect(paragraphs('date-alone.txt')).toEqual([
      'أعلن عن هدنة جديدة في ريف القنيطرة تبدأ منتصف الليل.',
      'وقالت مصادر إن الهدنة تشمل القرى الحدودية.',
      'وأضافت المصادر أن المراقبين سيصلون غدا.',
    ]);
  });

  it('keeps a text cut off mid-sentence at its end instead of dropping the fragment as a signature', () => {
    const p = prep('cut-off.txt');
    expect(paragraphs('cut-off.txt').at(-1)).toBe('وأضاف المصدر أن القوات');
    expect(p.meta.outlet).toBeNull();
  });

  it('recognises each clutter kind by itself and leaves prose alone', () => {
    expect(clutterRule('PHP Notice:  Undefined index: id in /var/www/site/article.php on line 7')).toBe('server-error');
    expect(clutterRule('Error 404 - Not Found')).toBe('server-error');
    expect(clutterRule('خبر عاجل - انفجار في حي الميدان')).toBe('breaking-ticker');
    expect(clutterRule('جميع الحقوق محفوظة © 2017')).toBe('disclaimer');
    expect(clutterRule('×××')).toBe('separator');
    expect(clutterRule('وقال إن الخبر العاجل وصل متأخرا إلى غرفة الأخبار.')).toBeNull();
  });
});

describe('duplicates across files and formats', () => {
  it('ingests the same body filed under two names once and reports the second as a duplicate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-dup-'));
    try {
      mkdirSync(join(dir, 'in', 'politics'), { recursive: true });
      mkdirSync(join(dir, 'in', 'local'), { recursive: true });
      const body = 'تعرضت أطراف مدينة معرة النعمان لقصف مدفعي.\nوقال ناشطون إن القصف لم يسفر عن إصابات.';
      const rec = (no: string, cat: string) => `<DOC>\n<DOCNO>${no}</DOCNO>\n<CAT>${cat}</CAT>\n<TITLE>قصف على معرة النعمان</TITLE>\n<TEXT>\n${body}\n</TEXT>\n</DOC>\n`;
      writeFileSync(join(dir, 'in', 'politics', 'A-1.txt'), rec('A-1', 'politics'));
      writeFileSync(join(dir, 'in', 'local', 'A-7.txt'), rec('A-7', 'local'));
      writeFileSync(join(dir, 'in', 'pasted.txt'), `قصف على معرة النعمان\n\n${body.replace('\n', '\n\n')}\n`);
      const r = await runIngest({
        inputs: [join(dir, 'in')],
        meta: null,
        out: join(dir, 'out'),
        gazetteer: join(FIX, 'gazetteer.fixture.json'),
        zones: join(FIX, 'zones.fixture.geojson'),
        label: 'test',
        progress: false,
      });
      expect(r.data!.index.articles).toBe(1);
      expect(r.warnings.filter((w) => w.includes('same article as'))).toEqual([
        expect.stringMatching(/^pasted\.txt: same article as local\/A-7\.txt/),
        expect.stringMatching(/^politics\/A-1\.txt: same article as local\/A-7\.txt/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('datelines and follow rows in the manner of other outlets', () => {
  const inline = (text: string) => prepareArticle({ file: 'inline.txt', text, title: null, given: undefined });

  it('reads «OUTLET – PLACE» under the title as a byline, not as an excerpt linked to the place', () => {
    const p = inline('قصف مدفعي على ريف إدلب يوقع قتلى\n\nنشرة الشمال – إدلب\n\nقتل ثلاثة مدنيين جراء قصف مدفعي على بلدة في ريف إدلب الجنوبي.\n\nوقال الدفاع المدني إن القصف طال الأحياء السكنية.');
    expect(p.cleaned.dateline).toEqual({ place: null, credit: 'نشرة الشمال – إدلب', date: null });
    expect(p.cleaned.body).not.toContain('نشرة الشمال');
    expect(parsePairLine('سامر الخطيب - ممثل سوري')).toBeNull();
  });

  it('cuts «PLACE – «OUTLET»:» off the first sentence', () => {
    const p = inline('دمشق ـ «صحيفة المساء»: أعلنت الوزارة رفضها البيان الأوروبي.\nوقالت في بيان إن البيان تدخل في الشؤون الداخلية.');
    expect(p.cleaned.dateline).toEqual({ place: 'دمشق', credit: 'صحيفة المساء', date: null });
    expect(p.cleaned.body.startsWith('أعلنت الوزارة')).toBe(true);
    expect(parseLeadDateline('قال وزير الخارجية – «لن نتراجع»: وأضاف')).toBeNull();
  });

  it('drops a row asking the reader to follow the outlet («تابعونا على فيسبوك وتويتر»)', () => {
    expect(clutterRule('تابعونا على فيسبوك وتويتر')).toBe('share-row');
    expect(clutterRule('اشترك في قناتنا على تلغرام')).toBe('share-row');
    expect(clutterRule('تابع الناشطون على تويتر صور القصف على مدينة إدلب طوال الليل، ونشروا شهادات السكان.')).toBeNull();
  });
});
