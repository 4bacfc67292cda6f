import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// Halves in counted units, written before the unit or after it; published Friday 2020-10-23.
const CASES: [string, string[]][] = [
  ['They spoke for half an hour.', ['half an hour|DURATION|PT30M']],
  ['The two spent about a half an hour on the phone.', ['about a half an hour|DURATION|PT30M|APPROX']],
  ['It took half a day.', ['half a day|DURATION|PT12H']],
  ['He served two and a half years.', ['two and a half years|DURATION|P2Y6M']],
  ['The hearing took two and a half hours.', ['two and a half hours|DURATION|PT2H30M']],
  ['It lasted an hour and a half.', ['an hour and a half|DURATION|PT1H30M']],
  // Not a unit of time after "half an".
  ['He ate half an apple.', []],
  ['They signed two and a half thousand forms.', []],
];

for (const [text, expected] of CASES) {
  test(`unit count: ${JSON.stringify(text)} gives ${expected.join(', ')}`, () => {
    assert.deepEqual(found(text), expected);
  });
}
