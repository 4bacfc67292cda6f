import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// "on the 26th": a day of the month alone, in the anchor's month (the one before for a later day told in the past,
// the one after for an earlier day told ahead). [text, published, expected]
const CASES: [string, string | null, string[]][] = [
  ['The ceremony was held in Damascus on the 16th.', '2022-01-17', ['the 16th|DATE|2022-01-16']],
  ['The government said on the 26th local time that it agreed.', '2022-09-27', ['the 26th|DATE|2022-09-26']],
  ['He said on the 30th that talks had failed.', '2022-01-05', ['the 30th|DATE|2021-12-30']],
  ['He will visit Seoul on the 3rd.', '2022-01-25', ['the 3rd|DATE|2022-02-03']],
  ['TASS reported on the 2nd that it would retaliate.', null, ['the 2nd|DATE|XXXX-XX-02']],
  // Not a day: an ordinal counting a noun, or no "on" before it.
  ['He lives on the 16th floor.', '2022-01-17', []],
  ['It happened on the 2nd day of the war.', '2022-01-17', []],
  ['She finished the 16th, ahead of him.', '2022-01-17', []],
];

for (const [text, published, expected] of CASES) {
  test(`day of the month: ${JSON.stringify(text)} gives ${expected.join(', ') || 'nothing'}`, () => {
    assert.deepEqual(found(text, published), expected);
  });
}
