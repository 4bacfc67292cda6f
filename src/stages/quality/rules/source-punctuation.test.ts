import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { sourcePunctuation } from './source-punctuation.ts';

const lex = loadTranslationLexicons();

test('source-punctuation: flags what it names, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['«The talks are being prepared," she said.', ['«']],
    ['"We were close," the analyst noted. - After the end of the war, we went on."', ['-']],
    ['with Russia. <..Although the army', ['<..']],
    ['"We were close," he said. The talks - which failed - went on.', []],
    ['Prices rose 5% to <10 units.', []],
    // a menu's arrow opening a line is no quotation mark; a guillemet closing a quotation is
    ['The talks ended.\n› Subscribe\n» More Articles', []],
    ['He called it «a start» and left.', ['«', '»']],
  ];
  for (const [text, expected] of cases) {
    const found = sourcePunctuation.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
