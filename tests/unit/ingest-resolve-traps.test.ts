// One test per trap of real coverage, on sentences written for these tests, with the real gazetteer.
import { describe, expect, it } from 'vitest';
import { linkArticle } from '../../src/lib/ingest/linker.ts';
import { haveGeo, realLinker } from './real-linker.ts';
import { buildExcerpts } from '../../src/lib/ingest/excerpts.ts';
import { PlaceMatcher } from '../../src/lib/ingest/matcher.ts';
import { prepareArticle, processArticle } from '../../src/lib/ingest/article.ts';

const linker = realLinker;

/** Zones and strengths of the whole article (paragraphs split on blank lines), strongest per zone. */
function zonesOf(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  const order = ['zone-named', 'core-place', 'partial-place', 'governorate-only', 'general'];
  for (const { excerpt } of linkArticle(linker!, 't', body, buildExcerpts('t', body))) {
    for (const l of excerpt.links) if (!out[l.zone] || order.indexOf(l.strength) < order.indexOf(out[l.zone]!)) out[l.zone] = l.strength;
  }
  return out;
}

function excerptsOf(body: string) {
  return linkArticle(linker!, 't', body, buildExcerpts('t', body)).map((l) => l.excerpt);
}

describe.skipIf(!haveGeo)('words that are also village names need a cue', () => {
  it('does not read "the visit" as the village al-Ziyarah in an article not about Syria', () => {
    expect(zonesOf('أكد الوزير أن الزيارة ستعزز التعاون الاقتصادي بين البلدين خلال العام المقبل.')).toEqual({});
  });

  it('does not read "the visit" as a village in a Syria article without a place cue', () => {
    expect(zonesOf('قال المبعوث إن الزيارة إلى سوريا كانت مثمرة وإن الحوار سيستمر.')).toEqual({});
  });

  it('reads al-Ziyarah as the village after «بلدة» in the Ghab plain', () => {
    expect(zonesOf('قصفت قوات النظام السوري بلدة الزيارة في سهل الغاب بريف حماة الغربي.').idlib).toBeDefined();
  });

  it('never reads a word with tanween as a place (دوماً، درعاً)', () => {
    expect(zonesOf('ويؤكد المسؤولون السوريون دوماً أن الحل في سوريا سياسي.')).toEqual({});
    expect(zonesOf('اتخذ المسلحون من المدنيين درعاً بشرياً في سوريا.')).toEqual({});
  });

  it('reads جاسم as a man when no place cue is there, and as the town after «مدينة»', () => {
    expect(zonesOf('قال جاسم، وهو لاجئ سوري يعيش في بيروت، إنه لن يعود قريبا.')).toEqual({});
    expect(zonesOf('سيطرت فصائل المعارضة السورية على مدينة جاسم بريف درعا الشمالي.')).toEqual({ south: 'zone-named' });
  });

  it('reads «الحراك» as the protest movement, not the town, without a cue', () => {
    expect(zonesOf('انطلق الحراك الشعبي في سوريا عام 2011 مطالبا بالإصلاح.')).toEqual({});
    expect(zonesOf('تواصل الحراك الاحتجاجي في الجزائر للأسبوع الثالث.')).toEqual({});
  });

  it('reads a quarter whose name is a common word only beside its city or after «حي»', () => {
    const ex = excerptsOf('وتم الاتفاق على إقامة منطقة خفض التصعيد في محافظة إدلب السورية، ونشر المراقبين في المحافظة.');
    expect(ex.flatMap((e) => e.mentions.map((m) => m.surface))).not.toContain('المحافظة');
  });
});

describe.skipIf(!haveGeo)('country focus and homonyms abroad', () => {
  it('links nothing in an article with no Syrian anchor', () => {
    expect(zonesOf('افتتحت الحكومة مستشفى جديدا في مدينة الحمراء، وزار الوزير دانا وجاسم في منزلهما.')).toEqual({});
  });

  it('reads Sinjar as the Iraqi town when the article names Iraq', () => {
    expect(zonesOf('عاد مئات الإيزيديين إلى سنجار في شمال العراق، فيما لجأ آخرون إلى سوريا.')).toEqual({});
  });

  it('reads Kenitra in Morocco, not Quneitra, when the article names Morocco', () => {
    expect(zonesOf('انقلب قطار قرب مدينة القنيطرة في المغرب، ونعت الحكومة الضحايا، كما فعلت سوريا.')).toEqual({});
  });

  it('does not count "four zones" in an article that is not about the de-escalation', () => {
    expect(zonesOf('قسمت البلدية العاصمة السورية إلى أربع مناطق لتوزيع المياه.')).toEqual({});
  });
});

describe.skipIf(!haveGeo)('city, governorate and zone', () => {
  it('reads Homs, Hama, Aleppo and Damascus alone as the cities, which are in no zone', () => {
    expect(zonesOf('سقطت قذائف على حمص وحماة وحلب ودمشق، بحسب وسائل إعلام سورية.')).toEqual({});
  });

  it('links Eastern Ghouta through Jobar, not through Damascus', () => {
    expect(zonesOf('دارت اشتباكات في حي جوبر شرق العاصمة السورية.')).toEqual({ 'eastern-ghouta': 'partial-place' });
    expect(zonesOf('وصل وفد الأمم المتحدة إلى دمشق في سوريا.')).toEqual({});
  });

  it('links the Yarmouk camp and southern Damascus to no zone', () => {
    expect(zonesOf('اشتد القصف على مخيم اليرموك جنوب دمشق في سوريا.')).toEqual({});
  });

  it('reads Idlib, Daraa and Quneitra alone as evidence for their zones', () => {
    expect(zonesOf('توتر في إدلب السورية.')).toEqual({ idlib: 'core-place' });
    expect(zonesOf('توتر في درعا السورية.')).toEqual({ south: 'core-place' });
    expect(zonesOf('توتر في القنيطرة السورية.')).toEqual({ south: 'core-place' });
  });

  it('keeps a governorate named alone as a weak link', () => {
    expect(zonesOf('توتر في محافظة حمص السورية.')).toEqual({ 'north-homs': 'governorate-only' });
  });

  it('maps each directional countryside to its zone or to none', () => {
    expect(zonesOf('قصف على الريف الغربي لحلب في سوريا.')).toEqual({ idlib: 'zone-named' });
    expect(zonesOf('قصف على ريف حلب الشمالي في سوريا.')).toEqual({});
    expect(zonesOf('معارك في ريف حمص الشرقي في سوريا.')).toEqual({});
    expect(zonesOf('قصف على جنوب غربي سوريا.')).toEqual({ south: 'zone-named' });
  });

  it('picks among same-named villages by the governorate named after them', () => {
    const [e] = excerptsOf('سقطت قذيفة على قرية دوما في ريف السويداء السورية.');
    expect(e!.links).toEqual([]);
    expect(zonesOf('سقطت قذيفة على مدينة دوما في الغوطة الشرقية.')['eastern-ghouta']).toBe('zone-named');
  });
});

describe.skipIf(!haveGeo)('evidence', () => {
  it('never takes a dateline as evidence', () => {
    expect(zonesOf('إدلب - وكالات\n\nأعلنت الحكومة السورية خطة لإعادة الإعمار.')).toEqual({});
  });

  it('keeps each evidence row with its own strength', () => {
    const [e] = excerptsOf('قصف على الرستن وفي محافظة حمص السورية.');
    const rows = e!.links.find((l) => l.zone === 'north-homs')!.evidence;
    expect(rows.map((r) => r.strength)).toEqual(['core-place', 'governorate-only']);
  });
});

describe.skipIf(!haveGeo)('spellings the press uses', () => {
  it('matches names glued to the next word by careless typesetting', () => {
    expect(zonesOf('تصعيد جديد في جنوبسوريا بعد انهيار الهدنة.').south).toBeDefined();
    expect(zonesOf('قصف مدفعي على الغوطة الشرقيةلدمشق مساء أمس.')['eastern-ghouta']).toBeDefined();
  });

  it('matches a compound with or without its inner space, in the press spelling and OCHA\'s', () => {
    for (const s of ['قصفت الطائرات بلدة بصرى الحرير في ريف درعا.', 'قصفت الطائرات بلدة بصرالحرير في ريف درعا.']) {
      const [e] = excerptsOf(s);
      expect(e!.mentions.map((m) => m.surface)).toContain(s.includes('بصرى') ? 'بصرى الحرير' : 'بصرالحرير');
      expect(e!.mentions.map((m) => m.place_id)).toContain('ocha:C6105');
    }
  });

  it('joins two words across a space only into a name the gazetteer writes as one word', () => {
    const m = new PlaceMatcher([
      { name: 'كفرنبل', id: 'one-word' },
      { name: 'تل', id: 'tal' },
      { name: 'رفعت', id: 'rifaat' },
    ]);
    expect(m.find('في كفر نبل اليوم').map((x) => x.ids[0])).toEqual(['one-word']);
    expect(m.find('بين تل رفعت').map((x) => x.ids[0])).toEqual(['tal', 'rifaat']);
  });
});

describe.skipIf(!haveGeo)('regions that lie only partly in a zone', () => {
  it('keeps a lone «ريف حماة الجنوبي» (the bases south of Hama city) out of the northern Homs list', () => {
    const body = 'استهدفت ضربات صاروخية مواقع عسكرية للنظام في ريف حماة الجنوبي ليل الأحد.\n\nوقال مصدر عسكري إن الدفاعات الجوية تصدت لعدد من الصواريخ.';
    expect(zonesOf(body)['north-homs']).toBe('governorate-only');
    const rows = excerptsOf(body)[0]!.links.find((l) => l.zone === 'north-homs')!.evidence;
    expect(rows.map((r) => [r.rule.split('/')[1], r.strength])).toEqual([['region-partly-in-zone-alone', 'governorate-only']]);
  });

  it('counts it as a place of the zone in an article that names the pocket\'s towns', () => {
    const body = 'خرجت حافلات من ريف حماة الجنوبي باتجاه الشمال.\n\nوكان القصف قد طال الرستن وتلبيسة قبل الاتفاق.';
    expect(excerptsOf(body)[0]!.links.find((l) => l.zone === 'north-homs')?.strength).toBe('partial-place');
  });

  it('counts «غوطة دمشق» alone: the press means the eastern Ghouta by it', () => {
    expect(zonesOf('طالب مسؤولون غربيون بالرد على الهجوم الكيماوي في غوطة دمشق.')['eastern-ghouta']).toBe('partial-place');
  });
});

describe.skipIf(!haveGeo)('the dictionary\'s homographs', () => {
  it('reads towns whose names the dictionary also lists as rare verb forms without a cue (الرستن، حرستا)', () => {
    expect(zonesOf('قصفت قوات النظام السوري الرستن وقرى مجاورة لها بعشرات الغارات.')['north-homs']).toBe('core-place');
    expect(zonesOf('قصفت القوات الحكومية السورية حرستا ليلة أمس.')['eastern-ghouta']).toBeDefined();
  });

  it('reads a name of several words (قلعة المضيق) as a place, but not a man\'s name (عز الدين)', () => {
    expect(zonesOf('سيطرت القوات السورية على قلعة المضيق في سوريا.').idlib).toBeDefined();
    expect(zonesOf('فاز الروائي عز الدين بجائزة الرواية العربية في القاهرة.')).toEqual({});
  });

  it('does not read «السلمية» (peacefulness) as Salamiyah in an article about protests abroad', () => {
    expect(zonesOf('أكد المسؤول أن كل احتجاج يخرج عن السلمية سيتم التعامل معه بحزم في عمان.')).toEqual({});
  });
});

describe.skipIf(!haveGeo)('context of the names around a mention', () => {
  it('does not read a village as its namesake far away when it is joined by و to a place of another governorate', () => {
    // The gazetteer knows a «الأشعري» in Daraa only; beside Beit Sawa it is a village of the Ghouta.
    const z = zonesOf('استعاد الجيش السوري بلدتي الأشعري وبيت سوا في الغوطة الشرقية.');
    expect(z.south).toBeUndefined();
    expect(z['eastern-ghouta']).toBe('zone-named');
  });

  it('reads a zone\'s region named in a list of the country\'s parts as a general mention', () => {
    const [e] = excerptsOf('وما زالت المعارضة تسيطر على مناطق واسعة في شمال غرب وجنوب غرب سوريا.');
    const south = e!.links.find((l) => l.zone === 'south')!;
    expect(south.strength).toBe('general');
    expect(south.evidence[0]!.rule).toBe('listed-with-other-regions/region-name');
  });
});

describe.skipIf(!haveGeo)('two countrysides named together', () => {
  it('reads «ريفي حماة الجنوبي وحمص الشمالي» as the two countryside regions, each with its own direction', () => {
    const [e] = excerptsOf('خرجت عشرات الحافلات من ريفي حماة الجنوبي وحمص الشمالي باتجاه الشمال السوري.');
    expect(e!.mentions.map((m) => m.place_id)).toEqual(expect.arrayContaining(['region:southern-hama-countryside']));
    expect(e!.links.find((l) => l.zone === 'north-homs')?.strength).toBe('zone-named');
  });
});

describe.skipIf(!haveGeo)('a name that is also an adverb', () => {
  it('reads «دوما» after a preposition as the town, and every other «دوما» of the article with it', () => {
    const ex = excerptsOf('قال المتحدث باسم البعثة الدولية إلى سوريا إن فريق المفتشين لم يتمكن من الوصول إلى دوما حتى الآن.\n\nوأضاف أن دخول دوما مرهون بموافقة الفريق الأمني.');
    expect(ex.map((e) => e.links.find((l) => l.zone === 'eastern-ghouta')?.strength)).toEqual(['core-place', 'core-place']);
  });

  it('does not read «دوما» after a verb as the town (يؤكد دوما "always asserts")', () => {
    expect(zonesOf('ويؤكد المسؤولون في سوريا دوما أن الحل سياسي.')).toEqual({});
  });
});

describe.skipIf(!haveGeo)('names the press writes as hashtags or as a governorate', () => {
  it('reads a zone written as a hashtag («جنوب #سوريا»)', () => {
    expect(zonesOf('بدأت عودة اللاجئين منذ توقيع اتفاق خفض التصعيد جنوب #سوريا العام الماضي.').south).toBe('zone-named');
  });

  it('reads «محافظة القنيطرة» as a place of the south zone, which held most of it, and «محافظة حماة» as governorate only', () => {
    expect(zonesOf('أُجلي مسلحون ومدنيون من محافظة القنيطرة المحاذية لمرتفعات الجولان في سوريا.').south).toBe('partial-place');
    expect(zonesOf('قصفت الطائرات مواقع في محافظة حماة السورية.')).toEqual({ idlib: 'governorate-only', 'north-homs': 'governorate-only' });
  });
});

describe.skipIf(!haveGeo)('one zone named twice is not a list of the country\'s parts', () => {
  it('keeps «في جنوب وجنوب غرب سوريا» a mention of the south zone', () => {
    expect(zonesOf('لم تعد هناك مناطق خارج سيطرة الحكومة في جنوب وجنوب غرب سوريا.').south).toBe('zone-named');
  });
});

describe.skipIf(!haveGeo)('weak cues for words that are also village names', () => {
  const rules = (body: string): string[] => excerptsOf(body).flatMap((e) => e.links.flatMap((l) => l.evidence.map((v) => `${v.surface}:${v.rule}`)));

  it('does not read the attached «ب» as "in" before a common word (بحلول "by", بصفة "as", بدأنا "we began")', () => {
    const body = 'قالت تركيا إن الفصائل في إدلب ستسحب سلاحها الثقيل من المنطقة العازلة في ريف إدلب بحلول منتصف الشهر.\n\nوأضاف أن ضباطا يعملون بصفة مراقبين، وقال قائد ميداني: "بدأنا سحب السلاح".';
    expect(rules(body).filter((r) => /^(حلول|صفة|دأنا)/.test(r))).toEqual([]);
  });

  it('does not read a common word after «في» as a village because the article names its governorate twice', () => {
    const body = 'قصفت الطائرات بلدات في ريف إدلب الجنوبي، وقال ناشطون من إدلب إن القصف طال الأسواق.\n\nوقال الناشطون في بيان نشروه على مواقع التواصل إن الخلافات القديمة بين الفصائل المسلحة تحولت في آذار الماضي إلى صراع مفتوح.';
    expect(rules(body).filter((r) => /^(آذار|صراع)/.test(r))).toEqual([]);
  });

  it('reads «المنطقة الجنوبية من الغوطة الشرقية» as a part of the Ghouta, not as the south zone', () => {
    const z = zonesOf('تفاوض فيلق الرحمن الذي يسيطر على المنطقة الجنوبية من الغوطة الشرقية مع الجانب الروسي.');
    expect(z.south).toBeUndefined();
    expect(z['eastern-ghouta']).toBe('zone-named');
  });

  it('reads «جنوب غربي البلاد» as the south zone when Syria is named beside it', () => {
    expect(zonesOf('انتهت العمليات قرب الحدود السورية الأردنية، ولم تعد هناك مناطق خارج سيطرة الحكومة في جنوب غربي البلاد.').south).toBe('zone-named');
    expect(zonesOf('أعلنت الحكومة اليمنية أن المعارك تتواصل في جنوب غربي البلاد.')).toEqual({});
  });

  it('reads «شمال غربي سوريا» as part of the Idlib zone only with another place of that zone in the article', () => {
    expect(zonesOf('قدمت الأمم المتحدة مساعدات غذائية لآلاف النازحين في شمال غربي سوريا.').idlib).toBe('governorate-only');
    const [ex] = excerptsOf('قدمت الأمم المتحدة مساعدات غذائية لآلاف النازحين في شمال غربي سوريا، معظمهم في مخيمات في ريف إدلب الشمالي.');
    const row = ex!.links.find((l) => l.zone === 'idlib')!.evidence.find((v) => v.surface === 'شمال غربي سوريا');
    expect(row?.strength).toBe('partial-place');
  });

  it('reads the spelling «دومة» as Douma with a place cue', () => {
    expect(zonesOf('وصل المفتشون إلى مدينة دومة في ريف دمشق بعد أيام من الانتظار.')['eastern-ghouta']).toBe('core-place');
  });
});

describe.skipIf(!haveGeo)('a short text with a place cue is about Syria without naming the country', () => {
  it('links a one-sentence snippet whose Syrian town follows a place noun («مدينة دوما»)', () => {
    expect(zonesOf('دخلت قافلة مساعدات أممية إلى مدينة دوما المحاصرة صباح اليوم.')['eastern-ghouta']).toBe('core-place');
  });

  it('links a snippet that names two places of one governorate («من عربين وزملكا»)', () => {
    expect(zonesOf('خرجت دفعة من المقاتلين وعائلاتهم من عربين وزملكا نحو الشمال.')['eastern-ghouta']).toBeDefined();
  });

  it('links a quarter given its city\'s adjective («حي جوبر الدمشقي»)', () => {
    expect(zonesOf('قالت مصادر محلية إن القوات تقدمت في حي جوبر الدمشقي.')['eastern-ghouta']).toBeDefined();
  });

  it('reads «مخيمات» as a place noun (مخيمات أطمة)', () => {
    expect(zonesOf('وصلت دفعة من المهجرين إلى مخيمات أطمة على الحدود السورية التركية.').idlib).toBeDefined();
  });

  it('does not take a city abroad that only OCHA\'s village list also has for a Syrian anchor («مدينة القاهرة»)', () => {
    expect(zonesOf('افتتح الوزير معرضا في مدينة القاهرة ثم زار مدينة الإسكندرية.')).toEqual({});
  });

  it('reads «قرية دوما قرب نابلس» as the village in the West Bank', () => {
    expect(zonesOf('أحرق مستوطنون منزل عائلة في قرية دوما قرب نابلس قبل ثلاث سنوات.')).toEqual({});
  });
});

describe.skipIf(!haveGeo)('central Syria', () => {
  it('counts «وسط البلاد» for the northern Homs pocket only in an article that names the pocket\'s towns', () => {
    expect(zonesOf('بدأ المقاتلون الانسحاب من آخر جيب للمعارضة في وسط البلاد، بحسب التلفزيون السوري.')['north-homs']).toBe('governorate-only');
    const [lead] = excerptsOf('بدأ المقاتلون الانسحاب من آخر جيب للمعارضة في وسط البلاد، بحسب التلفزيون السوري.\n\nويقع الجيب بين الرستن وتلبيسة شمال حمص.');
    expect(lead!.links.find((l) => l.zone === 'north-homs')?.strength).toBe('partial-place');
  });

  it('does not put an air base «وسط سوريا» under the northern Homs zone', () => {
    expect(zonesOf('قصفت طائرات إسرائيلية مطار التيفور العسكري وسط سوريا فجر اليوم.')['north-homs']).not.toBe('partial-place');
  });
});

describe.skipIf(!haveGeo)('names the words after them place elsewhere', () => {
  it('reads «مدينة الملك عبدالله» as a place named after a king, not a village, in an article naming a Syrian', () => {
    expect(zonesOf('سجل المهاجم السوري هدف الفوز على ملعب مدينة الملك عبدالله الرياضية في جدة.')).toEqual({});
  });

  it('reads a name followed by another country\'s adjective as a place in that country', () => {
    expect(zonesOf('قالت الشرطة السورية إن المطلوب فر إلى محافظة الإسكندرية المصرية.')).toEqual({});
  });

  it('reads a name whose parent area is a city abroad as a place there', () => {
    expect(zonesOf('رفعت لافتات ضد اللاجئين السوريين في منطقة الأشرفية بالعاصمة بيروت.')).toEqual({});
  });

  it('reads «مطار الرياض» as the Saudi capital\'s airport, not a Syrian village', () => {
    expect(zonesOf('أطلق الحوثيون صاروخا باتجاه مطار الرياض، وقال مسؤول سوري إن بلاده تدين ذلك.')).toEqual({});
  });

  it('does not read a village as its namesake in another governorate when the text names its own', () => {
    expect(zonesOf('هاجم مسلحون مخيم البحيرة المؤقت في محافظة السويداء.')).toEqual({});
  });

  it('does not read a village only OCHA lists after a place noun in a text that names no sure Syrian place', () => {
    expect(zonesOf('نشأ الصحفي السوري في بلدة سان إتيان دو روفريه قبل أن يهاجر.')).toEqual({});
  });

  it('reads «منطقة» before a common word as a region, not a village only OCHA lists', () => {
    expect(zonesOf('فتشت القوات العراقية منطقة الجزيرة والبادية، وقالت إن الحدود مع مدينة البوكمال السورية مؤمنة.')).toEqual({});
  });

  it('still reads such a village when Syria is named right after it', () => {
    expect(zonesOf('أعلنت المعارضة السيطرة على معبر نصيب السوري بعد معارك عنيفة.').south).toBeDefined();
  });

  it('reads the Syrian Jazira as the north-east, outside every zone', () => {
    expect(zonesOf('نقل الجرحى إلى مستشفى في منطقة الجزيرة السورية شرقي الفرات.')).toEqual({});
  });
});

describe.skipIf(!haveGeo)('what makes a short text about Syria', () => {
  it('takes an armed faction of the war for a Syrian anchor («جيش الإسلام … في دوما»)', () => {
    expect(zonesOf('أعلن جيش الإسلام التوصل إلى اتفاق لوقف إطلاق النار في دوما برعاية روسية.')['eastern-ghouta']).toBe('core-place');
  });

  it('still needs a cue for a common word in a text naming a faction', () => {
    expect(zonesOf('قال قيادي في جيش الإسلام بقطاع غزة إن الحاضر لا يبشر بخير وإن الحراك سيستمر دوما.')).toEqual({});
  });

  it('reads Jabal al-Zawiya as a region of the Idlib zone', () => {
    expect(zonesOf('نزح آلاف المدنيين من قرى جبل الزاوية باتجاه المخيمات الحدودية.').idlib).toBeDefined();
  });
});

describe.skipIf(!haveGeo)('the Ghouta named alone', () => {
  it('reads «الغوطة» alone as Eastern Ghouta in a text about Syria', () => {
    expect(zonesOf('تواصل قوات النظام السوري حملتها العسكرية على الغوطة لليوم العاشر على التوالي.')['eastern-ghouta']).toBe('zone-named');
    expect(zonesOf('أعلن جيش الإسلام أن مقاتليه استعادوا نقاطاً على أطراف الغوطة.')['eastern-ghouta']).toBe('zone-named');
  });

  it('takes «الغوطة المحاصرة» for the Ghouta even in a text that names nothing else of Syria', () => {
    expect(zonesOf('تعاني العائلات في الغوطة المحاصرة من نقص حاد في حليب الأطفال.')['eastern-ghouta']).toBe('zone-named');
    expect(zonesOf('تعاني العائلات في الغوطة من نقص حاد في حليب الأطفال.')).toEqual({});
  });

  it('keeps «حي الغوطة» the quarter of Homs city, in no zone', () => {
    expect(zonesOf('انفجرت عبوة ناسفة قرب حي الغوطة في مدينة حمص السورية صباح اليوم.')).toEqual({});
  });

  it('does not read the word in a text not about Syria', () => {
    expect(zonesOf('تشتهر الغوطة المحيطة بالمدينة المغربية بأشجار الزيتون والرمان.')).toEqual({});
  });

  it('takes «الغوطة» with towns of the Ghouta for a text about Syria («في الغوطة … عين ترما وزملكا»)', () => {
    expect(zonesOf('شنت الطائرات غارات على بلدات عين ترما وزملكا وحزة في الغوطة.')['eastern-ghouta']).toBeDefined();
  });
});

describe.skipIf(!haveGeo)('place nouns and the words between names', () => {
  it('takes a Syrian town of some size after «بلدة» for a Syrian anchor (its ب is no preposition)', () => {
    expect(zonesOf('دخلت وحدات من الجيش إلى بلدة الشيخ مسكين بعد معارك مع الفصائل.').south).toBeDefined();
    expect(zonesOf('تمكن الأهالي في بلدة إنخل من العودة بعد دخول الشرطة العسكرية الروسية.').south).toBeDefined();
  });

  it('does not read «إلى» after a village as an adjective that makes the next place its area', () => {
    expect(zonesOf('وصلت قافلة تقل مهجري حزة إلى ريف إدلب بعد اتفاق مع الجانب الروسي في سوريا.')['eastern-ghouta']).toBe('core-place');
  });

  it('matches the press spellings of villages OCHA writes otherwise (حمورية، الفطيرة، تل الطوقان)', () => {
    expect(zonesOf('قصفت قوات النظام السوري بلدة حمورية في سوريا.')['eastern-ghouta']).toBeDefined();
    expect(zonesOf('قصفت قوات النظام السوري بلدة الفطيرة في سوريا.').idlib).toBeDefined();
    expect(zonesOf('قصفت قوات النظام السوري بلدة تل الطوقان في سوريا.').idlib).toBeDefined();
  });
});

describe.skipIf(!haveGeo)('more actors of the war as anchors', () => {
  it('takes the UN envoy, Russia\'s base and the zones themselves for a text about Syria', () => {
    // Hazano is a village only OCHA lists: alone it does not make the text Syrian.
    expect(zonesOf('التقى المبعوث ممثلي الفصائل في حزانو لبحث ملف المعتقلين.')).toEqual({});
    expect(zonesOf('التقى دي ميستورا ممثلي الفصائل في حزانو لبحث ملف المعتقلين.').idlib).toBeDefined();
    expect(zonesOf('قالت مصادر إن الطائرات المسيرة التي استهدفت قاعدة حميميم انطلقت من حزانو.').idlib).toBeDefined();
    expect(zonesOf('دخلت قافلة مساعدات إلى حزانو ضمن منطقة خفض التصعيد في الشمال.').idlib).toBeDefined();
  });

  it('does not take Astana alone, a city and a football club, for Syria', () => {
    expect(zonesOf('فاز نادي أستانة على ضيفه في الدوري وتصدر الترتيب بعد الزيارة الأخيرة لمدربه.')).toEqual({});
  });
});

describe.skipIf(!haveGeo)('the place of a dateline named again by a noun alone', () => {
  const ingested = (text: string) => processArticle('x', prepareArticle({ file: 'x.txt', text, title: null, given: undefined }), linker!);
  const zonesIn = (a: ReturnType<typeof ingested>) => [...new Set(a.excerpts.flatMap((e) => e.links.map((l) => l.zone)))];
  const zonesOfArticle = (text: string) => zonesIn(ingested(text));

  it('reads «في المحافظة» under «إدلب - عنب بلدي» as Idlib when the body names no place', () => {
    const [e] = excerptsOf('إدلب - عنب بلدي: بدأت مديرية التربية في المحافظة تسجيل الطلاب للعام الدراسي الجديد.');
    expect(e!.links.map((l) => l.zone)).toEqual(['idlib']);
    expect(e!.links[0]!.evidence[0]!.rule).toMatch(/^dateline-referred-to/);
    expect(e!.mentions[0]!.surface).toBe('المحافظة');
  });

  it('reads the noun as the place the cleaner took from «سراقب - خاص:»', () => {
    const a = ingested('سراقب - خاص: عاد عشرات العائلات إلى منازلها في المدينة بعد توقف القصف لأيام.');
    expect(a.text.about?.filed_from).toBe('سراقب');
    expect(zonesIn(a)).toEqual(['idlib']);
  });

  it('does not read the noun as the dateline\'s place when the body names a place of its own', () => {
    expect(zonesOf('إدلب - عنب بلدي: زار وفد أممي مدينة حمص السورية، وتجول في أسواق المدينة القديمة.')).toEqual({});
  });

  it('links nowhere a report filed from a zone about something else, with no title of its own', () => {
    expect(zonesOfArticle('درعا - وكالات: قال وزير الخارجية الأردني في عمان إن بلاده لن تفتح حدودها أمام موجة لجوء جديدة.')).toEqual([]);
  });
});

describe.skipIf(!haveGeo)('cities and countries abroad the press names beside Syria', () => {
  it('reads Kenitra «north of the capital Rabat» as the Moroccan city, not Quneitra', () => {
    expect(zonesOf('لقي سبعة أشخاص حتفهم في خروج قطار عن السكة قرب مدينة القنيطرة شمال العاصمة الرباط.')).toEqual({});
  });

  it('reads Qatar, Hodeidah named with Yemen, and Gaza as places abroad', () => {
    const abroad = (text: string) => excerptsOf(text).flatMap((e) => e.mentions.map((m) => m.place_id));
    expect(abroad('أعلنت الحكومة السورية أن وفداً من قطر سيزور دمشق الأسبوع المقبل.')).toContain('foreign:qatar');
    expect(abroad('قالت الأمم المتحدة إن المعارك في الحديدة باليمن تهدد ملايين السوريين اللاجئين هناك.')).toContain('foreign:hodeidah');
    expect(abroad('خرجت مظاهرات في غزة تضامناً مع السوريين.')).toContain('foreign:gaza');
  });
});

describe.skipIf(!haveGeo)('a common word near a place of its governorate', () => {
  it('is not the village when it only stands near the place («إلى مدينة حلب في زيارة»)', () => {
    expect(zonesOf('وصل الرئيس السوري بشار الأسد إلى مدينة حلب في زيارة هي الأولى منذ سنوات.')).toEqual({});
  });

  it('is the village when listed with a place of its governorate («بين مديرا وعربين»)', () => {
    const text = 'دارت اشتباكات عنيفة في المزارع الواقعة بين مديرا وعربين قرب مدينة حرستا.';
    expect(excerptsOf(text)[0]!.mentions.map((m) => m.surface)).toEqual(expect.arrayContaining(['مديرا', 'حرستا']));
  });
});

describe.skipIf(!haveGeo)('a part of the country right after a place says where the place lies', () => {
  it('does not put Sweida under the southern zone for «جنوب سوريا» after it', () => {
    expect(zonesOf('سقطت قذائف على مدينة السويداء جنوب سوريا.')).toEqual({});
  });

  it('leaves the place its own zone, and the part of the country alone its zone', () => {
    expect(zonesOf('نزح آلاف المدنيين من محافظة درعا جنوب سوريا.').south).toBeDefined();
    expect(zonesOf('تصاعدت المعارك في جنوب سوريا خلال الأسبوع الماضي.').south).toBeDefined();
  });
});
