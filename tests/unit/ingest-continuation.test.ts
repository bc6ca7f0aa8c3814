// Paragraphs that carry on an article's report without naming its place again, the headline's places,
// and one sense per article for names that are also words: sentences written for these tests, with the
// real gazetteer (npm run geo).
import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../src/lib/schema.ts';
import { linkArticle } from '../../src/lib/ingest/linker.ts';
import { haveGeo, realLinker } from './real-linker.ts';
import { buildExcerpts } from '../../src/lib/ingest/excerpts.ts';
import { linkInside } from '../../src/lib/search/docs.ts';

const linker = realLinker;

function excerpts(paragraphs: string[], title: string | null = null): Excerpt[] {
  const body = paragraphs.join('\n\n');
  return linkArticle(linker!, 't', body, buildExcerpts('t', body), title).map((l) => l.excerpt);
}
const zonesOf = (e: Excerpt): string[] => e.links.map((l) => l.zone);
const rulesOf = (e: Excerpt): string[] => e.links.flatMap((l) => l.evidence.map((v) => v.rule));

const DOUMA_LEAD = 'قالت منظمات طبية إن عشرات المدنيين قتلوا في هجوم كيماوي استهدف مدينة دوما في الغوطة الشرقية قرب دمشق مساء السبت.';
const DOUMA_MORE = 'وأضافت المنظمات أن فرق الإسعاف عالجت مئات المصابين بحالات اختناق بعد الهجوم الكيماوي، وأن عدد القتلى المدنيين مرشح للارتفاع.';

describe.skipIf(!haveGeo)('a paragraph that carries on the article\'s report', () => {
  it('is linked to the zone the article is about, saying so in its rule, at most partial-place', () => {
    const [, more] = excerpts([DOUMA_LEAD, DOUMA_MORE]);
    expect(zonesOf(more!)).toEqual(['eastern-ghouta']);
    expect(more!.links[0]!.strength).toBe('partial-place');
    expect(rulesOf(more!).every((r) => r.startsWith('continues-article/'))).toBe(true);
    expect(more!.mentions).toEqual([]);
  });

  it('does not count as "a place inside the zone" for the filter', () => {
    const [lead, more] = excerpts([DOUMA_LEAD, DOUMA_MORE]);
    expect(linkInside(lead!.links.find((l) => l.zone === 'eastern-ghouta')!)).toBe(true);
    expect(linkInside(more!.links[0]!)).toBe(false);
  });

  it('stops where the report moves to a place in no zone, and stays stopped after it', () => {
    const moved = 'وفي مدينة الرقة قال مسؤولون إن الهجوم الكيماوي لم يصل إليها وإن المستشفيات استقبلت مصابين مدنيين من الريف.';
    const after = 'وأكد المسؤولون أن عدد المصابين المدنيين في الهجوم الكيماوي بلغ العشرات وأن الإسعاف ما زال يعمل.';
    const [, m, a] = excerpts([DOUMA_LEAD, moved, after]);
    expect(zonesOf(m!)).toEqual([]);
    expect(zonesOf(a!)).toEqual([]);
  });

  it('needs words in common with the paragraphs about the zone', () => {
    const offTopic = 'وفي سياق منفصل، فاز المنتخب الوطني لكرة القدم على نظيره بثلاثة أهداف نظيفة في مباراة ودية جرت مساء الأحد.';
    const [, o] = excerpts([DOUMA_LEAD, offTopic]);
    expect(zonesOf(o!)).toEqual([]);
  });

  it('carries a paragraph between two paragraphs about the zone without words in common', () => {
    const aside = 'ولم تتمكن العائلات من النوم طوال الليل، فالأطفال يبكون والأمهات يحاولن تهدئتهم.';
    const [, a, m] = excerpts([DOUMA_LEAD, aside, DOUMA_MORE.replace('بعد الهجوم الكيماوي', 'في دوما بعد الهجوم الكيماوي')]);
    expect(zonesOf(m!)).toContain('eastern-ghouta');
    expect(zonesOf(a!)).toEqual(['eastern-ghouta']);
    expect(rulesOf(a!)[0]).toMatch(/^continues-article\//);
  });

  it('gives no zone to a short line without a full stop between them (a subheading, a related article\'s headline)', () => {
    const related = 'الأمم المتحدة: ملايين السوريين بحاجة إلى المساعدة';
    const aside = 'ولم تتمكن العائلات من النوم طوال الليل، فالأطفال يبكون والأمهات يحاولن تهدئتهم.';
    const more = DOUMA_MORE.replace('بعد الهجوم الكيماوي', 'في دوما بعد الهجوم الكيماوي');
    const [, line, a] = excerpts([DOUMA_LEAD, related, aside, more]);
    expect(zonesOf(line!)).toEqual([]);
    // A paragraph that ends with its full stop still carries on the report.
    expect(zonesOf(a!)).toEqual(['eastern-ghouta']);
  });

  it('gives no zone to a paragraph without a place in an article about two zones', () => {
    const two = [
      'قالت الأمم المتحدة إن أكبر موجات النزوح هذا العام كانت في إدلب ثم في درعا مع تقدم القوات الحكومية.',
      'وأضافت الأمم المتحدة أن موجات النزوح تضع عبئا كبيرا على المجتمعات المضيفة وعلى المنظمات الإنسانية.',
      'وقالت إن المساعدات وصلت إلى مخيمات في إدلب وإلى بلدات في ريف درعا الشرقي خلال الشهر الماضي.',
    ];
    expect(zonesOf(excerpts(two)[1]!)).toEqual([]);
  });

  it('does not give the report\'s paragraphs the destination of people moving out («بالانتقال إلى محافظة إدلب»)', () => {
    const paragraphs = [
      'سيطرت القوات الحكومية على كامل محافظة درعا بعد اتفاقات تسوية سمحت لمن يرفضها من المقاتلين بالانتقال إلى محافظة إدلب في الشمال.',
      'واكتملت المرحلة الأخيرة من الحملة العسكرية بالسيطرة على جيب صغير كان يسيطر عليه مقاتلون مبايعون لتنظيم الدولة، بعد أسابيع من الحملة العسكرية على المحافظة.',
    ];
    const [lead, after] = excerpts(paragraphs);
    expect(zonesOf(lead!)).toContain('south');
    expect(zonesOf(after!)).toEqual(['south']);
  });

  it('does not give one zone an article about the zones together', () => {
    const together = [
      'اتفقت الدول الضامنة على إقامة أربع مناطق لخفض التصعيد في سوريا تشمل إدلب والغوطة الشرقية وريف حمص الشمالي والجنوب.',
      'وقال المفاوضون إن الاتفاق يقضي بوقف الأعمال القتالية في مناطق خفض التصعيد وإدخال المساعدات إليها.',
    ];
    expect(zonesOf(excerpts(together)[1]!)).toEqual([]);
  });

  it('inherits from the headline when no paragraph names the place', () => {
    const [first] = excerpts(['وقال شهود إن القصف المدفعي استمر طوال الليل على الأحياء السكنية في المدينة وإن المدنيين نزحوا نحو الحقول.'], 'قصف مدفعي على أحياء مدينة درعا ونزوح المدنيين');
    expect(zonesOf(first!)).toEqual(['south']);
    expect(rulesOf(first!)[0]).toMatch(/^continues-title\//);
  });

  it('treats the T4 air base and al-Tanf as places in no zone', () => {
    const t4 = 'وأضافت المنظمات أن غارات استهدفت مطار التيفور بعد الهجوم الكيماوي وأن المصابين المدنيين نقلوا إلى المستشفيات.';
    expect(zonesOf(excerpts([DOUMA_LEAD, t4])[1]!)).toEqual([]);
  });
});

describe.skipIf(!haveGeo)('evacuations and reference cities', () => {
  const LEAD = 'بدأ خروج المقاتلين وعائلاتهم من مدينة الرستن في ريف حمص الشمالي بموجب اتفاق التسوية، وسط انتشار للشرطة العسكرية.';
  it('keeps a paragraph about the evacuation with its zone when it names only where the buses go', () => {
    const buses = 'وأضاف المصدر أن عشرات الحافلات التي تقل المقاتلين وعائلاتهم انطلقت باتجاه الشمال السوري، على أن تتبعها دفعة أخرى من المقاتلين غدا.';
    const [, b] = excerpts([LEAD, buses]);
    expect(zonesOf(b!)).toEqual(['north-homs']);
    expect(rulesOf(b!)[0]).toMatch(/^continues-article\//);
  });
  it('does not let a destination make the evacuees\' paragraphs about it', () => {
    const toIdlib = 'ووصلت الحافلات التي تقل المقاتلين وعائلاتهم إلى إدلب مساء الاثنين بعد رحلة طويلة.';
    const after = 'وقال المصدر إن المقاتلين وعائلاتهم سيقيمون في مخيمات مؤقتة بعد خروجهم من الرستن.';
    const [, d, a] = excerpts([LEAD, toIdlib, after]);
    expect(zonesOf(d!)).toContain('north-homs');
    expect(zonesOf(a!)).not.toContain('idlib');
  });
  it('does not take a governorate capital named as a reference point for a move elsewhere', () => {
    const ref = 'ويقع الجيب بين مدينتي حمص وحماة، وقد خرج منه المقاتلون وعائلاتهم على دفعات خلال الأيام الماضية بموجب الاتفاق.';
    expect(zonesOf(excerpts([LEAD, ref])[1]!)).toEqual(['north-homs']);
  });
});

describe.skipIf(!haveGeo)('one sense per article for names that are also words', () => {
  it('reads a bare «دوما» as the town once the article has written «مدينة دوما»', () => {
    const later = 'وقال مسؤول في المنظمة إن دخول دوما ما زال ممنوعا على المفتشين حتى الآن.';
    const [, l] = excerpts([DOUMA_LEAD, later]);
    expect(l!.mentions.map((m) => m.surface)).toEqual(['دوما']);
    expect(rulesOf(l!).some((r) => r.startsWith('same-as-earlier-in-article/'))).toBe(true);
  });

  it('reads «في دوما بسوريا» as the town: after a preposition, given its country', () => {
    const [p] = excerpts(['ناقش الرئيسان الرد على الهجوم الكيماوي الذي وقع في دوما بسوريا الأسبوع الماضي.']);
    expect(zonesOf(p!)).toContain('eastern-ghouta');
  });

  it('does not pass on a weak reading: «الصراع» stays "the conflict"', () => {
    const [p] = excerpts(['قال المبعوث إن الصراع في سوريا دخل عامه الثامن، وإن الحل السياسي ما زال بعيدا عن الصراع الدائر.']);
    expect(zonesOf(p!)).toEqual([]);
  });

  it('keeps «دوما» without a cue as "always"', () => {
    const [p] = excerpts(['قال الوزير إن بلاده تسعى دوما إلى الحوار مع جيرانها في سوريا والمنطقة.']);
    expect(zonesOf(p!)).toEqual([]);
  });

  it('reads «الخطوط الحمراء» and «حمراء» as "red", not the village al-Hamra', () => {
    const [p] = excerpts(['قال الرئيس الفرنسي إن استخدام السلاح الكيماوي في سوريا تجاوز للخطوط الحمراء، وإن هناك خطوطا حمراء أخرى.']);
    expect(zonesOf(p!)).toEqual([]);
  });

  it('reads a noun with a pronoun attached («في سبيله») as the word, not a village', () => {
    const [p] = excerpts(['قال المتحدث إن الجيش السوري ماض في سبيله لاستعادة السيطرة على كامل الأراضي السورية.']);
    expect(zonesOf(p!)).toEqual([]);
  });
});
