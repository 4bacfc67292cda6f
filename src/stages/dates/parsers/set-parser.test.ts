import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// Weekdays and parts of them in the plural recur (TimeML SET); published Friday 2020-10-23.
const CASES: [string, string[]][] = [
  ['They meet on Mondays.', ['Mondays|SET|XXXX-WXX-1']],
  ['The shop is closed Sundays.', ['Sundays|SET|XXXX-WXX-7']],
  ['Two flights leave on Tuesday nights.', ['Tuesday nights|SET|XXXX-WXX-2TNI']],
  ['Friday evenings are busy.', ['Friday evenings|SET|XXXX-WXX-5TEV']],
  ['It runs every Monday.', ['every Monday|SET|XXXX-WXX-1']],
  // A weekday joined to a plural part of a day shares it.
  ['Two flights leave on Monday and Tuesday nights.', ['Monday|SET|XXXX-WXX-1TNI', 'Tuesday nights|SET|XXXX-WXX-2TNI']],
  ['They fly Friday or Saturday mornings.', ['Friday|SET|XXXX-WXX-5TMO', 'Saturday mornings|SET|XXXX-WXX-6TMO']],
  // Not joined by "and"/"or" to the plural, or joined to a single day: dates.
  ['Flights leave on Monday, then Tuesday nights are full.', ['Monday|DATE|2020-10-26', 'Tuesday nights|SET|XXXX-WXX-2TNI']],
  ['They met on Monday and Tuesday night.', ['Monday|DATE|2020-10-19', 'Tuesday night|DATE|2020-10-20TNI']],
  // One day, or one part of one, is a date.
  ['He left on Friday night.', ['Friday night|DATE|2020-10-23TNI']],
  ['They met on Monday.', ['Monday|DATE|2020-10-19']],
];

for (const [text, expected] of CASES) {
  test(`set: ${JSON.stringify(text)} gives ${expected.join(', ')}`, () => {
    assert.deepEqual(found(text), expected);
  });
}
