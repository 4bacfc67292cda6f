import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// A capitalised time word mid-sentence is a title unless a sentence starts there, as one does inside a quotation
// that goes on after it. Published 2020-10-23.
const CASES: [string, string[]][] = [
  ['Today, the minister met his counterpart.', ['Today|DATE|2020-10-23']],
  ['He said “Today we met the envoy.”', ['Today|DATE|2020-10-23']],
  ['[Sound bite: the minister]“Today, Mr. Park and I discussed it.”', ['Today|DATE|2020-10-23']],
  ['He told reporters: “Yesterday we signed it.”', ['Yesterday|DATE|2020-10-22']],
  // An abbreviated month with its day, with or without the dot (Reuters writes "Sept 28").
  ['UNITED NATIONS, Sept 28 (Reuters) - Rice said.', ['Sept 28|DATE|2020-09-28']],
  ['They met on Oct 5 and Oct. 6.', ['Oct 5|DATE|2020-10-05', 'Oct. 6|DATE|2020-10-06']],
  ['The Sept Group met.', []],
  // A day and month in brackets after their weekday, which checks them; elsewhere "1/2" is a fraction.
  ['Jakarta, Monday (10/19) - The minister arrived.', ['Monday (10/19)|DATE|2020-10-19']],
  ['He said on Monday (1/2 of the votes counted) that he had won.', ['Monday|DATE|2020-10-19']],
  ['Turnout was 1/2 of the total.', []],
  // "midday" is a clock time, as "noon" is; an hour without such a word is a number.
  ['He will appear in court at midday.', ['midday|TIME|2020-10-23T12:00']],
  ['He appeared at midday Friday.', ['midday Friday|TIME|2020-10-23T12:00']],
  ['He will appear at noon.', ['noon|TIME|2020-10-23T12:00']],
  ['He hosted The Midday Show on radio.', []],
  // Titles: mid-sentence, or a quotation that closes or runs on in capitals.
  ['He appeared on “Today” with the host.', []],
  ['Baker, speaking on ABC News\' "This Week," said so.', []],
  ['Baker said on "This Week With David Brinkley" that it was so.', []],
];

for (const [text, expected] of CASES) {
  test(`false positives: ${JSON.stringify(text)} gives ${expected.join(', ') || 'nothing'}`, () => {
    assert.deepEqual(found(text), expected);
  });
}
