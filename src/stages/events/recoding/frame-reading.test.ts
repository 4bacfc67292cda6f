import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './check-rule.ts';
import { performs } from './frame-reading.ts';

// The frame reading shows as the frame's own pattern in the reason ("promise|pledge|vow|…" → 030, intent frame).
checkRule('frame-reading', /→ 030; intent frame over/, [
  ['British Defence Secretary Tom King has promised to continue military aid to war-torn Mozambique.', '0332'],
  ['Japan offered aid to North Korea.', '033'],
  ['Japan offered support to the new Iraqi government.', '032'],
], [
  'Yugoslavia and Slovenia agreed on Monday.',
  'Britain sent military aid to Mozambique.',
  // offering congratulations performs them (051): no promise of praise
  'The Indian prime minister offered congratulations to the new Sri Lankan president.',
]);

test('performs: a verbal act whose cue is the governed noun of the same code is performed; otherwise the frame reads it', () => {
  const quads: Record<string, number> = { '051': 1, '0332': 1, '070': 2, '127': 3 };
  const quadOf = (code: string) => quads[code];
  const m = (code: string, cueAt: number | null) => ({ pattern: { code, lemmas: ['offer'] }, cueAt });
  const noun = (code: string, first: number) => ({ pattern: { code, lemmas: ['x'] }, first });
  const cases: [ReturnType<typeof m>, ReturnType<typeof noun>, boolean][] = [
    [m('051', 2), noun('051', 2), true], // offered congratulations
    [m('070', 2), noun('070', 2), false], // offered aid: a material act stays an offer
    [m('0332', 2), noun('072', 3), false], // promised military aid: the pattern codes the promise
    [m('127', 3), noun('0871', 6), false], // rejected the proposal for a ceasefire: another noun
    [m('051', null), noun('051', 2), false], // no cue
  ];
  for (const [match, complement, want] of cases) assert.equal(performs(match, complement, quadOf), want, `${match.pattern.code} cue ${match.cueAt} / ${complement.pattern.code}`);
});
