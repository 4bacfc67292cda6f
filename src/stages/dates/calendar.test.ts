import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, isValidDay, weekValue, weekday } from './calendar.ts';

const WEEKS: [string, string][] = [
  ['2020-10-16', '2020-W42'],
  ['2020-12-31', '2020-W53'],
  ['2021-01-03', '2020-W53'],
  ['2019-12-30', '2020-W01'],
  ['1998-03-01', '1998-W09'],
];
const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};

for (const [iso, week] of WEEKS) {
  test(`calendar: ${iso} is in ISO week ${week}`, () => assert.equal(weekValue(day(iso)), week));
}

test('calendar: month arithmetic clamps to the month length', () => {
  assert.deepEqual(addMonths(day('2020-03-31'), -1), day('2020-02-29'));
  assert.deepEqual(addMonths(day('2020-01-15'), -13), day('2018-12-15'));
});

test('calendar: day arithmetic crosses years; weekdays count from Sunday', () => {
  assert.deepEqual(addDays(day('2020-12-31'), 1), day('2021-01-01'));
  assert.equal(weekday(day('2020-10-23')), 5);
});

test('calendar: impossible days are invalid', () => {
  for (const bad of ['2020-02-30', '2019-02-29', '2020-13-01', '2020-04-31']) assert.equal(isValidDay(day(bad)), false, bad);
  assert.equal(isValidDay(day('2020-02-29')), true);
});
