import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// A date left in its source language's month name is read with its day and year. Published 2020-10-23.
const CASES: [string, string[]][] = [
  ['Minsk, 23 марта 2021 - The minister met the envoy.', ['23 марта 2021|DATE|2021-03-23']],
  ['The agency published it 29 Mart 2017, 14:28.', ['29 Mart 2017|DATE|2017-03-29', '14:28|TIME|2017-03-29T14:28']],
  ['On 3 Mei 2021 the talks began.', ['3 Mei 2021|DATE|2021-05-03']],
  ['Signed 14 juillet 2019 in Paris.', ['14 juillet 2019|DATE|2019-07-14']],
  ['On 23 Şubat 2021 he spoke.', ['23 Şubat 2021|DATE|2021-02-23']],
  // Not without its day and year: a month name that is also a word or a name.
  ['Mart said the talks went well.', []],
  ['Mart 2017 was a good year for him.', ['2017|DATE|2017']],
];

for (const [text, expected] of CASES) {
  test(`foreign month names: ${JSON.stringify(text)} gives ${expected.join(', ') || 'nothing'}`, () => {
    assert.deepEqual(found(text), expected);
  });
}
