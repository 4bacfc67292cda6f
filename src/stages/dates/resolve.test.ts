import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PointSpec } from './draft.ts';
import { notAfterAnchor, resolvePoint, ruledDay } from './resolve.ts';
import type { Tense } from './tense.ts';

const ANCHOR = { year: 2020, month: 10, day: 23 };
const point = (fields: PointSpec['fields'], granularity: PointSpec['granularity'], extra: Partial<PointSpec> = {}): PointSpec => ({
  kind: 'point', type: 'DATE', granularity, fields, ...extra,
});

const CASES: [string, PointSpec, Tense, string | null][] = [
  ['past July', point({ month: 7 }, 'month'), 'past', '2020-07'],
  ['a past verb does not reach back for a month just ahead', point({ month: 12 }, 'month'), 'past', '2020-12'],
  ['February in the present is the coming one', point({ month: 2 }, 'month'), 'none', '2021-02'],
  ['future March', point({ month: 3 }, 'month'), 'future', '2021-03'],
  ['a future verb keeps a month four months back in the anchor year', point({ month: 6 }, 'month'), 'future', '2020-06'],
  ['a future verb moves a month five months back to the next year', point({ month: 5 }, 'month'), 'future', '2021-05'],
  ['last April', point({ month: 4 }, 'month', { relation: 'last' }), 'none', '2020-04'],
  ['next October', point({ month: 10 }, 'month', { relation: 'next' }), 'none', '2021-10'],
  ['past Monday', point({ weekday: 1 }, 'day'), 'past', '2020-10-19'],
  ['future Monday', point({ weekday: 1 }, 'day'), 'future', '2020-10-26'],
  ['last week', point({}, 'week', { shift: { unit: 'week', n: -1 } }), 'none', '2020-W42'],
  ['the latest quarter', point({}, 'quarter', { shift: { unit: 'quarter', n: -1 } }), 'none', '2020-Q3'],
  ['last fall', point({ season: 'FA' }, 'season', { relation: 'last' }), 'none', '2019-FA'],
  ['the weekend told on a weekday is the one just past', point({}, 'weekend', { shift: { unit: 'week', n: 0 }, relation: 'latest' }), 'past', '2020-W42-WE'],
  ['the weekend ahead in the future tense', point({}, 'weekend', { shift: { unit: 'week', n: 0 }, relation: 'latest' }), 'future', '2020-W43-WE'],
  ['this weekend stays in the anchor week', point({}, 'weekend', { shift: { unit: 'week', n: 0 }, relation: 'this' }), 'past', '2020-W43-WE'],
  ['February 30 of a stated year', point({ year: 2021, month: 2, day: 30 }, 'day'), 'none', null],
];

for (const [name, spec, tense, value] of CASES) {
  test(`resolve: ${name} → ${value}`, () => assert.equal(resolvePoint(spec, ANCHOR, tense).value, value));
}

test('resolve: a past verb reaches back a year for a month well ahead of the anchor', () => {
  assert.equal(resolvePoint(point({ month: 12 }, 'month'), { year: 1998, month: 2, day: 6 }, 'past').value, '1997-12');
});

test('resolve: a past verb keeps a month four months ahead in the anchor year, not five', () => {
  const anchor = { year: 1998, month: 2, day: 6 };
  assert.equal(resolvePoint(point({ month: 6 }, 'month'), anchor, 'past').value, '1998-06');
  assert.equal(resolvePoint(point({ month: 7 }, 'month'), anchor, 'past').value, '1997-07');
});

test('resolve: without an anchor unknown fields are X and shifts have no value', () => {
  assert.equal(resolvePoint(point({ month: 10, day: 22 }, 'day'), null, 'none').value, 'XXXX-10-22');
  assert.equal(resolvePoint(point({ weekday: 5 }, 'day'), null, 'none').value, 'XXXX-WXX-5');
  assert.equal(resolvePoint(point({}, 'week', { shift: { unit: 'week', n: -1 } }), null, 'none').value, null);
});

test('resolve: the weekend told on a Saturday is that same weekend', () => {
  const weekend = point({}, 'weekend', { shift: { unit: 'week', n: 0 }, relation: 'latest' });
  assert.equal(resolvePoint(weekend, { year: 2020, month: 10, day: 24 }, 'past').value, '2020-W43-WE');
});

test('resolve: weekday-ruled holidays', () => {
  assert.equal(ruledDay(2020, 11, 'T4'), 26);
  assert.equal(ruledDay(2020, 5, 'ML'), 25);
  assert.equal(ruledDay(2020, 9, 'M1'), 7);
});

const SINCE_CASES: [string, string, string[], string][] = [
  ['a month after the anchor, its year filled in, moves a year back', '2020-12', ['year'], '2019-12'],
  ['a day after the anchor moves a year back', '2020-12-31', ['year'], '2019-12-31'],
  ['a part of a day after the anchor moves with its day', '2020-11-02TMO', ['year', 'month', 'day'], '2019-11-02TMO'],
  // Negative cases: nothing to move.
  ['a month before the anchor stays', '2020-07', ['year'], '2020-07'],
  ['the anchor day itself stays', '2020-10-23', ['year'], '2020-10-23'],
  ['the anchor month itself stays', '2020-10', ['year'], '2020-10'],
  ['a stated year is never moved', '2020-12', [], '2020-12'],
  ['a week is not a month', '2020-W45', ['year'], '2020-W45'],
  ['a quarter is not a month', '2020-Q4', ['year'], '2020-Q4'],
];

for (const [name, value, implied, expected] of SINCE_CASES) {
  test(`resolve: since — ${name} (${value} → ${expected})`, () => assert.equal(notAfterAnchor(value, ANCHOR, implied), expected));
}
