import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePattern } from '../../lexicons/events/petrarch-dictionary.ts';
import { namesObject, refusedAcceptance } from './dictionary-triggers.ts';

test('a dictionary pattern names an object by a word after the verb or a literal subject word, not by particles, prepositions or a subject set', () => {
  const cases: [string, boolean][] = [
    ['1 [175] * {TEAR GAS}', true],
    ['1 [016] * ACCUSATION', true],
    ['1 [0241] * (FOR RESIGNATION)', true],
    ['1 [194] * (WITH &WEAPON)', true],
    ['1 [190] * AT', false],
    ['1 [020] * (ON)', false],
    ['1 [195] &AIRCRAFT *', false],
    ['1 [017] MOURNERS *', true],
    ['1 [046:046] TALKS *', true],
    ['1 [042] $ *', false],
    ['1 [043:042] * (TO) +', false],
  ];
  for (const [line, want] of cases) assert.equal(namesObject(parsePattern(line)), want, line);
  assert.equal(namesObject(null), false, 'the bare verb');
});

test('a negated acceptance is a rejection (120); an asserted one, or another negated verb, is not', () => {
  const cases: [boolean, string, string | null][] = [
    [true, 'accept', '120'],
    [false, 'accept', null],
    [true, 'reject', null],
    [true, 'attend', null],
  ];
  for (const [negated, lemma, want] of cases) assert.equal(refusedAcceptance({ negated }, lemma), want, `${negated ? 'not ' : ''}${lemma}`);
});
