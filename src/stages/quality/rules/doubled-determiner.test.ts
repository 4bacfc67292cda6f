import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { doubledDeterminers } from './doubled-determiner.ts';

const lex = loadTranslationLexicons();

test('doubled-determiner: flags two determiners before one noun, and not names, letters, a word twice or plain copy', () => {
  const cases: [string, string[]][] = [
    ['Iran is in its second day of the its air force exercises.', ['the its']],
    ['The a meeting was held in a the capital.', ['The a', 'a the']],
    // an initial, a doubled word (repeated-word flags it), a determiner pair English has, letters
    ['An A.U. spokesman said the A.U. force and the the army met all the men.', []],
    ['The a.m. flight left; this a-ha moment; that the plan failed.', []],
  ];
  for (const [text, expected] of cases) {
    const found = doubledDeterminers.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
