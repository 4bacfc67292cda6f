import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// A weekday told from the day the story last named; published Friday 2020-10-23.
const CASES: [string, string[]][] = [
  ['Stocks fell on Oct. 9, down 4% from the previous Friday.', ['Oct. 9|DATE|2020-10-09', 'the previous Friday|DATE|2020-10-02']],
  ['He arrived on Tuesday and left the following Friday.', ['Tuesday|DATE|2020-10-20', 'the following Friday|DATE|2020-10-23']],
  ['The index ended 3% above the preceding Monday.', ['the preceding Monday|DATE|2020-10-19']],
  // Without an earlier date it counts from the publication day; "last Friday" stays the anchor's.
  ['Shares fell from the prior Friday.', ['the prior Friday|DATE|2020-10-16']],
  ['They met last Friday.', ['last Friday|DATE|2020-10-16']],
  // Negative cases: no weekday after the relation word.
  ['The following weekday rule applies.', []],
  ['The prior Fridays were calm.', ['Fridays|SET|XXXX-WXX-5']],
];

for (const [text, expected] of CASES) {
  test(`weekday relation: ${JSON.stringify(text)} gives ${expected.length ? expected.join(', ') : 'no timex'}`, () => {
    assert.deepEqual(found(text), expected);
  });
}
