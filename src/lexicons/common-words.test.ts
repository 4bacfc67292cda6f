import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCommonWordAt, loadCommonWords } from './common-words.ts';
import { commonWordsText, TARGET } from '../../scripts/build-common-words.ts';

const isCommonWord = loadCommonWords();
const inTable = loadCommonWordAt();
// the word read in place, between other characters, as the quality stage reads it
const at = (word: string) => inTable(`«${word}»`, 1, word.length + 1);
// the list's meaning, by the plainest means: a word is common when a line of the file (one ended by a newline) is it lower-cased
const lines = readFileSync(TARGET, 'utf8').split('\n').slice(0, -1);
const listed = new Set(lines);
const oracle = (word: string) => listed.has(word.toLowerCase());

test('common English words are known in any case, unknown names are not', () => {
  for (const w of ['Tin', 'Balls', 'Rice', 'the', 'Were']) assert.equal(isCommonWord(w), true, w);
  for (const w of ['Odinga', 'Minh', 'Menem', 'Rumsfeld', 'Mahama']) assert.equal(isCommonWord(w), false, w);
});

test('a word read in place is found in any ASCII case, and with a non-ASCII letter', () => {
  for (const w of ['the', 'rice', 'balls', 'Tin', 'RICE', 'a', "o'clock", 'can’t']) assert.equal(at(w), true, w);
});

test('a word read in place: not words, prefixes, extensions, or words with a newline', () => {
  for (const w of ['', 'odinga', 'minh', 'hakaret', 'balloo', 'balloonx', 'the\nthe', 'café-x', 'ünlü']) assert.equal(at(w), false, JSON.stringify(w));
});

test('both tests answer as the list lower-cased, for ASCII and non-ASCII words, odd case folds and non-words', () => {
  const words = ['the', 'The', 'THE', 'tHe', 'ain’t', 'Ain’t', 'naïve', 'rencide', 'edici', 'cümleler', 'veya', 'İstanbul', 'K', '\u212a', 'x', 'zzzz', "'s", '$%^oov^%$', 'tab\there', 'ΣΟΦΊΑ'];
  for (const w of words) {
    assert.equal(at(w), oracle(w), JSON.stringify(w));
    assert.equal(isCommonWord(w), oracle(w), JSON.stringify(w));
  }
});

test('every word of the list is found, as it is and upper-cased, and a letter more or less is what the list says', () => {
  for (const w of lines) {
    assert.equal(at(w), true, w);
    const upper = w.toUpperCase();
    assert.equal(isCommonWord(upper), oracle(upper), upper);
    assert.equal(at(`${w}q`), oracle(`${w}q`), `${w}q`);
    assert.equal(at(w.slice(0, -1)), oracle(w.slice(0, -1)), w.slice(0, -1));
  }
});

test('the committed word list is what scripts/build-common-words.ts writes from wink\'s model', () => {
  assert.ok(readFileSync(TARGET, 'utf8') === commonWordsText(), 'common-words.txt is stale: run node --import tsx scripts/build-common-words.ts');
});
