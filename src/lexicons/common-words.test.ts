import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCommonWords } from './common-words.ts';

const isCommonWord = loadCommonWords();

test('common English words are known in any case, unknown names are not', () => {
  for (const w of ['Tin', 'Balls', 'Rice', 'the', 'Were']) assert.equal(isCommonWord(w), true, w);
  for (const w of ['Odinga', 'Minh', 'Menem', 'Rumsfeld', 'Mahama']) assert.equal(isCommonWord(w), false, w);
});
