import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listingLine, noLowercaseWord, tableRow } from './line-shape.ts';

test('line-shape: table rows and listings are no sentences; sentences, with figures or names, are', () => {
  const cases: [string, boolean, boolean, boolean][] = [
    // text, table row, listing, no lowercase word
    ['ATLANTA 79 46 .632 -', true, true, true],
    ['Prev 775 787.50 758.75 unq', true, false, false],
    ['Chalmers (Australia), Miguel Angel Martin (Spain),', false, true, true],
    ['To bat: Wasim Akram, Moin Khan, Mushtaq Ahmed, Waqar Younis,', false, true, false],
    ['PREVIOUS ACTUAL (Parent) FORECAST FORECAST YEAR-AGO', false, true, true],
    ['------------------------', false, true, true],
    ['The index rose 3.7 percent in July and 3.6 percent in June after a fall of', false, false, false],
    ['Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken in Geneva on Friday', false, false, false],
  ];
  for (const [text, row, listing, capitals] of cases) {
    assert.equal(tableRow(text), row, text);
    assert.equal(listingLine(text), listing, text);
    assert.equal(noLowercaseWord(text), capitals, text);
  }
});
