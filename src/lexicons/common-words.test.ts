import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commonWordLookup, commonWordsIndexFile, loadCommonWordAt, loadCommonWords } from './common-words.ts';
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

test('the list read through a built table answers as the table built at load; a table for other bytes or of another layout is not used', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'common-words-index-'));
  const bytes = readFileSync(TARGET);
  const file = path.join(dir, 'common-words.index');
  writeFileSync(file, commonWordsIndexFile(bytes));
  const built = commonWordLookup(bytes, file);
  const sample = [...lines.filter((_, k) => k % 97 === 0), 'The', 'zzzz', 'ain’t', 'Odinga', 'x'];
  for (const w of sample) assert.equal(built(w, 0, w.length), oracle(w), w);
  // Another list (one word dropped): its table is not read, the list is indexed at load.
  const fewer = Buffer.from(`${lines.filter((w) => w !== 'rice').join('\n')}\n`);
  assert.equal(commonWordLookup(fewer, file)('rice', 0, 4), false);
  // The same slots shifted half the table: the probes fail, and the list is indexed at load.
  const index = readFileSync(file);
  const slots = index.subarray(index.length - 4 * (1 << 18));
  writeFileSync(file, Buffer.concat([index.subarray(0, index.length - slots.length), slots.subarray(slots.length / 2), slots.subarray(0, slots.length / 2)]));
  const shifted = commonWordLookup(bytes, file);
  for (const w of sample) assert.equal(shifted(w, 0, w.length), oracle(w), `shifted: ${w}`);
});
