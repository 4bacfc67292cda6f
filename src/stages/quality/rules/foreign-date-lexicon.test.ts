import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { monthNamesOf, untranslatedWords } from './untranslated-word.ts';

const lex = loadTranslationLexicons();

// The month and weekday names of cues.json's untranslated lists, as untranslated-word reads them: kept apart from
// untranslated-word.test.ts, which tests the rule's mechanics, since these cases test the lexicon's entries.
test('untranslated-word: a Turkish page template\'s date is a date left untranslated; English words and another calendar\'s month are not', () => {
  const cases: [string, string[]][] = [
    ['Güncelleme Tarihi: 29 Mart 2017, 14:28', ['29 Mart']],
    ['Yayınlanma: Pazartesi, 3 Ekim 2022', ['Pazartesi, 3 Ekim']],
    // a name opening past ASCII
    ['Güncelleme Tarihi: 12 Şubat 2020, 09:10', ['12 Şubat']],
    ['(Şubat', []],
    ['The mart opened on March 29, 2017.', []],
    ['Passover begins on 14 Nisan in the Hebrew calendar.', []],
  ];
  for (const [text, expected] of cases) {
    const found = untranslatedWords.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('untranslated-word: every month name of the lexicon is read from the text\'s runs of letters, none left to the pattern tried at every character', () => {
  const months = monthNamesOf(lex.foreignMonth);
  assert.ok(months, 'foreignMonth no longer has the shape untranslated-word reads: every text would be searched by the pattern');
  assert.ok(months.names.has('Şubat') && months.names.has('janvier'));
});
