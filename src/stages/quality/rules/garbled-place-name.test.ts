import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../index.ts';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { garbledPlaceNames, misspelledPlace, transliterationSlip } from './garbled-place-name.ts';

const lex = loadTranslationLexicons();

test('misspelledPlace: the UN member or capital a word is one letter from, never a known name, English word or person\'s name', () => {
  const cases: [string, string | null][] = [
    ['Albenia', 'Albania'],
    ['Teran', 'Tehran'],
    ['Timo Leste', 'Timor-Leste'],
    ['Kathmando', 'Kathmandu'],
    ['Canbera', 'Canberra'],
    // a consonant for another: typing's, not transliteration's
    ['Moscou', null],
    // the names themselves, and aliases and misspellings the gazetteer keeps
    ['Tehran', null],
    ['Timor Leste', null],
    ['Kenia', null],
    // a name's words split or run together: its own language's spelling
    ['Ha Noi', null],
    ['Viet Nam', null],
    // a demonym or plural (letters put on the end), an English word, a person's name in the dictionary
    ['Irani', null],
    ['Koreas', null],
    ['Parks', null],
    ['Nigel', null],
    ['Granada', null],
    ['Belgaum', null],
    // too short to hold to a name: one letter from many
    ['Oman', null],
    ['Mala', null],
  ];
  for (const [words, expected] of cases) assert.equal(misspelledPlace(words, lex), expected, words);
});

// Through the whole pipeline: the person mentions that keep a surname from being read as a place come from the entities layer.
test('garbled-place-name: flags a country or capital spelled one letter off, not a word of a person\'s name', () => {
  const cases: [string, string[]][] = [
    ['The sanctions followed alleged cyber attacks on Albenia that took down government websites.', ['Albenia']],
    ['Teran (IP) - The spokesman condemned the new sanctions on Monday.', ['Teran']],
    ['The minister met his counterparts from South Korea, Australia and Timo Leste on Friday.', ['Timo Leste']],
    ['The minister met his counterparts from South Korea, Australia and Timor-Leste on Friday.', []],
    ["German Health Minister Jens Spahn said on Monday that Spahn's plan would go ahead.", []],
    ['The delegation flew from Ha Noi to Tehran on Monday.', []],
  ];
  for (const [text, expected] of cases) {
    const found = garbledPlaceNames.check(analyze({ text }), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('transliterationSlip: a vowel respelled, an h dropped or added, an r dropped; not typing\'s or OCR\'s slips', () => {
  const cases: [string, string, boolean][] = [
    ['albenia', 'albania', true],
    ['teran', 'tehran', true],
    ['timo leste', 'timor leste', true],
    ['praque', 'prague', false],
    ['nigerla', 'nigeria', false],
    ['loudon', 'london', false],
    ['alania', 'albania', false],
    ['haitai', 'haiti', false],
    ['timorr leste', 'timor leste', false],
    ['tehran', 'tehran', false],
    ['ulbania', 'albania', false],
  ];
  for (const [word, known, expected] of cases) assert.equal(transliterationSlip(word, known), expected, `${word} ${known}`);
});
