import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// "the Nth anniversary of X" is the year X began plus N; published Friday 2020-10-23.
const CASES: [string, string[]][] = [
  // The year from the list of commemorated events; the name is cut back to the event.
  ['Bush will celebrate the 60th anniversary of the Marshall Plan, which provided aid to Europe.', ['the 60th anniversary of the Marshall Plan|DATE|2008']],
  ['Leaders marked the tenth anniversary of the Treaty of Rome in Brussels.', ['the tenth anniversary of the Treaty of Rome|DATE|1967']],
  ["Beijing held a parade for the 70th Anniversary of the People's Republic of China celebrations.", ["the 70th Anniversary of the People's Republic of China|DATE|2019"]],
  // The year the document ties to the event wins, and makes an event the list does not know.
  ['The Zorgian War in 1931 was long. Veterans marked the 50th anniversary of the Zorgian War.', ['1931|DATE|1931', 'the 50th anniversary of the Zorgian War|DATE|1981']],
  // An event with no known year, an anniversary without a count, the anniversary of its end: no timex.
  ['Veterans marked the 50th anniversary of the Zorgian War.', []],
  ['Veterans marked the anniversary of the Falklands War.', []],
  ['They marked the 75th anniversary of the end of World War II.', []],
  ['The couple celebrated their 25th anniversary of marriage.', []],
];

test('anniversaries: the event year plus the count, only for a known event', () => {
  for (const [text, expected] of CASES) assert.deepEqual(found(text), expected, text);
});
