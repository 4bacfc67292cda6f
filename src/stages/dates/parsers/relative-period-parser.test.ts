import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';
import { quarterEnded } from './relative-period-parser.ts';

// The text after "the quarter": the quarter its end date tells, as "year-quarter" (XXXX when no year is stated).
const ENDED: [string, string | null][] = [
  [' ended July 31, Jayark had', 'XXXX-Q2'],
  [' ended Sept. 30, Delta posted', 'XXXX-Q3'],
  [' ending Oct. 31', 'XXXX-Q3'],
  [' that ended Dec. 31', 'XXXX-Q4'],
  [' ended March 31, 1988', '1988-Q1'],
  // Negative cases: no end date, no month after "ended", or a January end (its quarter began the year before).
  [', the company said', null],
  [' ended with a loss', null],
  [' ended Jan. 31', null],
  [' ended 1988', null],
];

for (const [after, expected] of ENDED) {
  test(`relative period: "the quarter${after}" is ${expected ?? 'not told by its end'}`, () => {
    const spec = quarterEnded(after);
    assert.equal(spec ? `${spec.fields.year ?? 'XXXX'}-Q${spec.fields.quarter}` : null, expected);
  });
}

// Published Friday 2020-10-23.
const CASES: [string, string[]][] = [
  ['Sales rose in the quarter ended July 31.', ['the quarter|DATE|2020-Q2', 'July 31|DATE|2020-07-31']],
  ['Sales rose in the quarter ended Sept. 30, 2019.', ['the quarter|DATE|2019-Q3', 'Sept. 30, 2019|DATE|2019-09-30']],
  // Without an end date "the quarter" is the last one reported, the one before the story's.
  ['Sales rose in the quarter.', ['the quarter|DATE|2020-Q3']],
  ['Sales rose in the quarter ending Jan. 31.', ['the quarter|DATE|2020-Q3', 'Jan. 31|DATE|2020-01-31']],
];

for (const [text, expected] of CASES) {
  test(`relative period: ${JSON.stringify(text)} gives ${expected.join(', ')}`, () => assert.deepEqual(found(text), expected));
}
