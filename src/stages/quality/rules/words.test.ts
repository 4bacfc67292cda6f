import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstRunEndingAfter, isSpaceUnit, unitSet, wordsOf } from './words.ts';

/** The runs of letters as strings, what \p{L}+ finds in a text without a surrogate. */
const runTexts = (text: string) => {
  const { runs } = wordsOf(text);
  return Array.from({ length: runs.length / 2 }, (_, i) => text.slice(runs[2 * i], runs[2 * i + 1]));
};

test('wordsOf: the runs of letters, as \\p{L}+ reads them, and what the text holds past ASCII', () => {
  const cases: [string, string[]][] = [
    ['The cat’s 3 mats.', ['The', 'cat', 's', 'mats']],
    ['Zürich, Çavuşoğlu-Ảnh', ['Zürich', 'Çavuşoğlu', 'Ảnh']],
    ['  ', []],
    ['a', ['a']],
    ['x1y', ['x', 'y']],
    ['Источник: RIA', ['Источник', 'RIA']],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(runTexts(text), expected, text);
    assert.deepEqual(runTexts(text), text.match(/\p{L}+/gu) ?? [], text);
  }
  assert.deepEqual(wordsOf('a’b “c”').nonAscii, [1, 4, 6]);
  assert.deepEqual(wordsOf('plain').nonAscii, []);
  // camel places: a capital after a lower-case letter in one run, not after a space, a stop or a capital
  assert.deepEqual(wordsOf('ForeignMinister iPhone NATO day.The').camel, [7, 17]);
  // a surrogate pair is no letter to the runs (a pattern reads it as one character): said, for the rules to read such a text otherwise
  assert.equal(wordsOf('a 😀 b').surrogate, true);
  assert.equal(wordsOf('a é b').surrogate, false);
  // U+0345 is a letter only to a pattern that ignores case
  assert.equal(wordsOf('a\u0345b').foldLetter, true);
  assert.equal(wordsOf('aéb').foldLetter, false);
});

test('firstRunEndingAfter: the first run ending past a place, by a binary search', () => {
  const words = wordsOf('ab cd  ef');
  assert.deepEqual([0, 1, 2, 3, 5, 6, 8, 9].map((at) => firstRunEndingAfter(words, at)), [0, 0, 1, 1, 2, 2, 2, 3]);
});

test('unitSet and isSpaceUnit: a unit tested without a Set or a pattern', () => {
  const set = unitSet([0x61, 0x3f]);
  assert.deepEqual([0x61, 0x3f, 0x62, 0x41, 200, Number.NaN].map((u) => set.has(u)), [true, true, false, false, false, false]);
  assert.throws(() => unitSet([0x100]));
  for (const c of [' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', 'a', ',', '’', '\u200b', '\ud800']) {
    assert.equal(isSpaceUnit(c.charCodeAt(0)), /^\s$/.test(c), JSON.stringify(c));
  }
});
