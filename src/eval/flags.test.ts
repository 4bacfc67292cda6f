import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '../model/index.ts';
import { auc, finds, flagsOf, scoreFlags } from './flags.ts';

const msg = (rule: string, start: number | null, end: number | null): Message => ({ level: 'warning', rule, stage: 'quality', text: '', start, end });

test('flags: a flag finds an artifact it overlaps whose kind its rule names', () => {
  const artifact = { start: 10, end: 20, text: 'x', kind: 'run-together' };
  const cases: [Message, boolean][] = [
    [msg('run-together', 12, 14), true],
    [msg('run-together', 20, 25), false],
    [msg('truncated', 0, 30), false],
  ];
  for (const [m, expected] of cases) assert.equal(finds(m, artifact), expected, JSON.stringify(m));
});

test('flags: document-level messages and rules that flag no artifact kind are not flags', () => {
  assert.deepEqual(flagsOf([msg('run-together', 1, 2), msg('run-together', null, null), msg('no-publication-date', 1, 2)]).length, 1);
});

test('flags: AUC counts translated stories scored above native ones, ties half', () => {
  const cases: [number[], number[], number][] = [[[0.9, 0.8], [0.1, 0.2], 1], [[0.1], [0.9], 0], [[0.5], [0.5], 0.5], [[], [0.1], 0]];
  for (const [p, n, expected] of cases) assert.equal(auc(p, n), expected);
});

test('flags: precision, recall and false flags on native stories', () => {
  const story = (id: string, group: 'translated' | 'native', artifacts: { start: number; end: number; text: string; kind: string }[]) => ({ id, group, published: null, text: 'x'.repeat(40), artifacts });
  const report = scoreFlags([
    { story: story('mt-a', 'translated', [{ start: 0, end: 5, text: 'xxxxx', kind: 'run-together' }, { start: 10, end: 12, text: 'xx', kind: 'repeated-word' }]), flags: [msg('run-together', 1, 3)], score: 0.9 },
    { story: story('en-b', 'native', []), flags: [msg('truncated', 0, 40)], score: 0.3 },
  ], ['truncated-paragraph']);
  assert.deepEqual([report.figures.precision, report.figures.recall, report.figures.native_false_flags, report.figures.score_auc], [50, 50, 1, 100]);
});

test('flags: a frozen half lists no false flag or missed artifact, only how many', () => {
  const story = { id: 'mt-a', group: 'translated' as const, published: null, text: 'x'.repeat(40), artifacts: [{ start: 0, end: 5, text: 'xxxxx', kind: 'run-together' }] };
  const results = [{ story, flags: [msg('truncated', 30, 40)], score: 0.9 }];
  const cases: [boolean, RegExp, boolean][] = [
    [true, /missed run-together in mt-a/, true],
    [false, /missed run-together in mt-a/, false],
    [false, /^errors: 2, not listed/, true],
  ];
  for (const [listErrors, line, present] of cases) {
    const notes = scoreFlags(results, [], listErrors).notes ?? [];
    assert.equal(notes.some((n) => line.test(n)), present, `${listErrors} ${line}`);
  }
});
