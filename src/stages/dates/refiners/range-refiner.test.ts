import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// A range keeps both ends, each a TIMEX3 as TimeBank annotates "April 24 and 25"; published 2020-10-23.
const CASES: [string, string[]][] = [
  ['The conference was held on June 15-16.', ['June 15|DATE|2020-06-15', '16|DATE|2020-06-16']],
  ['Hearings are set for October 6–7.', ['October 6|DATE|2020-10-06', '7|DATE|2020-10-07']],
  ['The talks ran 15-16 June 2019.', ['15|DATE|2019-06-15', '16 June 2019|DATE|2019-06-16']],
  ['The summit was held on April 24 and 25.', ['April 24|DATE|2020-04-24', '25|DATE|2020-04-25']],
  ['The summit was held on March 3 to 5.', ['March 3|DATE|2020-03-03', '5|DATE|2020-03-05']],
  ['The summit is on March 3 through 5, 2021.', ['March 3|DATE|2021-03-03', '5, 2021|DATE|2021-03-05']],
  ['He served from 1975-90.', ['1975|DATE|1975', '90|DATE|1990']],
  ['Sales fell in 2019-2020.', ['2019|DATE|2019', '2020|DATE|2020']],
  ['The 1999/00 season was long.', ['1999|DATE|1999', '00|DATE|2000']],
  // Not a second end: counts, scores, times, a day before the first.
  ['On April 24 and 25 people died.', ['April 24|DATE|2020-04-24']],
  ['On March 3, 2-1 was the score.', ['March 3|DATE|2020-03-03']],
  ['It rose 3-4 percent on March 3.', ['March 3|DATE|2020-03-03']],
  ['They met on March 24 and 2 more joined.', ['March 24|DATE|2020-03-24']],
  ['They met on March 24 and 12 left.', ['March 24|DATE|2020-03-24']],
  ['In 1990-95 percent of voters agreed.', ['1990|DATE|1990']],
];

for (const [text, expected] of CASES) {
  test(`ranges: ${JSON.stringify(text)} gives ${expected.join(', ')}`, () => {
    assert.deepEqual(found(text), expected);
  });
}
