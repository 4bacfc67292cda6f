import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './check-rule.ts';
import { sameActBack, targetAct } from './code-pair.ts';

test('targetAct: the pair of the same act when its two codes differ', () => {
  const cases: [{ code: string | null; reciprocal: string | null } | null, string, string | null][] = [
    [{ code: '042', reciprocal: '043' }, '042', '043'],
    [{ code: '043', reciprocal: '042' }, '043', '042'],
    // symmetric pairs are talks: bothWays (parties.ts) decides them
    [{ code: '046', reciprocal: '046' }, '046', null],
    // the event's code is not the reading's (re-coded as intent, a third-country meeting, …)
    [{ code: '042', reciprocal: '043' }, '044', null],
    [{ code: '042', reciprocal: null }, '042', null],
    [null, '042', null],
  ];
  for (const [reading, code, want] of cases) assert.equal(targetAct(reading, code), want, JSON.stringify({ reading, code }));
});

test('sameActBack: a symmetric pair of the same act', () => {
  const cases: [{ code: string | null; reciprocal: string | null } | null, string, boolean][] = [
    [{ code: '164', reciprocal: '164' }, '164', true],
    [{ code: '046', reciprocal: '046' }, '046', true],
    [{ code: '042', reciprocal: '043' }, '042', false],
    [{ code: '164', reciprocal: '164' }, '1622', false],
    [{ code: '164', reciprocal: null }, '164', false],
    [null, '164', false],
  ];
  for (const [reading, code, want] of cases) assert.equal(sameActBack(reading, code), want, JSON.stringify({ reading, code }));
});

checkRule('code-pair', /code pair \[042:043\]/, [
  ['The US Secretary of State is visiting South Korea this week.', '043'],
  ['The Guinean prime minister visited the Chinese embassy on Monday.', '043'],
], [
  'The Chinese foreign minister held talks with his Vietnamese counterpart.',
  'The president visited flooded areas of the province on Monday.',
  'Rebels attacked a convoy near the border.',
]);
