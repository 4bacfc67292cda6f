// The timeline's periods (web/src/timeline-scale.ts): plain functions, tested without a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseScale, periodLabel, periodStart, tickStarts, toPeriods, type DayRow, type Scale } from '../../web/src/timeline-scale.ts';

const row = (period: string, count: number, meanGoldstein: number | null): DayRow => ({ period, count, meanGoldstein });

describe('chooseScale', () => {
  const cases: [string, string, Scale][] = [
    ['2020-10-23', '2020-10-23', 'day'],
    ['2020-10-01', '2020-10-31', 'day'],
    ['2020-10-01', '2020-11-01', 'week'],
    ['2020-01-01', '2020-07-01', 'week'],
    ['2020-01-01', '2020-07-03', 'month'],
    ['2011-01-01', '2020-12-31', 'month'],
    ['1950-06-01', '2020-10-23', 'year'],
  ];
  for (const [first, last, scale] of cases) it(`${first} … ${last}: ${scale}`, () => assert.equal(chooseScale(first, last), scale));
});

describe('periodStart', () => {
  const cases: [string, Scale, string][] = [
    ['2020-10-23', 'day', '2020-10-23'],
    ['2020-10-23', 'week', '2020-10-19'], // a Friday: its Monday
    ['2020-10-19', 'week', '2020-10-19'], // a Monday: itself
    ['2020-10-25', 'week', '2020-10-19'], // a Sunday ends the ISO week
    ['2021-01-01', 'week', '2020-12-28'], // across the year
    ['2020-10-23', 'month', '2020-10-01'],
    ['2020-10-23', 'year', '2020-01-01'],
  ];
  for (const [date, scale, start] of cases) it(`${date} per ${scale}: ${start}`, () => assert.equal(periodStart(date, scale), start));
});

describe('periodLabel', () => {
  it('names days, weeks, months and years with no hour in them, and never "1 weeks"', () => {
    assert.equal(periodLabel('2020-10-23', 'day', false), 'Oct 23');
    assert.equal(periodLabel('2020-10-19', 'week', true), 'week of Oct 19, 2020');
    assert.equal(periodLabel('2020-10-01', 'month', false), 'Oct 2020');
    assert.equal(periodLabel('2020-01-01', 'year', false), '2020');
    for (const scale of ['day', 'week', 'month', 'year'] as const) {
      assert.doesNotMatch(periodLabel('2020-10-19', scale, true), /AM|PM|\d:\d|weeks/);
    }
  });
});

describe('toPeriods', () => {
  it('sums days into weeks, mean Goldstein weighted by each day\'s events', () => {
    const periods = toPeriods([row('2020-10-05', 1, 4), row('2020-10-07', 3, -4), row('2020-10-20', 2, null)], 'week');
    assert.deepEqual(periods.map((p) => [p.start, p.count, p.meanGoldstein]), [
      ['2020-10-05', 4, -2], ['2020-10-12', 0, null], ['2020-10-19', 2, null],
    ]);
  });
  it('keeps empty months between busy ones, so gaps show', () => {
    assert.deepEqual(toPeriods([row('2020-01-15', 1, 1), row('2020-04-02', 1, 1)], 'month').map((p) => p.count), [1, 0, 0, 1]);
  });
  it('widens a short span with empty periods on both sides', () => {
    const periods = toPeriods([row('2020-10-23', 3, 1.7)], 'day', 7);
    assert.deepEqual(periods.map((p) => p.start), ['2020-10-20', '2020-10-21', '2020-10-22', '2020-10-23', '2020-10-24', '2020-10-25', '2020-10-26']);
    assert.equal(periods.find((p) => p.count > 0)!.start, '2020-10-23');
  });
  it('adds the year to labels when the span crosses one', () => {
    assert.deepEqual(toPeriods([row('2020-12-31', 1, 0), row('2021-01-01', 1, 0)], 'day').map((p) => p.label), ['Dec 31, 2020', 'Jan 1, 2021']);
  });
  it('answers no periods for no rows', () => assert.deepEqual(toPeriods([], 'day', 7), []));
});

describe('tickStarts', () => {
  it('labels every period when there is room, fewer when there is not', () => {
    const periods = toPeriods([row('2020-01-01', 1, 0), row('2020-01-31', 1, 0)], 'day');
    assert.equal(tickStarts(periods, 4000).length, 31);
    const few = tickStarts(periods, 400);
    assert.ok(few.length <= 400 / 90 + 1 && few.length >= 3, `${few.length} ticks`);
    assert.equal(few[0], '2020-01-01');
  });
});
