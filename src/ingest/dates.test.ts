import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarDay, monthNumber, toDay } from './dates.ts';

describe('toDay', () => {
  const cases: [string | null, string | null][] = [
    ['2020-10-22', '2020-10-22'],
    ['2020-10-22T23:30:00-05:00', '2020-10-22'],
    ['2020-10-22T01:00:00+09:00', '2020-10-22'],
    ['20201022', '2020-10-22'],
    ['Thu, 22 Oct 2020 23:59:00 -0700', '2020-10-22'],
    ['22 October 2020', '2020-10-22'],
    ['October 22, 2020', '2020-10-22'],
    ['2020-02-30', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ];
  for (const [input, expected] of cases) it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(toDay(input), expected));
});

describe('monthNumber and calendarDay', () => {
  const months: [string, number][] = [['March', 3], ['Mar', 3], ['Sept.', 9], ['sep', 9], ['December', 12], ['Marching', 0], ['Ma', 0], ['', 0]];
  for (const [name, n] of months) it(`${JSON.stringify(name)} → ${n}`, () => assert.equal(monthNumber(name), n));
  const days: [[number, number, number], string | null][] = [[[2024, 2, 29], '2024-02-29'], [[2023, 2, 29], null], [[2024, 13, 1], null], [[2024, 3, 14], '2024-03-14']];
  for (const [args, expected] of days) it(`${args.join('-')} → ${expected}`, () => assert.equal(calendarDay(...args), expected));
});
