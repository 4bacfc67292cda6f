import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// Numeric dates read by the outlet's convention; published Friday 2020-10-23 unless said otherwise.
const CASES: [string, string[], string?][] = [
  ['The vote was held on 23/10/2020.', ['23/10/2020|DATE|2020-10-23']],
  ['The vote was held on 03.11.2020.', ['03.11.2020|DATE|2020-11-03']],
  ['MOSCOW, Oct. 23 (Xinhua) -- The vote was held on 03/11/2020.', ['Oct. 23|DATE|2020-10-23', '03/11/2020|DATE|2020-11-03']],
  ['BUFFALO, N.Y. (AP) -- The vote was held on 03/11/2020.', ['03/11/2020|DATE|2020-03-11']],
  ['The talks began on 23/10/2020 and resume on 03/11/2020.', ['23/10/2020|DATE|2020-10-23', '03/11/2020|DATE|2020-11-03']],
  ['The vote is on Tuesday, 03/11/2020.', ['Tuesday, 03/11/2020|DATE|2020-11-03']],
  ['The vote was on Wednesday, 03/11/2020.', ['Wednesday, 03/11/2020|DATE|2020-03-11']],
  ['Seafarers met on Saturday (3/20/2021).', ['Saturday (3/20/2021)|DATE|2021-03-20']],
  ['Publish Date : 9/5/2023 4:40:11 PM', ['9/5/2023 4:40:11 PM|TIME|2023-09-05T16:40:11'], '2023-09-05'],
  ['Source: Xinhuanet | 12-07-2006 08:32', ['12-07-2006 08:32|TIME|2006-12-07T08:32'], '2006-12-07'],
  ['The vote was held on 03/11/2020.', ['03/11/2020|DATE|2020-03-11']],
  // Not dates: fractions, scores, versions, phone numbers.
  ['Add 3/4 cup of flour.', []],
  ['They won 6-3 in the final.', []],
  ['Install version 2.10.3 today.', ['today|DATE|2020-10-23']],
  ['Call 751-613-0202 for details.', []],
];

for (const [text, expected, published] of CASES) {
  test(`numeric dates: ${JSON.stringify(text)} gives ${expected.length ? expected.join(', ') : 'no timex'}`, () => {
    assert.deepEqual(found(text, published), expected);
  });
}
