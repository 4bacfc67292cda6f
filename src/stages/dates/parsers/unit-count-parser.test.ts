import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// Halves in counted units, written before the unit or after it, and "-long" units; published Friday 2020-10-23.
const CASES: [string, string[]][] = [
  ['They spoke for half an hour.', ['half an hour|DURATION|PT30M']],
  ['The two spent about a half an hour on the phone.', ['about a half an hour|DURATION|PT30M|APPROX']],
  ['It took half a day.', ['half a day|DURATION|PT12H']],
  ['He served two and a half years.', ['two and a half years|DURATION|P2Y6M']],
  ['The hearing took two and a half hours.', ['two and a half hours|DURATION|PT2H30M']],
  ['It lasted an hour and a half.', ['an hour and a half|DURATION|PT1H30M']],
  ['The talks ended a weeklong diplomatic dance.', ['weeklong|DURATION|P1W']],
  ['Workers began the month-long strike.', ['month-long|DURATION|P1M']],
  ['It was a two-week-long strike.', ['two-week-long|DURATION|P2W']],
  ['The weeks-long standoff ended.', ['weeks-long|DURATION|PXW']],
  // Not a unit of time after "half an"; "long" alone is no unit.
  ['He ate half an apple.', []],
  ['They signed two and a half thousand forms.', []],
  ['It took so long.', []],
];

for (const [text, expected] of CASES) {
  test(`unit count: ${JSON.stringify(text)} gives ${expected.join(', ')}`, () => {
    assert.deepEqual(found(text), expected);
  });
}
