import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { lowercaseSentences } from './lowercase-sentence.ts';

const lex = loadTranslationLexicons();

test('lowercase-sentence: flags a lower-case word after a full stop, not abbreviations or furniture', () => {
  const cases: [string, string[]][] = [
    ['to imprison Taiwanese rights activists in the mainland. man visiting China', ['mainland. man']],
    // abbreviations, a capital after the stop, a link label in a furniture paragraph
    ['U.S. officials met at 9 a.m. local time on Jan. 5 with approx. ten staff. The talks ended.', []],
    ['The talks ended. Officials left.', []],
    ['Turkey kept its embassy open after the takeover. read more', []],
    // a transcript's filler before a capitalised sentence; a lower-case word going on with lower-case words is still flagged
    ['for the sickest patients across the country. um So it is a fallacy', []],
    ['for the sickest patients across the country. um so it is a fallacy', ['country. um']],
  ];
  for (const [text, expected] of cases) {
    const found = lowercaseSentences.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
