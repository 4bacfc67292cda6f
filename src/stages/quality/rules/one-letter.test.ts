import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addedLetterAt, changedLetterAt } from './one-letter.ts';

test('changedLetterAt: the one place two spellings of one length differ', () => {
  const rows: [string, string, number][] = [
    ['albenia', 'albania', 3],
    ['teran', 'teran', -1],
    ['abcd', 'abdc', -1],
  ];
  for (const [a, b, at] of rows) assert.equal(changedLetterAt(a, b), at, `${a} ${b}`);
});

test('addedLetterAt: the one letter the longer spelling holds beyond the shorter', () => {
  const rows: [string, string, number][] = [
    ['tehran', 'teran', 2],
    ['timor', 'timo', 4],
    ['koreas', 'korea', 5],
    ['tehrans', 'teran', -1],
    ['tehran', 'tiran', -1],
    ['teran', 'teran', -1],
  ];
  for (const [long, short, at] of rows) assert.equal(addedLetterAt(long, short), at, `${long} ${short}`);
});
