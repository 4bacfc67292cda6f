import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { paragraphDoc } from './test-doc.ts';
import { straddledAdverbs } from './straddled-adverb.ts';

const lex = loadTranslationLexicons();

/** A document from tagged words ("also/ADV will/AUX"), one space between words and none before punctuation. */
function tagged(words: string): { text: string; doc: ReturnType<typeof paragraphDoc> } {
  const pieces = words.split(' ').map((w) => w.split('/') as [string, string]);
  let text = '';
  const spans = pieces.map(([word, pos]) => {
    if (text && pos !== 'PUNCT') text += ' ';
    const start = text.length;
    text += word;
    return { start, end: text.length, text: word, sentence: 0, pos, lemma: word.toLowerCase() };
  });
  const doc = paragraphDoc(text);
  doc.tokens.push(...spans);
  return { text, doc };
}

test('straddled-adverb: an adverb on both sides of an auxiliary, and nothing in plain English', () => {
  const cases: [string, string[]][] = [
    ['but/CCONJ also/ADV will/AUX also/ADV address/VERB the/DET situation/NOUN ./PUNCT', ['also will also']],
    ['He/PRON still/ADV is/AUX still/ADV waiting/VERB ./PUNCT', ['still is still']],
    ['They/PRON Already/ADV have/AUX already/ADV been/AUX told/VERB', ['Already have already']],
    // the adverb once, before or after the auxiliary; a copula said twice; other adverbs; a comma between
    ['but/CCONJ also/ADV will/AUX address/VERB it/PRON and/CCONJ will/AUX also/ADV meet/VERB', []],
    ['Enough/ADV is/AUX enough/ADV ./PUNCT', []],
    ['he/PRON now/ADV is/AUX now/ADV here/ADV', []],
    ['she/PRON also/ADV will/AUX surely/ADV go/VERB', []],
    ['also/ADV ,/PUNCT will/AUX also/ADV go/VERB', []],
    ['the/DET first/ADJ thing/NOUN I/PRON would/AUX do/VERB would/AUX be/AUX to/PART resign/VERB', []],
  ];
  for (const [words, expected] of cases) {
    const { text, doc } = tagged(words);
    const found = straddledAdverbs.check(doc, lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
