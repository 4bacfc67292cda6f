import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDay } from './dates.ts';

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
