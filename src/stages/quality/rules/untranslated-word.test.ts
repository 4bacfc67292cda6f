import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { untranslatedWords } from './untranslated-word.ts';

const lex = loadTranslationLexicons();

test('untranslated-word: flags what it names, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['Foreign Secretary- Ảnh 1.', ['Ảnh']],
    ['Источник: RIA Novosti', ['Источник:']],
    ['Minister Çavuşoغlu said', ['Çavuşoغlu']],
    ["Minister Çavuşoğlu and Zürich's mayor said", []],
    ['Le Hoai Trung said', []],
  ];
  for (const [text, expected] of cases) {
    const found = untranslatedWords.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
