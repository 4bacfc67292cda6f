import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// Clipped years after a preposition of time; published Friday 2020-10-23.
const CASES: [string, string[]][] = [
  ["The Nikkei is at its lowest level since '82.", ["'82|DATE|1982"]],
  ["He joined in '95 and left in ’05.", ["'95|DATE|1995", '’05|DATE|2005']],
  ["Growth was strong in the '80s.", ["the '80s|DATE|198"]],
  // Not a year: no preposition before it, a percentage, a quotation.
  ["Apple unveils iLife '11 software.", []],
  ["It rose to '82%' of the target.", []],
  ["Rock 'n' roll lives.", []],
];

for (const [text, expected] of CASES) {
  test(`year: ${JSON.stringify(text)} gives ${expected.join(', ')}`, () => {
    assert.deepEqual(found(text), expected);
  });
}
