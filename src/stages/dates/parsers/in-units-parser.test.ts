import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// "in two weeks" pointing ahead is the date it points to; published Friday 2020-10-23.
const CASES: [string, string[]][] = [
  ['Talks will resume in two weeks.', ['two weeks|DATE|2020-11-06']],
  ['Talks are to resume in 10 days.', ['10 days|DATE|2020-11-02']],
  ['The stock would be redeemed in five years.', ['five years|DATE|2025']],
  ['The treaty will be renewed in a month.', ['a month|DATE|2020-11']],
  ["They will meet again in three years' time.", ["three years' time|DATE|2023"]],
  ['It will be done in about two weeks.', ['about two weeks|DATE|2020-11-06|APPROX']],
  ['They will meet in a few weeks.', ['a few weeks|DATE|FUTURE_REF']],
  ['He left two weeks ago.', ['two weeks ago|DATE|2020-10-09']],
  // Measured back, or not pointing ahead: the duration it was.
  ['Prices rose 5% in two weeks.', ['two weeks|DURATION|P2W']],
  ['Prices are up 75 percent in a year.', ['a year|DURATION|P1Y']],
  ['It will be the first meeting in two weeks.', ['two weeks|DURATION|P2W']],
  ['It will be the highest level in six years.', ['six years|DURATION|P6Y']],
  ['It will be the first visit in more than two years.', ['more than two years|DURATION|P2Y|MORE_THAN']],
  ['It will rain more in a day than in a month.', ['a day|DURATION|P1D', 'a month|DURATION|P1M']],
  ['They will not agree in two years of talks.', ['two years|DURATION|P2Y']],
  ['Reach me in two hours.', ['two hours|DURATION|PT2H']],
];

for (const [text, expected] of CASES) {
  test(`in units: ${JSON.stringify(text)} gives ${expected.join(', ')}`, () => {
    assert.deepEqual(found(text), expected);
  });
}
