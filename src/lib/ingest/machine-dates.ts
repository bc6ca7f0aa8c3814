// Dates written by machines rather than by editors: RFC 2822 (feeds, mail, news records: "Tue, 24 Apr
// 2018 20:48:13 +0400") and ISO 8601 ("2018-04-24", "2018-04-24T20:48:13+04:00"). The article's date is
// the calendar day written in the stamp, in the outlet's own time zone: "Tue, 24 Apr 2018 23:30 +0400"
// is 24 April even though it is already the 25th in UTC, as the outlet dated its own report.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar date as YYYY-MM-DD, or null when the day does not exist. */
export function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// [weekday ","] day month year hour ":" minute [":" second] [zone]; two-digit years as RFC 2822 §4.3 says.
const RFC2822 =
  /^\s*(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[A-Za-z]{1,5}))?)?\s*$/;

/** The day of an RFC 2822 date-time, or null when `text` is not one. */
export function parseRfc2822(text: string): string | null {
  const m = RFC2822.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 60)) return null;
  return isoDay(year, month, Number(m[1]));
}

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/i;

/** The day of an ISO 8601 date or date-time (as written, in its own zone), or null. */
export function parseIsoDate(text: string): string | null {
  const m = ISO.exec(text);
  if (!m) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return null;
  return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Either form: what a machine-readable date field (a record's <TIME>, a page's datetime) holds. */
export function parseMachineDate(text: string): string | null {
  return parseIsoDate(text) ?? parseRfc2822(text);
}
