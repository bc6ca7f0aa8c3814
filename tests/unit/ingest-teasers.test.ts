// Leads of other stories appended after an article, and "read also" links set into it, are not the
// article: sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/lib/ingest/clean.ts';
import { teaserTail } from '../../src/lib/ingest/teasers.ts';
import { topicStem, topicWords } from '../../src/lib/ingest/topic-words.ts';

const TITLE = 'وزير المالية يعلن خطة لخفض العجز في موازنة العام المقبل';
const ARTICLE = [
  'أعلن وزير المالية، الثلاثاء، خطة لخفض العجز في الموازنة العامة تقوم على تقليص الإنفاق الحكومي وزيادة الإيرادات الضريبية خلال العام المقبل.',
  'وقال الوزير في مؤتمر صحفي إن الخطة تستهدف خفض العجز إلى ثلاثة في المئة من الناتج المحلي، وإن الحكومة ستعرضها على البرلمان الشهر المقبل.',
  'وأضاف أن الإنفاق على الدعم سيتراجع تدريجيا، مع حماية الأسر الأقل دخلا من أثر الخطة عبر برامج مساعدات نقدية مباشرة تديرها الوزارة.',
  'وأشار إلى أن الإيرادات الضريبية ارتفعت هذا العام، وأن الموازنة الجديدة تفترض نموا اقتصاديا معتدلا يسمح بتمويل الخطة دون اقتراض إضافي.',
];
const TEASERS = [
  'قصفت طائرات حربية مواقع للفصائل المسلحة في ريف إدلب الجنوبي، ما أدى إلى نزوح مئات العائلات نحو الحدود التركية خلال ساعات الليل الماضية.',
  'فاز منتخب كرة اليد بلقب البطولة القارية بعد مباراة نهائية مثيرة امتدت إلى وقت إضافي أمام جمهور غفير ملأ مدرجات الصالة الرياضية الكبرى.',
  'كشفت دراسة علمية حديثة أن النوم لساعات قليلة يضعف الذاكرة لدى المراهقين، ودعت الأهالي إلى تنظيم مواعيد استخدام الهواتف قبل الخلود إلى السرير.',
];

describe('content words', () => {
  it('strips attached prefixes and common suffixes so that the forms of a word meet', () => {
    expect(topicStem('والموازنة')).toBe(topicStem('الموازنة'));
    expect(topicStem('بالخطة')).toBe(topicStem('خطة'));
    expect(topicStem('في')).toBe('');
  });
  it('leaves function words and reporting verbs out', () => {
    expect([...topicWords('وقال إن هذا الذي كان في')]).toEqual([]);
  });
});

describe('teasers of other stories after the article', () => {
  it('finds a run of unrelated leads at the end', () => {
    expect(teaserTail(TITLE, [...ARTICLE, ...TEASERS])).toBe(3);
  });
  it('keeps an article whose closing paragraphs continue its subject', () => {
    expect(teaserTail(TITLE, ARTICLE)).toBe(0);
  });
  it('needs two unrelated leads in a row: one closing paragraph on another subject stays', () => {
    expect(teaserTail(TITLE, [...ARTICLE, TEASERS[0]!])).toBe(0);
  });
  it('finds a teaser that names the article\'s own subject words once or twice, among many words of its own', () => {
    // Shares «موازنة», «خفض» and «العجز» with the title and lead, in a long lead sentence of another story.
    const sameField = 'أقرت سلطات دولة مجاورة موازنة تقشفية تتضمن رفع أسعار الوقود والكهرباء وتجميد التوظيف في القطاع العام لخفض العجز وإلغاء عشرات المشاريع الإنشائية المؤجلة منذ سنوات.';
    expect(teaserTail(TITLE, [...ARTICLE, sameField, ...TEASERS])).toBe(4);
  });
  it('keeps closing paragraphs that open with a linking word or phrase («وفي», «من جهة أخرى», «يذكر أن»)', () => {
    const closing = [
      'وفي سياق آخر، تحدث رئيس نقابة المهندسين عن أزمة السكن المتفاقمة في الضواحي وارتفاع أسعار مواد البناء بنسبة كبيرة خلال الشهور الستة الماضية.',
      'من جهة أخرى، طالبت جمعيات المستهلكين بمراقبة أسعار السلع الغذائية الأساسية في الأسواق الشعبية بعد موجة غلاء أثقلت كاهل العائلات محدودة الدخل.',
      'يذكر أن البلاد شهدت احتجاجات واسعة قبل عامين على رفع أسعار الخبز والمحروقات انتهت بتراجع السلطات عن القرار بعد أسابيع من التظاهرات.',
    ];
    expect(teaserTail(TITLE, [...ARTICLE, ...closing])).toBe(0);
  });
  it('never cuts an article down to fewer than three paragraphs', () => {
    expect(teaserTail(TITLE, [ARTICLE[0]!, ARTICLE[1]!, ...TEASERS])).toBe(0);
  });
  it('drops the teasers from the cleaned body, so their places are not read as the article\'s', () => {
    const c = cleanArticle([...ARTICLE, ...TEASERS].join('\n\n'), TITLE);
    expect(c.body).not.toContain('إدلب');
    expect(c.body).toContain('الإيرادات الضريبية ارتفعت');
    expect(c.lines.filter((l) => l.rule === 'other-story-teaser')).toHaveLength(3);
  });
});

describe('links to other stories inside the article', () => {
  it('drops «اقرأ أيضا|» and «قد يهمك:» lines', () => {
    const text = [ARTICLE[0], 'اقرأ أيضا| قصف جديد على ريف إدلب الجنوبي', ARTICLE[1], 'قد يهمك: نتائج مباراة الأمس', ARTICLE[2]].join('\n\n');
    const c = cleanArticle(text, TITLE);
    expect(c.body).not.toContain('إدلب');
    expect(c.lines.filter((l) => l.rule === 'related-link')).toHaveLength(2);
  });
});
