import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';
import { EARLIER_LATER_HEAD } from './modifier-refiner.ts';

// Published Friday 2020-10-23. "earlier"/"later" join a period counted from now or the day told from it.
const CASES: [string, string[]][] = [
  ['Earlier this month, the company said it agreed.', ['Earlier this month|DATE|2020-10|START']],
  ['The Dow was down 2%, up from earlier today.', ['earlier today|DATE|2020-10-23|START']],
  ['Earlier yesterday, the exchange halted trading.', ['Earlier yesterday|DATE|2020-10-22|START']],
  ['The vote is due later tomorrow.', ['later tomorrow|DATE|2020-10-24|END']],
  // Not joined: a weekday (TimeBank marks "Friday" alone after "Earlier"), or "later" as an adverb.
  ['Earlier Friday, police arrested two men.', ['Friday|DATE|2020-10-23']],
  ['He left the firm and later, in 1990, founded another.', ['1990|DATE|1990']],
];

for (const [text, expected] of CASES) {
  test(`modifier: ${JSON.stringify(text)} gives ${expected.join(', ')}`, () => {
    assert.deepEqual(found(text), expected);
  });
}

test('modifier: what "earlier" and "later" may lead', () => {
  const heads: [string, boolean][] = [['this week', true], ['today', true], ['yesterday', true], ['tonight', true], ['last year', true], ['Friday', false], ['1990', false], ['todays', false]];
  for (const [text, joins] of heads) assert.equal(EARLIER_LATER_HEAD.test(text), joins, text);
});
