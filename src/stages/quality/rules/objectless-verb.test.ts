import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { objectlessVerbs } from './objectless-verb.ts';

const lex = loadTranslationLexicons();

test('objectless-verb: flags an active sentence ending on a verb that needs an object, and nothing in plain English copy', () => {
  const cases: [string, string[]][] = [
    ['“The incitement carried out this action.” The foreign minister of Iran expressed.', ['expressed']],
    ['added: “His country welcomes this process.” Irish minister of foreign affairs expressed. He left.', ['expressed']],
    ['The spokesman highlighted. The talks go on.', ['highlighted']],
    // passive, a clause with "as", the verb with its object, another verb
    ['Concern was expressed. The plan, as described. The risks were highlighted!', []],
    // an adverb between the auxiliary and the participle keeps it passive; after a subject it does not
    ['The results of the visit were also underlined. Concern was clearly expressed.', []],
    ['The minister also underlined.', ['underlined']],
    ['The minister expressed concern. He described the talks as frank.', []],
    ['“We will win,” the minister said.', []],
    // "told" with no hearer, the reporting verb left last; passive, or with its hearer, English
    ['after recording the positions of the documents describing each other told. He left.', ['told']],
    ['He was told. As he told reporters, the talks went on; the minister told them.', []],
  ];
  for (const [text, expected] of cases) {
    const found = objectlessVerbs.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
