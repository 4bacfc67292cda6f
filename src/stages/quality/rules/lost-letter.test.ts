import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { lostLetters } from './lost-letter.ts';

const lex = loadTranslationLexicons();

test('lost-letter: flags a name with "?" or U+FFFD between its letters, and no question mark English writes', () => {
  const cases: [string, string[]][] = [
    ['Foreign Minister Cavuso?glu: the agreement is a good start', ['Cavuso?glu']],
    ['speaker W?odzimierz Cimoszewicz says he will run', ['W?odzimierz']],
    ['President Erdo\uFFFDan and \u00C7avu?o?lu met.', ['Erdo\uFFFDan', '\u00C7avu?o?lu']],
    // a question's mark after its word, a link's query, a lower-case run, a question mark between spaced words
    ['Will he run? Nobody knows. See index.php?id=5 or what?no. Is it true ? Yes.', []],
  ];
  for (const [text, expected] of cases) {
    const found = lostLetters.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
