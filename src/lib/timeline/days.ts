// Calendar days as ISO strings (YYYY-MM-DD, UTC), stepped by days and months, and the timeline's span. Pure.

/** The span the timeline always shows, widened to the coverage's own first and last days. */
export const TIMELINE_SPAN: readonly [string, string] = ['2016-12-01', '2018-12-31'];

export function toDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return toDay(d);
}

/** The same day of the month `n` months on, or the month's last day when it has fewer (31 Jan + 1 → 28 Feb). */
export function addMonths(day: string, n: number): string {
  const d = toDate(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return toDay(target);
}

export function clampDay(day: string, [first, last]: readonly [string, string]): string {
  return day < first ? first : day > last ? last : day;
}

/** The timeline's span: TIMELINE_SPAN, widened to include every given day (nulls ignored). */
export function spanOf(days: readonly (string | null | undefined)[]): [string, string] {
  let [first, last] = TIMELINE_SPAN;
  for (const day of days) {
    if (!day) continue;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return [first, last];
}

/** Month steps the axis may label at, shortest first. */
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 36, 60] as const;

/**
 * The step, in months, between the axis labels of a span `[first, last]` drawn `width` pixels wide when
 * a label needs `labelWidth` pixels: the shortest that keeps the labels apart (a long corpus reaching
 * back years gets yearly labels, not a pile of month names).
 */
export function monthStep([first, last]: readonly [string, string], width: number, labelWidth: number): number {
  const [fy, fm] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  const months = Math.max(1, (ly - fy) * 12 + (lm - fm));
  const room = Math.max(1, Math.floor(width / labelWidth));
  return MONTH_STEPS.find((s) => months / s <= room) ?? MONTH_STEPS[MONTH_STEPS.length - 1]!;
}

/**
 * The day a key moves `current` to on the time axis, or null for a key that does not move it: the arrows a
 * day in reading direction (in Arabic the axis runs right to left, so the left arrow moves on in time),
 * up and down a day, Page Up / Page Down a month, Home and End to the span's ends.
 */
export function dayForKey(key: string, current: string, span: readonly [string, string], rtl: boolean): string | null {
  switch (key) {
    case rtl ? 'ArrowLeft' : 'ArrowRight':
    case 'ArrowUp':
      return addDays(current, 1);
    case rtl ? 'ArrowRight' : 'ArrowLeft':
    case 'ArrowDown':
      return addDays(current, -1);
    case 'PageUp':
      return addMonths(current, 1);
    case 'PageDown':
      return addMonths(current, -1);
    case 'Home':
      return span[0];
    case 'End':
      return span[1];
    default:
      return null;
  }
}
