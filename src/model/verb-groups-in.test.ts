import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verbGroupsIn, type VerbGroup } from './syntax.ts';

const group = (first: number, last: number): VerbGroup => ({ first, last, lead: first, head: last, lemma: 'say', tense: 'past', negated: false, modal: null, passive: false, finite: true, subject: null, object: null });

test('verbGroupsIn: the groups lying in a word range, as a scan of all of them finds them', () => {
  // Two sentences, words 0–9 and 10–19.
  const groups = [group(1, 2), group(5, 5), group(8, 9), group(12, 13), group(18, 18)];
  const cases: [number, number, [number, number][]][] = [
    [0, 10, [[1, 2], [5, 5], [8, 9]]],
    [10, 20, [[12, 13], [18, 18]]],
    [3, 8, [[5, 5]]],
    [2, 6, [[1, 2], [5, 5]]],
    [14, 18, []],
    [20, 30, []],
    [0, 0, []],
  ];
  for (const [first, end, expected] of cases) {
    const scan = groups.filter((g) => g.last >= first && g.first < end).map((g): [number, number] => [g.first, g.last]);
    assert.deepEqual(scan, expected, `scan ${first}–${end}`);
    assert.deepEqual(verbGroupsIn(groups, first, end).map((g) => [g.first, g.last]), expected, `${first}–${end}`);
  }
  assert.deepEqual(verbGroupsIn([], 0, 10), []);
});
