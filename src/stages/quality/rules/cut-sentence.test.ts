import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { cutSentences } from './cut-sentence.ts';

const lex = loadTranslationLexicons();

test('cut-sentence: flags a sentence stopping on an article, a conjunction or a possessive, and not stranded prepositions', () => {
  const cases: [string, string[]][] = [
    ['The ministers discussed the. Then they left.', ['the.']],
    ['He said the talks would go on and. The end.', ['and.']],
    ['The two sides agreed to strengthen their . The meeting ended', ['their .']],
    ['“We will defend our interests and those of our.” He left.', ['our.']],
    // English: a stranded preposition, a pronoun object, "a.m.", a letter grade, a word inside another
    ['Nobody knew what the bomb was made of. They came in. She saw her.', []],
    ['The meeting starts at 9 a.m. on Monday. He got an A. The panda.', []],
  ];
  for (const [text, expected] of cases) {
    const found = cutSentences.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
