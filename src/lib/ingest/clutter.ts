// Lines real saved pages carry that are neither article nor comments, wherever they sit: server error
// messages printed into the page, breaking-news tickers, the outlet's disclaimer, rows of share buttons,
// separator rules. Each recogniser gives a rule name.
import { normalizeArabic } from '../arabic/normalize.ts';

const SERVER_ERROR =
  /^(?:<b>)?(?:(?:PHP )?(?:Warning|Notice|Fatal error|Parse error|Deprecated|Strict Standards)\s*:.*(?:\son line \d+|\.php\b)|.*\bSQLSTATE\[|(?:Error|HTTP(?:\/\d\.\d)?) (?:404|500|502|503)\b.*|Database (?:connection )?error\b.*|Internal Server Error\b.*|.*\b(?:\/var\/www\/|mysqli?_\w+\(\)).*)$/i;
const TICKER = /^(عاجل|خبر عاجل|اخبار عاجله|breaking(?: news)?)\s*[:|\-–—•·]/i;
const DISCLAIMER =
  /(التعليقات|الاراء|المقالات)[^.]{0,40}(لا تعبر|تعبر عن)\s*(بالضروره\s*)?(عن\s*)?(راي|وجهه نظر|اراء|اصحابها|كاتبيها|كتابها)|لا يتحمل الموقع|جميع الحقوق محفوظه|all rights reserved|^©/i;
const SOCIAL = /^(?:(?:فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليغرام|انستغرام|لينكد ان|يوتيوب|بريد الكتروني|ايميل|facebook|twitter|whatsapp|telegram|instagram|linkedin|email|x)\s*[|·•,،/]?\s*){2,}$/i;
/** «تابعونا على فيسبوك وتويتر», «اشترك في قناتنا على تلغرام»: the outlet asking to be followed. */
const FOLLOW = /^(?:تابعونا|تابعنا|تابعوا|اشترك|اشتركوا|انضموا|انضم)\s(?:\S+\s){0,4}?(?:علي|عبر|في)\s/;

// Cheap tests on the raw line, so that only a line that may be clutter is normalised (most are prose).
const MAYBE_ERROR = /error|warning|notice|deprecated|standards|sqlstate|\/var\/www|mysql|\b50[023]\b|\b404\b/i;
const MAYBE_TICKER = /^\s*(?:عاجل|خبر عاجل|[اأ]خبار عاجلة|breaking)/i;
const MAYBE_DISCLAIMER = /تعب|الحقوق|يتحمل|rights|©/i;
const MAYBE_SOCIAL = /فيس|تويتر|واتس|تلغرام|تيليغرام|[اإ]نستغرام|لينكد|يوتيوب|بريد|[اإ]يميل|facebook|twitter|whatsapp|telegram|instagram|linkedin|email/i;

/** The rule a clutter line falls under, or null. Long lines are article text. */
export function clutterRule(line: string): string | null {
  const t = line.trim();
  if (!/[\p{L}\p{N}]/u.test(t)) return 'separator';
  if (t.length > 300) return null;
  if (MAYBE_ERROR.test(t) && SERVER_ERROR.test(t)) return 'server-error';
  const ticker = MAYBE_TICKER.test(t);
  const disclaimer = MAYBE_DISCLAIMER.test(t);
  const social = t.length <= 120 && MAYBE_SOCIAL.test(t);
  if (!ticker && !disclaimer && !social) return null;
  const a = normalizeArabic(t).replace(/\s+/g, ' ');
  if (ticker && TICKER.test(a)) return 'breaking-ticker';
  if (disclaimer && DISCLAIMER.test(a)) return 'disclaimer';
  if (social && (SOCIAL.test(a) || FOLLOW.test(a))) return 'share-row';
  return null;
}
