import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found, read } from '../test-fixtures.ts';

// "over the past year" is the stretch up to the publication date (Friday 2020-10-23), not the year before.
const CASES: [string, string[]][] = [
  ['Hate groups grew over the past year.', ['the past year|DURATION|P1Y']],
  ['Prices rose 5% in the past month.', ['the past month|DURATION|P1M']],
  ['He was ill during the last decade.', ['the last decade|DURATION|P10Y']],
  ['He has lived there for the past week.', ['the past week|DURATION|P1W']],
  ['Throughout the past century the city grew.', ['the past century|DURATION|P100Y']],
  // Not the stretch up to now: no preposition of time, or a named period.
  ['The past year was hard.', ['The past year|DATE|2019']],
  ['Sales fell last year.', ['last year|DATE|2019']],
  ["In the past year's vote, turnout fell.", ['the past year|DATE|2019']],
  ['Over the past two years prices rose.', ['the past two years|DURATION|P2Y']],
];

for (const [text, expected] of CASES) {
  test(`past period: ${JSON.stringify(text)} gives ${expected.join(', ')}`, () => {
    assert.deepEqual(found(text), expected);
  });
}

test('past period: the duration is anchored on the publication date, and unanchored without one', () => {
  assert.deepEqual(read('Prices rose over the past year.').timexes.map((t) => t.anchor.kind), ['published']);
  assert.deepEqual(read('Prices rose over the past two years.').timexes.map((t) => t.anchor.kind), ['published']);
  assert.deepEqual(read('Prices rose over the past year.', null).timexes.map((t) => [t.value, t.anchor.kind]), [['P1Y', 'none']]);
});
