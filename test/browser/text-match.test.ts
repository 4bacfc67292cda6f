// Marking search words, triggers and names in a sentence (web/src/text-match.ts), tested without a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { literalRanges, queryTerms, runs, termRanges } from '../../web/src/text-match.ts';

const marked = (text: string, ranges: ReturnType<typeof termRanges>) => runs(text, ranges).filter((r) => r.kind).map((r) => r.text);

describe('queryTerms', () => {
  const cases: [string, string[][]][] = [
    ['treaty', [['treaty']]],
    ['"New START" OR treaty', [['New', 'START'], ['treaty']]],
    ['U.S. sanctions', [['U', 'S'], ['sanctions']]],
    ['OR', []],
    ['!!', []],
  ];
  for (const [q, terms] of cases) it(JSON.stringify(q), () => assert.deepEqual(queryTerms(q), terms));
});

describe('termRanges', () => {
  it('marks whole words in any case, not parts of words', () => {
    const text = 'Sanctions and more sanctions; no sanctioning.';
    assert.deepEqual(marked(text, termRanges(text, queryTerms('sanctions'))), ['Sanctions', 'sanctions']);
  });
  it('marks a phrase across punctuation, as the index reads it', () => {
    const text = 'before the New START expires; the U.S. said';
    assert.deepEqual(marked(text, termRanges(text, queryTerms('"new start" u.s.'))), ['New START', 'U.S']);
  });
  it('marks nothing for no terms', () => assert.deepEqual(termRanges('text', []), []));
});

describe('literalRanges and runs', () => {
  it('marks a trigger and actor words as written, the first range given winning', () => {
    const text = 'Russia criticised the United States over tariffs.';
    const ranges = [...literalRanges(text, ['criticised'], 'trigger'), ...literalRanges(text, ['Russia', 'the United States', null], 'actor')];
    assert.deepEqual(runs(text, ranges).map((r) => [r.text, r.kind]), [
      ['Russia', 'actor'], [' ', null], ['criticised', 'trigger'], [' ', null], ['the United States', 'actor'], [' over tariffs.', null],
    ]);
  });
  it('does not mark "us" for the name US', () => {
    assert.deepEqual(marked('Let us see the US plan.', literalRanges('Let us see the US plan.', ['US'], 'match')), ['US']);
  });
});
