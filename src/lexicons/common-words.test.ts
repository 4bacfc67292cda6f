import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCommonWords } from './common-words.ts';
import { commonWordsText, TARGET } from '../../scripts/build-common-words.ts';

const isCommonWord = loadCommonWords();

test('common English words are known in any case, unknown names are not', () => {
  for (const w of ['Tin', 'Balls', 'Rice', 'the', 'Were']) assert.equal(isCommonWord(w), true, w);
  for (const w of ['Odinga', 'Minh', 'Menem', 'Rumsfeld', 'Mahama']) assert.equal(isCommonWord(w), false, w);
});

test('the committed word list is what scripts/build-common-words.ts writes from wink\'s model', () => {
  assert.ok(readFileSync(TARGET, 'utf8') === commonWordsText(), 'common-words.txt is stale: run node --import tsx scripts/build-common-words.ts');
});
