import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishWordTable } from './english-words.ts';
import { loadCommonWords } from '../common-words.ts';

const inTable = englishWordTable();
const at = (word: string) => inTable(`«${word}»`, 1, word.length + 1);

test('englishWordTable finds list words read in place, any ASCII case', () => {
  for (const w of ['the', 'rice', 'balls', 'Tin', 'RICE', 'a', "o'clock", 'can’t']) assert.equal(at(w), true, w);
});

test('englishWordTable: not words, prefixes, extensions, or words with a newline', () => {
  for (const w of ['', 'odinga', 'minh', 'hakaret', 'balloo', 'balloonx', 'the\nthe', 'café-x', 'ünlü']) assert.equal(at(w), false, JSON.stringify(w));
});

test('englishWordTable answers as the binary search of common-words.ts', () => {
  const search = loadCommonWords();
  const words = ['the', 'The', 'THE', 'tHe', 'ain’t', 'Ain’t', 'naïve', 'rencide', 'edici', 'cümleler', 'veya', 'İstanbul', 'K', '\u212a', 'x', 'zzzz', "'s", '$%^oov^%$'];
  for (const w of words) assert.equal(at(w), search(w), JSON.stringify(w));
});
