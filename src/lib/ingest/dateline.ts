// Datelines and bylines: where a report was filed from, who sent it and when, written at its head
// («إدلب - مراسلنا», «حمص - خاص | 5 آب 2017», «دمشق - وكالات», «أبوظبي - سكاي نيوز عربية») or run into its
// first sentence («دبي، الإمارات العربية المتحدة (CNN)-- قال …», «دمشق (رويترز) - …»). They are metadata
// (place of filing, credit, date), never text to excerpt or to link to a zone.
import { normalizeArabic } from '../arabic/normalize.ts';
import { findDate } from './dates.ts';

export interface Dateline {
  /** Where the report was filed from, as written («دبي، الإمارات العربية المتحدة»). */
  place: string | null;
  /** Who filed it: a correspondent, "exclusive", news agencies, an outlet («مراسلنا», «وكالات», «CNN»). */
  credit: string | null;
  date: string | null;
}

const n = (s: string): string => normalizeArabic(s).replace(/\s+/g, ' ').trim();

// Credits a dateline names: the newsroom's own people, agencies by name, outlets by the words in their names.
const CREDIT_WORDS =
  /^(مراسل\S*|مراسله|خاص|خاص ب\S+|وكالات|متابعات|الوكالات|وكالات الانباء|محرر\S*|فريق التحرير|رويترز|فرانس برس|ا ف ب|اف ب|د ب ا|الاناضول|سانا|اسوشيتد برس|ا ب|سبوتنيك|(CNN|BBC|AFP|AP|Reuters)( عربيه| بالعربيه)?)$/i;
const OUTLET_WORDS = /(نيوز|عربيه|الاخباريه|وكاله|قناه|صحيفه|موقع|شبكه|تلفزيون|اذاعه|راديو|بوست|تايمز|بالعربيه|اون لاين)/;

/** True when `who` reads as a dateline's credit rather than a person or a phrase. */
export function isCredit(who: string, knownOutlet: string | null = null): boolean {
  const w = n(who.replace(/^\(|\)$/g, ''));
  if (w === '' || w.split(' ').length > 4) return false;
  if (knownOutlet && w === n(knownOutlet)) return true;
  const first = w.split(/\s*[/،,]\s*/)[0]!;
  return CREDIT_WORDS.test(first) || (/^(مراسل|مراسله|مراسلو)\s/.test(w)) || OUTLET_WORDS.test(w);
}

/** A place as datelines write it: one to four words, an optional «، country», no sentence punctuation. */
function isPlace(p: string): boolean {
  const t = p.trim();
  if (t.length < 2 || t.length > 45 || /[.!؟?:"«»\d]/.test(t)) return false;
  return t.split(/\s+/).length <= 5 && /^\p{L}/u.test(t);
}

const DASH = '[-–—ـ]+';
const WHOLE = new RegExp(`^(.+?)\\s*${DASH}\\s*\\(?([^|()]+?)\\)?\\s*(?:[|/،,]\\s*(.+))?$`);

/** A whole line that is a dateline or byline: «PLACE - CREDIT», optionally «| DATE» after it. */
export function parseDatelineLine(line: string, knownOutlet: string | null = null): Dateline | null {
  const t = line.trim();
  if (t.length > 90) return null;
  const m = WHOLE.exec(t);
  if (!m) return null;
  const [, place, who, tail] = m;
  if (!isPlace(place!) || !isCredit(who!, knownOutlet)) return null;
  let date: string | null = null;
  if (tail !== undefined) {
    const d = findDate(tail);
    if (!d) return null;
    date = d.date;
  }
  return { place: place!.trim(), credit: who!.trim(), date };
}

// «PLACE[، COUNTRY] (CREDIT)-- » or «(CREDIT)-- » at the very start of the first paragraph.
// The dash may come before the parenthesis («--(CNN)»), after it, or not at all after a place.
const LEAD = /^[\u200e\u200f\u202a-\u202e\u2066-\u2069\s]*(?:([^()\n]{2,60}?)\s*)?([-–—]+\s*)?\(([^()\n]{2,30})\)\s*([-–—]+\s*)?/;

// «دمشق – «القدس العربي»: أعلنت …»: the place (one or two words), a dash and the outlet's name in quotes, then the sentence.
const QUOTED_LEAD = /^[\u200e\u200f\s]*([^«»"“”\n]{2,45}?)\s*[-–—ـ]+\s*[«"“]([^«»"“”\n]{2,30})[»"”]\s*[:：]?\s*/;

// «دمشق - وكالات: ارتفعت …»: the place, a dash and a credit this module knows, a colon, then the sentence.
const RUN_IN_LEAD = /^[\u200e\u200f\s]*([^-–—ـ:\n]{2,45}?)\s*[-–—ـ]+\s*([^-–—ـ:\n]{2,30}?)\s*[:：]\s*/;

/** A dateline run into the first sentence: what it says and where the sentence starts after it. */
export function parseLeadDateline(paragraph: string, knownOutlet: string | null = null): { dateline: Dateline; length: number } | null {
  const q = QUOTED_LEAD.exec(paragraph);
  if (q && isPlace(q[1]!) && q[1]!.trim().split(/\s+/).length <= 2 && q[0].length < paragraph.length) {
    return { dateline: { place: q[1]!.trim(), credit: q[2]!.trim(), date: null }, length: q[0].length };
  }
  const r = RUN_IN_LEAD.exec(paragraph);
  if (r && isPlace(r[1]!) && r[1]!.trim().split(/\s+/).length <= 3 && isCredit(r[2]!, knownOutlet) && r[0].length < paragraph.length) {
    return { dateline: { place: r[1]!.trim(), credit: r[2]!.trim(), date: null }, length: r[0].length };
  }
  const m = LEAD.exec(paragraph);
  if (!m) return null;
  const place = m[1]?.trim() ?? null;
  const who = m[3]!.trim();
  if (place !== null && !isPlace(place)) return null;
  if (place === null && m[2] === undefined && m[4] === undefined && !isCredit(who, knownOutlet)) return null;
  if (!isCredit(who, knownOutlet) && !/^[A-Z][A-Za-z. ]{1,20}$/.test(who)) return null;
  if (m[0].length >= paragraph.length) return null;
  return { dateline: { place, credit: who, date: null }, length: m[0].length };
}

/** A record's <AUTHOR> such as «باريس - سعد المسعودي»: the place of filing and who wrote or sent it. */
export function splitAuthor(author: string): { place: string | null; who: string } {
  const m = new RegExp(`^(.+?)\\s+${DASH}\\s+(.+)$`).exec(author.trim());
  if (m && isPlace(m[1]!) && m[1]!.trim().split(/\s+/).length <= 3) return { place: m[1]!.trim(), who: m[2]!.trim() };
  return { place: null, who: author.trim() };
}

/**
 * Under the title, a short line of two names around a dash, neither a credit this module knows
 * («عنب بلدي – إدلب», «إدلب – عنب بلدي»): an outlet and its place of filing, in either order. Without the
 * gazetteer it cannot say which side is the place, so the whole line is the credit.
 */
export function parsePairLine(line: string): Dateline | null {
  const t = line.trim();
  if (t.length > 40) return null;
  const m = new RegExp(`^([^-–—ـ]+?)\\s+${DASH}\\s+([^-–—ـ]+)$`).exec(t);
  if (!m) return null;
  const words = (x: string): number => x.trim().split(/\s+/).length;
  // One side is a single word (the city, or a one-word outlet): «معتز التلا - ممثل سوري», a name and a
  // role heading a quote, is no byline.
  if (!isPlace(m[1]!) || !isPlace(m[2]!) || Math.max(words(m[1]!), words(m[2]!)) > 3 || Math.min(words(m[1]!), words(m[2]!)) > 1) return null;
  if (isCredit(m[1]!)) return { place: m[2]!.trim(), credit: m[1]!.trim(), date: null };
  return { place: null, credit: t, date: null };
}

/** A head line naming only the place of filing, «فيينا، النمسا»: two short names around one comma. */
export function parsePlaceLine(line: string): Dateline | null {
  const t = line.trim();
  const parts = t.split('،');
  if (t.length > 40 || parts.length !== 2 || !parts.every((p) => isPlace(p) && p.trim().split(/\s+/).length <= 2)) return null;
  return { place: t, credit: null, date: null };
}
