import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../test-fixtures.ts';

// "overnight" and parts of the day joined to their day; published Friday 2020-10-23.
const CASES: [string, string[]][] = [
  ['Rebels attacked a police post overnight.', ['overnight|TIME|2020-10-22TNI']],
  ['Clashes broke out overnight in the capital.', ['overnight|TIME|2020-10-22TNI']],
  ['London shares fell on overnight losses in New York.', ['overnight|TIME|2020-10-22TNI']],
  ['On Tuesday, police said rebels attacked overnight.', ['Tuesday|DATE|2020-10-20', 'overnight|TIME|2020-10-19TNI']],
  ['The tape arrived overnight Saturday.', ['overnight Saturday|DATE|2020-10-17TNI']],
  ['Lawmakers voted overnight on Tuesday.', ['overnight on Tuesday|DATE|2020-10-20TNI']],
  ['Lawmakers voted Saturday overnight.', ['Saturday overnight|DATE|2020-10-17TNI']],
  ['Police said late on Tuesday that two died.', ['late on Tuesday|DATE|2020-10-20|END']],
  ['The vote ended early on Oct. 6.', ['early on Oct. 6|DATE|2020-10-06|START']],
  ['Late on Tuesday night, shots rang out.', ['Late on Tuesday night|DATE|2020-10-20TNI|END']],
  ['Militants stormed the district early Friday.', ['early Friday|DATE|2020-10-23|START']],
  ['He arrived late Monday.', ['late Monday|DATE|2020-10-19|END']],
  // Suddenly, a stay, a money-market rate, a cricket score: no night.
  ['Peace will not happen overnight.', []],
  ['The town changed almost overnight.', []],
  ['The overnight rate rose to 5 percent.', []],
  ['Doctors kept him overnight.', []],
  ['The tickets sold out overnight.', []],
  ['Pakistan first innings (overnight 229-1)', []],
  ['Early on, the team struggled.', []],
];

for (const [text, expected] of CASES) {
  test(`overnight and parts of days: ${JSON.stringify(text)} gives ${expected.length ? expected.join(', ') : 'no timex'}`, () => {
    assert.deepEqual(found(text), expected);
  });
}
