import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { sourceOrderAttributions } from './source-order-attribution.ts';

const lex = loadTranslationLexicons();

/** The text's paragraphs, and each listed name as a PERSON mention wherever it stands. */
function docWith(text: string, people: string[] = []) {
  const doc = paragraphDoc(text);
  for (const name of people) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      doc.mentions.push({ id: `m${at}`, start: at, end: at + name.length, text: name, type: 'PERSON', entity: null, source: 'tagger', nominal: false });
    }
  }
  return doc;
}

test('source-order-attribution: flags a verb of saying left after a quotation closed by its stop', () => {
  const cases: [string, string[]][] = [
    ['Çelik said, “This irresponsibility is unacceptable.” said. “Turkey is a safe country.”', ['said.']],
    ['Cavusoglu, "This work will turn into a road map." said.', ['said.']],
    // no subject after a comma inside the marks either; a pronoun after one is English
    ['Cavusoglu, "We will not allow it," said. He left.', ['said.']],
    ['"We will not allow it," he said. "Never," she added.', []],
    // a pronoun and the verb repeat an attribution English made before the marks
    ['Soylu said: “A psychological war is being waged against Turkey.” he responded.', ['he responded.']],
    // English: a comma closes a quotation a verb follows; a stop closes one that nothing follows
    ['“We will go on,” he said. “It is hard.” He left.', []],
    ['"The talks were good." The minister left.', []],
    // a pronoun and a verb after the stop, the quotation not attributed before: a punctuation slip, not the source's order
    ['"It is poison and it has to stop." he said.', []],
    // a word after the stop that is no verb of saying
    ['He called it “a disgrace.” finally.', []],
    // a transcript's "he said." on the line after the quoted paragraph
    ['Dole said: "It has to stop in America."\nhe said.', []],
  ];
  for (const [text, expected] of cases) {
    const found = sourceOrderAttributions.check(docWith(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('source-order-attribution: flags a sentence opening on the speaker, a comma and the quotation, with no verb', () => {
  const cases: [string, string[], string[]][] = [
    ['The talks ended. Cavusoglu, "Yesterday\'s agreement is a good start." He left.', ['Cavusoglu'], ['Cavusoglu,']],
    ['Mevlut Cavusoglu, “We will not allow it.”', ['Mevlut Cavusoglu'], ['Mevlut Cavusoglu,']],
    // a word that is no person's name: an adverb, a title addressed inside the quotation
    ['Nevertheless, "A treatment is years away," the doctor said.', [], []],
    ['It is too late, Mr. President, "Dole told a crowd.', ['Dole'], []],
    // the verb is there; the comma and mark inside a sentence; a quotation starting lower-case
    ['Cavusoglu said, "We will go on."', ['Cavusoglu'], []],
    ['He met Cavusoglu, "the architect of the deal," on Monday.', ['Cavusoglu'], []],
  ];
  for (const [text, people, expected] of cases) {
    const found = sourceOrderAttributions.check(docWith(text, people), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
