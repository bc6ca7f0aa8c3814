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

/** Words with a pronoun suffix (ديارهم، بلادنا) are not names. */
const PRONOUN_SUFFIX = /(هم|ها|نا|كم|هما|هن)$/;

/** Whether text[i] is an Arabic letter (false past the end). */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
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
  const words: { s: number; e: number }[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isLetter(text, j)) j++;
    words.push({ s: i, e: j });
    i = j;
  }
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    const next = words[k + 1]!;
    if (text.slice(w.e, next.s).trim() !== '') continue; // punctuation between: not a phrase
    const trig = text.slice(w.s, w.e).replace(/^(و|ف|ب)(?=مدينه|بلده|قريه|ريف|محافظه|مخيم)/, '');
    const cand = text.slice(next.s, next.e);
    let hit = false;
    if (PLACE_NOUNS.has(trig)) hit = !AFTER_FI_STOP.has(cand);
    else if (trig === 'في' || trig === 'وفي') hit = !cand.startsWith('ال') && !AFTER_FI_STOP.has(cand) && !PLACE_NOUNS.has(cand) && cand.length >= 3 && !PRONOUN_SUFFIX.test(cand);
    if (!hit) continue;
    const span = originalSpan(norm, next.s, next.e);
    if (coveredOriginal.some((c) => span.start < c.end && span.end > c.start)) continue;
    const t = originalSpan(norm, w.s, w.e);
    out.push({ start: span.start, end: span.end, surface: original.slice(span.start, span.end), trigger: original.slice(t.start, t.end) });
  }
  return out;
}
