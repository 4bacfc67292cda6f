import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Word } from '../../../model/index.ts';
import { checkRule, coded } from './check-rule.ts';
import { relativeVerb } from './frame-reading.ts';

// The frame reading shows as the frame's own pattern in the reason ("promise|pledge|vow|…" → 030, intent frame).
checkRule('frame-reading', /→ 030; intent frame over/, [
  ['British Defence Secretary Tom King has promised to continue military aid to war-torn Mozambique.', '0332'],
], [
  'Yugoslavia and Slovenia agreed on Monday.',
  'Britain sent military aid to Mozambique.',
]);

test('relativeVerb: a verb right after who/which/whom is the relative clause\'s own; other verbs are not', () => {
  const toks = (text: string) => text.split(' ').map((w) => ({ lower: w.toLowerCase() }) as Word);
  const cases: [string, number, boolean][] = [
    ['rewards to anyone who provides information', 4, true],
    ['aid to towns which need it', 4, true],
    ['promised to provide information', 3, false],
    ['urged Syria to allow travel', 4, false],
  ];
  for (const [text, k, want] of cases) assert.equal(relativeVerb(toks(text), k), want, text);
});

test('a frame verb does not govern a relative clause\'s verb: OFFER * &CURRENCY (FOR &INFORMATION) is 0214, not 0314', () => {
  const codes = (text: string) => coded(text).map((e) => e.code);
  assert.ok(codes('Chinese authorities are offering generous rewards to anyone who provides information on the attacks.').includes('0214'));
  assert.ok(!codes('Chinese authorities are offering generous rewards to anyone who provides information on the attacks.').includes('0314'));
  // The frame still governs its own complement.
  assert.ok(codes('British Defence Secretary Tom King has promised to continue military aid to war-torn Mozambique.').includes('0332'));
  // An offer of aid, no reward, stays an offer of aid.
  assert.ok(!codes('Japan offered food aid to North Korea.').includes('0214'));
});
