import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePattern } from '../../lexicons/events/petrarch-dictionary.ts';
import { namesObject } from './dictionary-triggers.ts';

test('a dictionary pattern names an object by a word after the verb, not by particles, prepositions or the subject', () => {
  const cases: [string, boolean][] = [
    ['1 [175] * {TEAR GAS}', true],
    ['1 [016] * ACCUSATION', true],
    ['1 [0241] * (FOR RESIGNATION)', true],
    ['1 [194] * (WITH &WEAPON)', true],
    ['1 [190] * AT', false],
    ['1 [020] * (ON)', false],
    ['1 [195] &AIRCRAFT *', false],
    ['1 [043:042] * (TO) +', false],
  ];
  for (const [line, want] of cases) assert.equal(namesObject(parsePattern(line)), want, line);
  assert.equal(namesObject(null), false, 'the bare verb');
});
