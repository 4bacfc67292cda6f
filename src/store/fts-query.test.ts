import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fts5Query, tsQuery, tsVector } from './fts-query.ts';

describe('full-text query language', () => {
  const cases: [string, string, string, string][] = [
    ['words are AND-ed', 'never sanctions', '"never" "sanctions"', `'never' & 'sanctions'`],
    ['a phrase', '"accept sanctions"', '"accept sanctions"', `('accept' <-> 'sanctions')`],
    ['a prefix', 'sanct*', '"sanct" *', `'sanct':*`],
    ['a phrase ending in a prefix', '"accept sanc*"', '"accept sanc" *', `('accept' <-> 'sanc':*)`],
    ['OR', 'tariffs OR sanctions', '"tariffs" OR "sanctions"', `'tariffs' | 'sanctions'`],
    ['NOT after a term', 'sanctions NOT never', '"sanctions" NOT "never"', `'sanctions' & !'never'`],
    ['AND is implied anyway', 'a AND b', '"a" "b"', `'a' & 'b'`],
    ['case and diacritics folded', 'Café ÉLAN', '"cafe" "elan"', `'cafe' & 'elan'`],
    ['punctuation splits words', 'U.S.-led', '"u s led"', `('u' <-> 's' <-> 'led')`],
    ['quotes and operators of the engines are no syntax', `it's a:* (b) | !c NEAR`, '"it s" "a" "b" "c" "near"', `('it' <-> 's') & 'a' & 'b' & 'c' & 'near'`],
    ['a dangling OR goes', 'OR tariffs OR', '"tariffs"', `'tariffs'`],
    ['lower-case or is a word', 'tariffs or sanctions', '"tariffs" "or" "sanctions"', `'tariffs' & 'or' & 'sanctions'`],
  ];
  for (const [name, q, fts5, ts] of cases) {
    it(name, () => {
      assert.equal(fts5Query(q), fts5);
      assert.equal(tsQuery(q), ts);
    });
  }

  it('rejects a query with no words, and NOT with nothing before it', () => {
    for (const q of ['', '!!', '"" OR', 'NOT']) assert.throws(() => tsQuery(q), /no words/, q);
    for (const q of ['NOT sanctions', 'a OR NOT b']) assert.throws(() => fts5Query(q), /NOT needs a term/, q);
  });

  it('indexes a text as its folded words with their positions', () => {
    assert.equal(tsVector('The U.S. and the EU'), `'the':1,5 'u':2 's':3 'and':4 'eu':6`);
    assert.equal(tsVector('!!'), '');
  });
});
