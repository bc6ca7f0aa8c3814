// Dates written in Arabic news pages: 29.09.2017, 2017-09-29, 29 أيلول 2017, الخميس 4 مايو 2017,
// نوفمبر 14, 2024 — with ASCII or Arabic-Indic digits, Levantine and Egyptian month names.
import { normalizeArabic } from '../arabic/normalize.ts';
import { isoDay as iso } from './machine-dates.ts';

// Keys are normalised (see normalizeArabic): hamza forms folded, ة to ه, ى to ي.
const MONTHS: ReadonlyMap<string, number> = new Map([
  ['كانون الثاني', 1], ['يناير', 1], ['شباط', 2], ['فبراير', 2], ['اذار', 3], ['مارس', 3],
  ['نيسان', 4], ['ابريل', 4], ['ايار', 5], ['مايو', 5], ['حزيران', 6], ['يونيو', 6], ['يونيه', 6],
  ['تموز', 7], ['يوليو', 7], ['يوليه', 7], ['اب', 8], ['اغسطس', 8], ['ايلول', 9], ['سبتمبر', 9],
  ['تشرين الاول', 10], ['اكتوبر', 10], ['تشرين الثاني', 11], ['نوفمبر', 11], ['كانون الاول', 12], ['ديسمبر', 12],
]);
const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
// Levantine / Egyptian pairs such as "أيار / مايو" or "تموز/يوليو" count as one month name.
const MONTH_RE = `(${MONTH_ALT})(?:\\s*/\\s*(?:${MONTH_ALT}))?`;

const NUMERIC_DMY = /(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?![\d.])/;
const NUMERIC_YMD = /(?<![\d.])(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?![\d.])/;
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH_RE}\\s*[،,]?\\s*(\\d{4})`);
const MONTH_DAY_YEAR = new RegExp(`${MONTH_RE}\\s+(\\d{1,2})\\s*[،,]\\s*(\\d{4})`);

export interface FoundDate {
  date: string;
  /** Offsets in the normalised text. */
  index: number;
  length: number;
}

/** The first date written in `text` (any supported form), or null. */
export function findDate(text: string): FoundDate | null {
  const n = normalizeArabic(text);
  const hits: FoundDate[] = [];
  const push = (m: RegExpExecArray | null, y: number, mo: number, d: number): void => {
    if (!m) return;
    const date = iso(y, mo, d);
    if (date) hits.push({ date, index: m.index, length: m[0].length });
  };
  let m = NUMERIC_DMY.exec(n);
  if (m) push(m, Number(m[3]), Number(m[2]), Number(m[1]));
  m = NUMERIC_YMD.exec(n);
  if (m) push(m, Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(n);
  if (m) push(m, Number(m[3]), MONTHS.get(m[2]!) ?? 0, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(n);
  if (m) push(m, Number(m[3]), MONTHS.get(m[1]!) ?? 0, Number(m[2]));
  hits.sort((a, b) => a.index - b.index);
  return hits[0] ?? null;
}

const WEEKDAYS = 'الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت';

/** True when the whole line is a dateline: a date with an optional weekday, time and separators. */
export function isDateline(line: string): boolean {
  const found = findDate(line);
  if (!found) return false;
  const n = normalizeArabic(line);
  const rest = (n.slice(0, found.index) + ' ' + n.slice(found.index + found.length))
    .replace(new RegExp(WEEKDAYS, 'g'), ' ')
    .replace(/\d{1,2}:\d{2}(:\d{2})?/g, ' ')
    .replace(/(^|\s)(بتاريخ|نشر|في|تاريخ|النشر|ص|م)(?=\s|$)/g, ' ')
    .replace(/[|،,\-–—·:\s]+/g, '');
  return rest.length === 0;
}

/** A page's "last updated" stamp, which is not the article's date. */
export function isUpdateStamp(line: string): boolean {
  return /(التحديث|اخر تحديث|تم التحديث|محدث|updated)/i.test(normalizeArabic(line)) && findDate(line) !== null;
}
