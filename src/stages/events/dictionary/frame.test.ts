import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameAsciiLetters } from './frame.ts';

test('sameAsciiLetters: the same word but for the case of ASCII letters; unsure (false) elsewhere', () => {
  const cases: [string, string, boolean][] = [
    ['Attack', 'attack', true],
    ['US', 'us', true],
    ['re-arrest', 'RE-ARREST', true],
    ['', '', true],
    ['attacked', 'attack', false],
    ['talks', 'talk', false],
    ['@', '`', false],
    ['[', '{', false],
    ['Élan', 'élan', false],
  ];
  for (const [a, b, want] of cases) assert.equal(sameAsciiLetters(a, b), want, `${a} / ${b}`);
});
