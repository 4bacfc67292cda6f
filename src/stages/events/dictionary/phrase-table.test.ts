import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPhrases, phraseTable, WordBits } from './phrase-table.ts';

// Stems of several lengths sharing first letters, a stem listed twice, a whole word, and a two-word phrase.
const table = phraseTable([
  { phrase: 'BASE', value: 'base', stem: true },
  { phrase: 'BASEBALL', value: 'baseball', stem: true },
  { phrase: 'BAS', value: 'bas', stem: true },
  { phrase: 'BASEBALL', value: 'second baseball', stem: true },
  { phrase: 'BAT', value: 'bat' },
  { phrase: 'GROUP A', value: 'group' },
]);

const CASES: [string, string, string[]][] = [
  ['the longest stem that begins a token', 'BASEBALLS', ['baseball']],
  ['a shorter stem where the longer does not fit', 'BASEMENT', ['base']],
  ['the shortest stem', 'BASS', ['bas']],
  ['a stem written as the whole token', 'BASE', ['base']],
  ['a stem listed twice reads as its first entry', 'BASEBALLER', ['baseball']],
  ['a phrase of two words', 'IN GROUP A', ['group']],
  ['a whole word', 'BAT', ['bat']],
  // none:
  ['a whole word is no stem', 'BATS', []],
  ['a token shorter than every stem', 'BA', []],
  ['same first letters, no stem', 'BARN', []],
  ['a stem inside a token, not at its start', 'ABASE', []],
  ['the phrase cut short', 'GROUP', []],
];

for (const [name, text, want] of CASES) {
  test(`phrase table: ${name}`, () => assert.deepEqual(findPhrases(table, text.split(' ')).map((h) => h.value), want));
}

test('phrase table: one-letter stems, and a table with none', () => {
  const short = phraseTable([{ phrase: 'X', value: 'x', stem: true }, { phrase: 'XY', value: 'xy', stem: true }]);
  assert.deepEqual(findPhrases(short, ['XYZ', 'XA', 'X', 'AX']).map((h) => [h.start, h.value]), [[0, 'xy'], [1, 'x'], [2, 'x']]);
  const none = phraseTable([{ phrase: 'OIL', value: 'oil' }]);
  assert.deepEqual(findPhrases(none, ['OILS', 'OIL']).map((h) => h.start), [1]);
});

test('word bits hold every word added and pass over others without a lookup', () => {
  const bits = new WordBits();
  for (const w of ['ATTACK', 'CITY', 'baseball', 'A']) bits.add(w);
  const cases: [string, boolean][] = [
    ['ATTACK', true],
    ['CITY', true],
    ['baseball', true],
    ['A', true],
    // not added: another length, other end letters
    ['ATTACKS', false],
    ['ATTACKED', false],
    ['CITE', false],
    ['TOWN', false],
    ['B', false],
    ['', false],
  ];
  for (const [word, want] of cases) assert.equal(bits.mayHold(word), want, word);
});

test('word bits stay selective when hundreds of words of one length and few end letters are added', () => {
  // 512 words of seven letters, of eight first, eight middle and eight last letters (as a block's nouns crowd).
  const letters = ['b', 'd', 'g', 'k', 'm', 'p', 's', 't'];
  const words = letters.flatMap((f) => letters.flatMap((m) => letters.map((l) => `${f}ar${m}en${l}`)));
  const bits = new WordBits();
  const added = words.filter((_, i) => i % 2 === 0);
  for (const w of added) bits.add(w);
  assert.ok(added.every((w) => bits.mayHold(w)));
  const passed = words.filter((w, i) => i % 2 === 1 && bits.mayHold(w)).length;
  assert.ok(passed < 26, `${passed} of 256 words not added pass`);
});
