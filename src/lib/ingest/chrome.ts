// Recognisers for the page chrome around an article: each returns a rule name or null.
import { normalizeArabic } from '../arabic/normalize.ts';

const n = (s: string): string => normalizeArabic(s).replace(/\s+/g, ' ').trim();

/** Headers after which the rest of the page is not the article. */
const TAIL_HEADERS: [RegExp, string][] = [
  [/^(tags?|الوسوم|وسوم|كلمات مفتاحيه|الكلمات المفتاحيه)\s*:?$/i, 'tags'],
  [/^(مقالات ذات صله|اخبار ذات صله|مواضيع ذات صله|اقرا ايضا|اقرا المزيد|ذات صله)\s*:?$/, 'related'],
  [/^(الاكثر قراءه|الاكثر مشاهده|الاكثر تداولا|اهم المواضيع|اهم التصنيفات|اخر الاخبار)$/, 'most-read'],
];

export function tailHeader(line: string): string | null {
  const t = n(line).replace(/^[^\p{L}]+/u, '');
  for (const [re, rule] of TAIL_HEADERS) if (re.test(t)) return rule;
  return null;
}

/** "التعليقات (5)", "تعليقات", "Comments (3)". */
export function isCommentsHeader(line: string): boolean {
  return /^(التعليقات|تعليقات|تعليقات القراء|comments)\s*(\(\s*\d+\s*\))?$/i.test(n(line));
}

/** A comment's time stamp: "·منذ 6 سنوات 6 أشهر". */
export function isCommentTime(line: string): boolean {
  return /^[^\p{L}\d]*منذ\s/u.test(n(line));
}

const SHARE_WORDS = /(طباعه|ارسال الخبر|ارسل لصديق|الى صديق|اضافه تعليق|اضف تعليق|شارك|مشاركه|نسخ الرابط|print|share)/i;

/** Print / share / send-to-friend / add-comment link rows. */
export function isShareLine(line: string): boolean {
  const t = n(line);
  return t.length <= 90 && SHARE_WORDS.test(t) && !/[.!؟?]$/.test(t);
}

const RELATED_LINK = /^(اقرا ايضا|اقرا المزيد|قد يهمك|شاهد ايضا|شاهد|اقرا|للمزيد|ذات صله)\s*[|:：]\s*\S/;

/** A link to another story set into the article: «اقرأ أيضا| …», «قد يهمك: …». */
export function isRelatedLink(line: string): boolean {
  return line.length <= 160 && RELATED_LINK.test(n(line));
}

const SECTION_LABELS = new Set(
  ['الاخبار السياسية', 'أخبار سياسية', 'الأخبار', 'أخبار', 'سياسة', 'أخبار محلية', 'أخبار سوريا', 'الرئيسية', 'عربي ودولي', 'محليات'].map(n),
);

/** A section label above the title ("الاخبار السياسية"). */
export function isSectionLabel(line: string): boolean {
  return SECTION_LABELS.has(n(line));
}

export interface Byline {
  outlet: string;
  rule: string;
}

/** "بلدي نيوز – (متابعات)", "سياسة ـ الرأي ـ", "المصدر: سيريانيوز". */
export function parseByline(line: string): Byline | null {
  const t = line.trim();
  let m = /^(.{2,30}?)\s*[–—-]\s*\((.{1,40})\)$/.exec(t);
  if (m) return { outlet: m[1]!.trim(), rule: 'byline-outlet-(author)' };
  m = /^(.{2,20}?)\s*ـ\s*(.{2,30}?)\s*ـ$/.exec(t);
  if (m) return { outlet: m[2]!.trim(), rule: 'byline-section-outlet' };
  m = /^(المصدر|المصدر :|source)\s*:\s*(.{2,30})$/i.exec(t);
  if (m) return { outlet: m[2]!.trim(), rule: 'byline-source' };
  return null;
}

/** A headline: short, not a sentence (no closing full stop, comma or colon), at most 24 words. */
export function looksLikeTitle(line: string): boolean {
  const t = line.trim().replace(/["”»')\]]+$/, '');
  if (t.length === 0 || t.length > 160) return false;
  if (/[.،,:;؛…]$/.test(t)) return false;
  return t.split(/\s+/).length <= 24;
}

/** A signature line closing the article: one to three words, no sentence punctuation. */
export function isSignature(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 25) return false;
  if (/[.،,:!؟?"«»()]/.test(t)) return false;
  return t.split(/\s+/).length <= 3 && /\p{L}/u.test(t);
}

/** Strip a site-name suffix from a title: " - It's Over 9000!", " | سيريانيوز". */
export function stripTitleSuffix(title: string, knownOutlets: string[]): { title: string; suffix: string | null } {
  const m = /^(.*\S)\s+([-|–—])\s+([^-|–—]+)$/.exec(title.trim());
  if (!m) return { title: title.trim(), suffix: null };
  const suffix = m[3]!.trim();
  const known = knownOutlets.some((o) => n(o) === n(suffix));
  // After a pipe, a short tail is the site's name; after a dash only when it is not Arabic prose.
  const shortAfterPipe = m[2] === '|' && suffix.split(/\s+/).length <= 4;
  if (known || shortAfterPipe || !/\p{Script=Arabic}/u.test(suffix)) return { title: m[1]!, suffix };
  return { title: title.trim(), suffix: null };
}

/** The newsroom's end marker glued to the last sentence ("...القتالية.انتهى"). */
export function stripEndMarker(line: string): string {
  return line.replace(/([.\s])\s*انتهى\s*$/, '$1').trimEnd();
}

export function sameText(a: string, b: string): boolean {
  return n(a) === n(b);
}
