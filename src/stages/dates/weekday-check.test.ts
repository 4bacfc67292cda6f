import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged, read } from './test-fixtures.ts';
import { WEEKDAY_MISMATCH } from './weekday-check.ts';

// Published Friday 2020-10-23: a weekday beside its date checks it.
const CASES: [string, string[]][] = [
  ['They will meet on Tuesday tomorrow.', ['Tuesday tomorrow']],
  ['The vote is on Friday, 23/10/2021.', ['Friday, 23/10/2021']],
  ['The vote is on Thursday, 03/11/2020.', ['Thursday, 03/11/2020']],
  ['Seafarers met on Monday (3/20/2021).', ['Monday (3/20/2021)']],
  ['They met on Sunday, Oct. 23, 2020.', ['Sunday, Oct. 23, 2020']],
  // Agreeing, or not beside each other.
  ['They will meet on Saturday tomorrow.', []],
  ['They met on Friday, Oct. 16.', []],
  ['The vote is on Tuesday, 03/11/2020.', []],
  ['Seafarers met on Saturday (3/20/2021).', []],
  ['Markets stay closed until Friday\nSeptember 18, 2008. Trading resumes.', []],
  ['They met on Monday; on Oct. 23 they signed.', []],
  ['They met Monday, Tuesday and Wednesday.', []],
];

for (const [text, expected] of CASES) {
  test(`weekday check: ${JSON.stringify(text)} flags ${expected.length ? expected.join(', ') : 'nothing'}`, () => {
    assert.deepEqual(flagged(text, WEEKDAY_MISMATCH), expected);
  });
}

test('weekday check: the message names both readings of a numeric date and is a warning', () => {
  const [message] = read('The vote is on Thursday, 03/11/2020.').messages.filter((m) => m.rule === WEEKDAY_MISMATCH);
  assert.equal(message?.level, 'warning');
  assert.match(message!.text, /Thursday.*2020-11-03 is a Tuesday.*2020-03-11 is a Wednesday/);
});

test('weekday check: a weekday that fits the year before an implied year picks that year', () => {
  // 16 October 2020 is a Friday; 16 October 2021 (the year the tense would pick) is not.
  assert.deepEqual(read('He said the vote was on Friday, Oct. 16.', '2021-01-05').timexes.map((t) => t.value), ['2020-10-16']);
});

test('weekday check: a wrong weekday does not move an implied year far from the publication date', () => {
  // 27 October 2020 is a Tuesday; 27 October 2021 is a Wednesday, but a year away: the weekday is flagged instead.
  const doc = read('They will meet on Wednesday, Oct. 27.', '2020-10-25');
  assert.deepEqual(doc.timexes.map((t) => t.value), ['2020-10-27']);
  assert.deepEqual(doc.messages.filter((m) => m.rule === WEEKDAY_MISMATCH).map((m) => doc.text.slice(m.start!, m.end!)), ['Wednesday, Oct. 27']);
});
