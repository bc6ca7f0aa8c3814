import { describe, expect, it } from 'vitest';
import { addDays, addMonths, clampDay, dayForKey, monthStep, spanOf, TIMELINE_SPAN } from '../../src/lib/timeline/days.ts';

describe('timeline days', () => {
  it('steps by days across month and year ends', () => {
    expect(addDays('2017-12-31', 1)).toBe('2018-01-01');
    expect(addDays('2017-03-01', -1)).toBe('2017-02-28');
  });

  it('steps by months keeping the day, or the month end when the month is shorter', () => {
    expect(addMonths('2017-05-06', 1)).toBe('2017-06-06');
    expect(addMonths('2018-01-31', 1)).toBe('2018-02-28');
    expect(addMonths('2017-03-31', -1)).toBe('2017-02-28');
    expect(addMonths('2017-12-15', 1)).toBe('2018-01-15');
  });

  it('clamps a day to the span', () => {
    expect(clampDay('2015-01-01', TIMELINE_SPAN)).toBe('2016-12-01');
    expect(clampDay('2019-06-01', TIMELINE_SPAN)).toBe('2018-12-31');
    expect(clampDay('2017-07-09', TIMELINE_SPAN)).toBe('2017-07-09');
  });

  it('spans at least December 2016 to December 2018, wider when the data is', () => {
    expect(spanOf([null, '2017-05-04'])).toEqual(['2016-12-01', '2018-12-31']);
    expect(spanOf(['2016-06-30', '2019-02-01'])).toEqual(['2016-06-30', '2019-02-01']);
  });
});

describe('axis label step', () => {
  it('labels every three months over the two years of the zones at desktop width', () => {
    expect(monthStep(['2016-12-01', '2018-12-31'], 572, 64)).toBe(3);
  });
  it('labels a year or more apart when the corpus reaches back six years, so labels never pile up', () => {
    const step = monthStep(['2012-10-11', '2018-10-20'], 572, 96);
    expect(step).toBeGreaterThanOrEqual(12);
    expect((6 * 12) / step).toBeLessThanOrEqual(572 / 96);
  });
  it('takes a longer step on a phone than on a desktop for the same span', () => {
    expect(monthStep(['2016-12-01', '2018-12-31'], 340, 96)).toBeGreaterThan(monthStep(['2016-12-01', '2018-12-31'], 1000, 96));
  });
});

describe('keys on the time axis', () => {
  const span = ['2016-12-01', '2018-12-31'] as const;
  it('moves on in time with the left arrow in Arabic and the right arrow in English', () => {
    expect(dayForKey('ArrowLeft', '2017-05-04', span, true)).toBe('2017-05-05');
    expect(dayForKey('ArrowRight', '2017-05-04', span, true)).toBe('2017-05-03');
    expect(dayForKey('ArrowRight', '2017-05-04', span, false)).toBe('2017-05-05');
    expect(dayForKey('ArrowLeft', '2017-05-04', span, false)).toBe('2017-05-03');
  });
  it('moves a month with Page Up / Page Down and to the ends with Home / End; other keys do nothing', () => {
    expect(dayForKey('PageUp', '2017-05-04', span, false)).toBe('2017-06-04');
    expect(dayForKey('PageDown', '2017-05-04', span, true)).toBe('2017-04-04');
    expect(dayForKey('Home', '2017-05-04', span, true)).toBe('2016-12-01');
    expect(dayForKey('End', '2017-05-04', span, false)).toBe('2018-12-31');
    expect(dayForKey('a', '2017-05-04', span, false)).toBeNull();
  });
});
