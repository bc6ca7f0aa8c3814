// The words around a candidate mention that tell how to read it: a place noun before it, a preposition,
// tanween after it, a dateline around it. All functions read the normalised article text.
import { normalizeArabic } from '../arabic/normalize.ts';

const words = (s: string): Set<string> => new Set(s.split(' ').map(normalizeArabic));

/** Nouns that make the next name a place (بلدة الزيارة، حي جوبر، مطار أبو الظهور). */
export const PLACE_NOUNS = words(
  'بلدة مدينة قرية حي ريف منطقة ناحية مخيم مخيمات بلدات قرى مدن أحياء بلدتي مدينتي قريتي منطقتي مطار معبر سد سهل وادي قاعدة محيط أطراف تخوم مشارف بلدتا مدينتا قريتا محافظة محافظتي',
);

/** Prepositions and directions that put a place after them (في دوما، قرب الحراك، شمال جاسم). */
export const PREPOSITIONS = words(
  'في من إلى على قرب نحو باتجاه بين عن حول داخل خارج عند شمال جنوب شرق غرب شمالي جنوبي شرقي غربي مدخل اتجاه لـ وفي ومن وإلى وعلى وقرب ونحو وبين',
);

/** Place nouns of a village or a quarter: «قرية الرياض» can be the Syrian village, «مدينة الرياض» not. */
export const VILLAGE_NOUNS = words('بلدة قرية حي بلدات قرى أحياء بلدتي قريتي بلدتا قريتا');

/** Place nouns of an area: «منطقة الجزيرة» names a region more often than a village called so. */
export const AREA_NOUNS = words('منطقة مناطق منطقتي');

/**
 * A country's adjective right after a name places it in that country («محافظة الإسكندرية المصرية»,
 * «مدينة جرادة المغربية»): every Arab country and the others the press names most beside Syria.
 */
const FOREIGN_ADJECTIVE = new RegExp(
  `^(?:${'المصري اللبناني العراقي الأردني السعودي التركي الإسرائيلي الإيراني المغربي الجزائري التونسي الليبي اليمني الفلسطيني الكويتي القطري الإماراتي البحريني العماني السوداني الموريتاني الأمريكي الأميركي الفرنسي الروسي البريطاني الألماني'
    .split(' ')
    .map(normalizeArabic)
    .join('|')})(?:ه|ين|ون)?$`,
);

export function isForeignAdjective(word: string): boolean {
  return FOREIGN_ADJECTIVE.test(word);
}

/**
 * Given names that follow a title in the name of a building or a district abroad («مدينة الملك
 * عبدالله الرياضية», «مطار الملك عبد العزيز», «مستشفى الأمير سلطان»): after such a title they make the
 * title part of a person's name, not a village of that name.
 */
export const GIVEN_NAMES = words('عبدالله عبد عبدالعزيز عبدالرحمن فهد فيصل سعود خالد سلمان سلطان نايف حسين الحسين الحسن محمد زايد حمد طلال');

const SPLIT = /[\s،,.:؛()"«»!؟?\-–—]+/;

/** The word just before `at` in normalised `text` (prefix و / ف stripped), or '' at a boundary. */
export function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && text[i - 1] === ' ') i--;
  if (i > 0 && !/[\u0621-\u064a]/.test(text[i - 1]!)) return '';
  const from = Math.max(0, i - 24);
  const parts = text.slice(from, i).split(SPLIT);
  const w = parts[parts.length - 1] ?? '';
  return w.replace(/^(و|ف)(?=...)/, '');
}

/** The word just after `at`, or ''. */
export function wordAfter(text: string, at: number): string {
  const parts = text.slice(at, at + 24).replace(/^\s+/, '').split(SPLIT);
  return parts[0] ?? '';
}

/** Tanween (دوماً، درعاً) marks an adverb or an indefinite noun, never a name. */
export function hasTanween(surface: string): boolean {
  return /[\u064b\u064c\u064d]/.test(surface);
}

/**
 * «X بريف Y», «X في محافظة Y», «X، ريف Y»: the words between a name and the next one say that the next
 * names the area the first lies in.
 */
export function isHierarchyLink(between: string, nextPrefix: string): boolean {
  const t = (between + nextPrefix).replace(/[،,]/g, ' ').replace(/\s+/g, ' ').trim();
  return /^(في|ب|من)?\s?(ريف|محافظه|منطقه|ناحيه|مدينه|قضاء|ريفي)?$/.test(t) && t !== 'من';
}

/**
 * A dateline at the head of a paragraph: one to three words, an optional agency or date in brackets,
 * then a dash («دمشق - وكالات», «حمص (رويترز) -»). Returns where its place words end, or -1.
 */
export function datelineEnd(paragraph: string): number {
  const m = /^\s*((?:[\u0621-\u064a]+\s?){1,3})(?:\([^)]{0,40}\)\s*)?[-–—]\s/.exec(paragraph);
  return m ? m[0].length : -1;
}
