import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { doubledSurnames } from './doubled-surname.ts';

const lex = loadTranslationLexicons();

test('doubled-surname: flags a surname repeated in its hyphenated given name, and names that only double a word', () => {
  const cases: [string, string[]][] = [
    ['a negative person like Choi Choi-hee, said First Vice Minister Choi Choi or Bolton', ['Choi Choi-hee', 'Choi Choi']],
    // a doubled name with no hyphenated form in the text, a hyphenated name with another syllable
    ['Abdullah Abdullah met Jing Jing and Choi Sun-hee.', []],
    // a text holding a surrogate is searched by the pattern; a word said again after a word ending in it is no doubled name
    ['𝐀 Choi Choi-hee, said Minister Choi Choi', ['Choi Choi-hee', 'Choi Choi']],
    ['Kachoi Choi-hee and aChoi Choi-hee met.', []],
  ];
  for (const [text, expected] of cases) {
    const found = doubledSurnames.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
