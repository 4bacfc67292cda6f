import assert from 'node:assert/strict';
import { test } from 'node:test';
import { remembered } from './remembered.ts';

test('remembered: a repeated argument is answered without calling again; the cache is cleared when full', () => {
  const calls: string[] = [];
  const upper = remembered((s: string) => (calls.push(s), s.toUpperCase()), 2);
  assert.deepEqual(['a', 'a', 'b', 'a'].map(upper), ['A', 'A', 'B', 'A']);
  assert.deepEqual(calls, ['a', 'b']);
  upper('c'); // full: cleared, then c kept
  upper('a');
  assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
});
