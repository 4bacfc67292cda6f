import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../test-fixtures.ts';

// A range written as one expression is one DURATION over its span, its ends as beginPoint/endPoint (the
// translation set's and MEANTIME's convention); dates joined by "and" stay two, as TimeBank annotates
// "April 24 and 25". Published 2020-10-23; a range shows as "text|TYPE|value|begin..end".
const CASES: [string, string[]][] = [
  ['The conference was held on June 15-16.', ['June 15-16|DURATION|P2D|2020-06-15..2020-06-16']],
  ['Hearings are set for October 6–7.', ['October 6–7|DURATION|P2D|2020-10-06..2020-10-07']],
  ['The talks ran 15-16 June 2019.', ['15-16 June 2019|DURATION|P2D|2019-06-15..2019-06-16']],
  ['The summit was held on March 3 to 5.', ['March 3 to 5|DURATION|P3D|2020-03-03..2020-03-05']],
  ['The summit is on March 3 through 5, 2021.', ['March 3 through 5, 2021|DURATION|P3D|2021-03-03..2021-03-05']],
  ['The summit is on December 10-14 in Cebu.', ['December 10-14|DURATION|P5D|2020-12-10..2020-12-14']],
  ['He served from 1975-90.', ['1975-90|DURATION|P15Y|1975..1990']],
  ['Sales fell in 2019-2020.', ['2019-2020|DURATION|P1Y|2019..2020']],
  ['The war of 1941–1945 ended.', ['1941–1945|DURATION|P4Y|1941..1945']],
  // Two dates, not one range: "and", a season's slash, years too far apart or the wrong way round.
  ['The summit was held on April 24 and 25.', ['April 24|DATE|2020-04-24', '25|DATE|2020-04-25']],
  ['The 1999/00 season was long.', ['1999|DATE|1999', '00|DATE|2000']],
  ['Compare 1900-2000 output.', ['1900|DATE|1900', '2000|DATE|2000']],
  ['Compare 2010-2001 output.', ['2010|DATE|2010', '2001|DATE|2001']],
  // Not a second end: counts, scores, times, a day before the first.
  ['On April 24 and 25 people died.', ['April 24|DATE|2020-04-24']],
  ['On March 3, 2-1 was the score.', ['March 3|DATE|2020-03-03']],
  ['It rose 3-4 percent on March 3.', ['March 3|DATE|2020-03-03']],
  ['They met on March 24 and 2 more joined.', ['March 24|DATE|2020-03-24']],
  ['They met on March 24 and 12 left.', ['March 24|DATE|2020-03-24']],
  ['In 1990-95 percent of voters agreed.', ['1990|DATE|1990']],
];

const shown = (text: string) =>
  read(text).timexes.map((t) => `${t.text}|${t.type}|${t.value}${t.range ? `|${t.range.begin}..${t.range.end}` : ''}`);

for (const [text, expected] of CASES) {
  test(`ranges: ${JSON.stringify(text)} gives ${expected.join(', ')}`, () => {
    assert.deepEqual(shown(text), expected);
  });
}
