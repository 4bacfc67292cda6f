import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { markupResidue } from './markup-residue.ts';

const lex = loadTranslationLexicons();

test('markup-residue: flags what it names, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['the minister said& nbsp;the talks', ['& nbsp;']],
    ['p>The talks went on.</p>', ['p>', '</p>']],
    ['Prices rose 5% & wages fell; <5 cases', []],
    ['AT&T said', []],
  ];
  for (const [text, expected] of cases) {
    const found = markupResidue.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
