import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { aroundDay, moveEdge, rangeOf } from '../../src/lib/timeline/range.ts';
import { monthSeries, peak, stepArea } from '../../src/lib/timeline/months.ts';
import { toDate } from '../../src/lib/timeline/days.ts';

const SPAN = ['2016-12-01', '2018-12-31'] as const;

describe('timeline range', () => {
  it('orders two days dragged right to left and keeps them inside the span', () => {
    expect(rangeOf('2017-09-30', '2017-08-01', SPAN)).toEqual(['2017-08-01', '2017-09-30']);
    expect(rangeOf('2016-01-01', '2019-05-05', SPAN)).toEqual(['2016-12-01', '2018-12-31']);
  });

  it('starts a keyboard range a month either side of the day, cut at the span', () => {
    expect(aroundDay('2017-09-20', SPAN)).toEqual(['2017-08-20', '2017-10-20']);
    expect(aroundDay('2016-12-10', SPAN)).toEqual(['2016-12-01', '2017-01-10']);
  });

  it('moves one edge and stops it at the other, so the range never turns over', () => {
    const r = ['2017-08-20', '2017-10-20'] as const;
    expect(moveEdge(r, 'from', '2017-08-21', SPAN)).toEqual(['2017-08-21', '2017-10-20']);
    expect(moveEdge(r, 'to', '2017-07-01', SPAN)).toEqual(['2017-08-20', '2017-08-20']);
    expect(moveEdge(r, 'from', '2018-01-01', SPAN)).toEqual(['2017-10-20', '2017-10-20']);
  });
});

describe('coverage charts', () => {
  it('lists every month of the span, empty months as 0', () => {
    const series = monthSeries({ '2017-01': 3, '2017-03': 1 }, ['2016-12-15', '2017-03-31']);
    expect(series).toEqual([
      { start: '2016-12-01', count: 0 },
      { start: '2017-01-01', count: 3 },
      { start: '2017-02-01', count: 0 },
      { start: '2017-03-01', count: 1 },
    ]);
    expect(peak([series, []])).toBe(3);
    expect(peak([[]])).toBe(1);
  });

  it('draws a step area that holds each count until the next month, on the given scales', () => {
    const x = scaleUtc().domain([toDate('2017-01-01'), toDate('2017-03-01')]).range([0, 59]);
    const y = scaleLinear().domain([0, 2]).range([10, 0]);
    const path = stepArea([{ start: '2017-01-01', count: 2 }, { start: '2017-02-01', count: 0 }], '2017-03-01', x, y);
    // Up to the top at x=0, held to February's first day (x=31), down to the baseline, on to the end.
    expect(path.startsWith('M0,0')).toBe(true);
    expect(path).toContain('L31,0L31,10');
    expect(path).toContain('L59,10');
  });
});
