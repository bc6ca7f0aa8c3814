// Words that look like place names (they follow مدينة، بلدة، قرية، ريف، في …) but that no gazetteer
// entry matched: reported so a curator can add them.
import { normalizeArabic, normalizeWithMap, originalSpan, type Normalized } from '../arabic/normalize.ts';

export interface Unresolved {
  start: number;
  end: number;
  surface: string;
  trigger: string;
}

const PLACE_NOUNS = new Set(['مدينه', 'بلده', 'قريه', 'ريف', 'محافظه', 'ناحيه', 'مخيم', 'بلدات', 'قري', 'مدن', 'بلدتي', 'قريتي', 'مدينتي']);

// After في most words are not places: function words and the common nouns of this coverage.
const AFTER_FI_STOP = new Set(
  ('ذلك هذا هذه حال ظل اطار وقت مؤتمر موتمر كلمه بيان اتصال لقاء لقائنا زياره منتصف بدايه نهايه اول اخر ' +
    'سوريا سوريه مناطق منطقه اماكن مختلف عده جميع كل بعض اي ما مجال سياق ضوء مقابل حين اعقاب اثناء ' +
    'قاعه بناء مساعي مناقشه تصريح تصريحات حديث مقابله رساله جلسه اجتماع محادثات مفاوضات اتفاق الوقت ' +
    'شان خصوص صدد عام العام شهر يوم ايام اسبوع ساعه ساعات اعقاب ختام مستهل اطار حينه ظروف ظلال دعم صفوف ' +
    'بلاده بلادهم البلاد حلول مواجهه تنفيذ اقامه انشاء اطلاق سبيل عمليه عمليات ضرب شمال جنوب شرق غرب وسط ' +
    'ريف ريفي احياء حي مجمل ديار اطراف محيط قلب داخل خارج اعلي ادني غضون مرحله ' +
    'كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر')
    .split(' ')
    .map(normalizeArabic),
);

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;

/** Words with a pronoun suffix (ديارهم، بلادنا) are not names. */
const PRONOUN_SUFFIX = /(هم|ها|نا|كم|هما|هن)$/;

/** Whether text[i] is an Arabic letter (false past the end). */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
}

/**
 * The first letters a trigger word can have (a place noun, في or وفي, a place noun after و ف ب) and its
 * longest length («ومحافظه»): most words are ruled out by these before their text is taken.
 */
const TRIGGER_FIRST = new Set(['م', 'ب', 'ق', 'ر', 'ن', 'و', 'ف'].map((c) => c.charCodeAt(0)));
const TRIGGER_LONGEST = 7;

/** The word [s, e) of normalised text as a candidate after the trigger word [ts, te), or null. */
function candidate(original: string, norm: Normalized, ts: number, te: number, s: number, e: number): Unresolved | null {
  const text = norm.text;
  if (te - ts > TRIGGER_LONGEST || !TRIGGER_FIRST.has(text.charCodeAt(ts))) return null;
  let trig = text.slice(ts, te);
  const first = trig.charCodeAt(0);
  if (first === WAW || first === FA || first === BA) trig = trig.replace(/^(و|ف|ب)(?=مدينه|بلده|قريه|ريف|محافظه|مخيم)/, '');
  const afterNoun = PLACE_NOUNS.has(trig);
  if (!afterNoun && trig !== 'في' && trig !== 'وفي') return null;
  if (text.slice(te, s).trim() !== '') return null; // punctuation between: not a phrase
  const cand = text.slice(s, e);
  const hit = afterNoun
    ? !AFTER_FI_STOP.has(cand)
    : !cand.startsWith('ال') && !AFTER_FI_STOP.has(cand) && !PLACE_NOUNS.has(cand) && cand.length >= 3 && !PRONOUN_SUFFIX.test(cand);
  if (!hit) return null;
  const span = originalSpan(norm, s, e);
  const t = originalSpan(norm, ts, te);
  return { start: span.start, end: span.end, surface: original.slice(span.start, span.end), trigger: original.slice(t.start, t.end) };
}

/**
 * Candidates in `original` (offsets relative to it). `coveredOriginal` holds the spans the gazetteer
 * already matched, which are never reported.
 */
export function findUnresolved(
  original: string,
  coveredOriginal: { start: number; end: number }[],
  norm: Normalized = normalizeWithMap(original),
): Unresolved[] {
  const text = norm.text;
  const out: Unresolved[] = [];
  // Each pair of neighbouring words, the earlier one [ps, pe), the later one [i, j).
  let ps = -1;
  let pe = -1;
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isLetter(text, j)) j++;
    if (ps >= 0) {
      const u = candidate(original, norm, ps, pe, i, j);
      if (u && !coveredOriginal.some((c) => u.start < c.end && u.end > c.start)) out.push(u);
    }
    ps = i;
    pe = j;
    i = j;
  }
  return out;
}
