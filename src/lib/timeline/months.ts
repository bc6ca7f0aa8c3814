// The timeline's coverage charts: one zone's excerpts per month as the points of a step area (d3-shape),
// on the timeline's time scale. Pure.
import { area, curveStepAfter } from 'd3-shape';
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import { addMonths, toDate } from './days.ts';

export interface MonthCount {
  /** First day of the month, YYYY-MM-01. */
  start: string;
  count: number;
}

/** Every month from the span's first to its last (empty months 0), with the counts of `perMonth` (YYYY-MM → n). */
export function monthSeries(perMonth: Readonly<Record<string, number>>, [first, last]: readonly [string, string]): MonthCount[] {
  const out: MonthCount[] = [];
  for (let start = `${first.slice(0, 7)}-01`; start <= last; start = addMonths(start, 1)) {
    out.push({ start, count: perMonth[start.slice(0, 7)] ?? 0 });
  }
  return out;
}

/** The largest count of any series (at least 1, so an empty chart has a domain). */
export const peak = (series: readonly (readonly MonthCount[])[]): number => Math.max(1, ...series.flat().map((m) => m.count));

/**
 * The SVG path of a step area: each month's count held from its first day to the next month's, the
 * last one to `end` (the span's last day). `y` maps a count to the lane's y (0 at its baseline).
 */
export function stepArea(series: readonly MonthCount[], end: string, x: ScaleTime<number, number>, y: ScaleLinear<number, number>): string {
  const points = [...series, { start: end, count: series.at(-1)?.count ?? 0 }];
  return (
    area<MonthCount>()
      .curve(curveStepAfter)
      .x((m) => x(toDate(m.start)))
      .y0(y(0))
      .y1((m) => y(m.count))(points) ?? ''
  );
}
