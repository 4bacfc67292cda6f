import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detokenize, detokenizeSentences } from './detokenize.ts';

const split = (s: string) => s.split(' ');

test('detokenize joins words and attaches punctuation and clitics', () => {
  const cases: [string, string][] = [
    ['He said , " We are ready . "', 'He said, "We are ready."'],
    ['" If these are not good qualities , " he reasoned , " it is folly . "', '"If these are not good qualities," he reasoned, "it is folly."'],
    ["Iran 's leader does n't agree ( yet ) .", "Iran's leader doesn't agree (yet)."],
    ["Williams ' conviction costs $ 5 , or 3 % .", "Williams' conviction costs $5, or 3%."],
    ['Stanley " Tookie " Williams', 'Stanley "Tookie" Williams'],
    ['`` Quoted , \'\' he said', '"Quoted," he said'],
  ];
  for (const [tokens, expected] of cases) assert.equal(detokenize(split(tokens)), expected);
});

test('detokenizeSentences gives offsets that slice back to each token', () => {
  const sentences = [split('" First part .'), split('Second part , " she said .'), split('Next .')];
  const out = detokenizeSentences(sentences, { separator: '\n', keepOpenQuotesTogether: true });
  assert.equal(out.text, '"First part. Second part," she said.\nNext.');
  for (const [i, tokens] of sentences.entries()) {
    for (const [j, token] of tokens.entries()) {
      const span = out.tokens[i]![j]!;
      assert.equal(out.text.slice(span.start, span.end), token);
    }
  }
  assert.equal(out.text.slice(out.sentences[2]!.start, out.sentences[2]!.end), 'Next.');
});

test('detokenizeSentences without keepOpenQuotesTogether breaks every sentence', () => {
  const out = detokenizeSentences([split('" A .'), split('B . "')], { separator: '\n' });
  assert.equal(out.text, '"A.\nB."');
});

test('detokenize of nothing is empty', () => {
  assert.equal(detokenize([]), '');
  assert.equal(detokenizeSentences([]).text, '');
});
