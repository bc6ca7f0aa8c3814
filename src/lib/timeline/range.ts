// The timeline's range (the lists' from= and to=): made from two days in either order, moved one edge at
// a time by the keys, never inverted, always inside the timeline's span. Pure.
import { addMonths, clampDay } from './days.ts';

export type DayRange = readonly [from: string, to: string];

/** Two days in either order (a brush dragged right to left) → [earlier, later], both inside `span`. */
export function rangeOf(a: string, b: string, span: DayRange): DayRange {
  const [x, y] = [clampDay(a, span), clampDay(b, span)];
  return x <= y ? [x, y] : [y, x];
}

/** A month either side of `day`: the range a keyboard reader starts from. */
export function aroundDay(day: string, span: DayRange): DayRange {
  return rangeOf(addMonths(day, -1), addMonths(day, 1), span);
}

/** `range` with one edge moved to `day`, stopping at the other edge. */
export function moveEdge([from, to]: DayRange, edge: 'from' | 'to', day: string, span: DayRange): DayRange {
  const d = clampDay(day, span);
  return edge === 'from' ? [d > to ? to : d, to] : [from, d < from ? from : d];
}
