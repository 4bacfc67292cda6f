import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNerCorpus } from './corpus.ts';
import { DocumentMemory, L } from './decode.ts';
import { isHeadline, viewDocument } from './features.ts';
import { EmissionScorer } from './scorer.ts';
import { featureResources, loadNerTagger } from './tagger.ts';
import { sharedDataFile, skipWithoutData } from '../../../util/shared-data.ts';

/** Float64 arrays equal bit for bit (not merely within rounding). */
function sameBits(a: Float64Array, b: Float64Array, what: string): void {
  assert.equal(a.length, b.length, what);
  assert.ok(Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), what);
}

const words = (s: string) => s.split(' ');
// Sentence starts and ends, headlines, words the cluster table and the gazetteer know and do not, a token
// that spells a boundary, lower-casing that changes a word's length, digits and punctuation.
const ODD = [
  words('MOSCOW RESPONDS TO NATO'),
  words('Officials in Moscow said NATO troops moved .'),
  words('<s> </s> İstanbul ǅemal U.S. 1996-08-22 , the'),
  words('Putin'),
  [],
  words('Vladimir Putin met Angela Merkel in Berlin on Tuesday , Reuters said .'),
  words('Putin and Merkel spoke again .'),
];

for (const [corpus, convention] of [['conll2003/dev.jsonl', 'conll'], ['gmb/dev.jsonl', 'gmb']] as const) {
  test(`the scorer's emission scores are the per-feature sums bit for bit (${corpus})`, { skip: skipWithoutData(corpus) }, () => {
    const tagger = loadNerTagger();
    for (const doc of readNerCorpus(sharedDataFile(corpus)!)) {
      const sentences = doc.sentences.map((s) => s.tokens);
      const fast = tagger.emissionScores(sentences, convention, false);
      const reference = tagger.emissionScores(sentences, convention, true);
      sentences.forEach((_, s) => sameBits(fast[s]!, reference[s]!, `${doc.id} sentence ${s}`));
    }
  });
}

test('the scorer gives the same scores on odd tokens, with a word cache that fills and empties', () => {
  const tagger = loadNerTagger();
  const fast = tagger.emissionScores(ODD, 'conll', false);
  tagger.emissionScores(ODD, 'conll', true).forEach((reference, s) => sameBits(fast[s]!, reference, `sentence ${s}`));
  // A cache of 12 words empties itself between sentences; a sentence longer than that is not scored.
  const scorer = new EmissionScorer(tagger.model.table('conll'), featureResources(tagger.model.header.groups), 12);
  for (const round of [1, 2]) {
    ODD.forEach((tokens, s) => {
      const out = new Float64Array(tokens.length * L);
      const scored = scorer.score(tokens, viewDocument([tokens]), new DocumentMemory(), isHeadline(tokens), undefined, out);
      assert.equal(scored, tokens.length <= 12, `round ${round} sentence ${s}`);
      if (scored) sameBits(out, tagger.emissionScores([tokens], 'conll', true)[0]!, `round ${round} sentence ${s}`);
    });
  }
});
