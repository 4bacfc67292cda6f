import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Word } from '../../model/index.ts';
import { codeUnder, inGroup, overlapsGroup, wordAt, type ActorGroup } from './sentence.ts';

const group = (first: number, last: number): ActorGroup => ({ first, last, members: [], governor: null, modifier: false });
// "Russia and China | met | the EU": groups at 0–2 and 4–5.
const groups = [group(0, 2), group(4, 5)];

test('inGroup: a token inside one of the groups, ends included', () => {
  const cases: [number, boolean][] = [
    [0, true],
    [2, true],
    [5, true],
    // negative: between the groups, past the last, and no groups at all
    [3, false],
    [6, false],
  ];
  for (const [k, want] of cases) assert.equal(inGroup(groups, k), want, `token ${k}`);
  assert.equal(inGroup([], 0), false, 'no groups');
});

test('overlapsGroup: a span that shares a token with one of the groups', () => {
  const cases: [number, number, boolean][] = [
    [2, 3, true],
    [3, 4, true],
    [1, 1, true],
    [3, 7, true],
    // negative: the gap between the groups, and after them
    [3, 3, false],
    [6, 8, false],
  ];
  for (const [first, last, want] of cases) assert.equal(overlapsGroup(groups, first, last), want, `${first}..${last}`);
});

test('codeUnder: a CAMEO code under one of the listed codes or roots', () => {
  const cases: [string, string[], boolean][] = [
    ['1411', ['14'], true],
    ['087', ['081', '087'], true],
    ['14', ['14'], true],
    // negative: another root, a longer code than the one tested, no list
    ['1411', ['15', '19'], false],
    ['14', ['141'], false],
    ['1411', [], false],
  ];
  for (const [code, roots, want] of cases) assert.equal(codeUnder(code, roots), want, `${code} under ${roots.join(',')}`);
});

test('wordAt: the word starting at a document offset, else -1', () => {
  const toks = [{ start: 10 }, { start: 17 }, { start: 21 }] as Word[];
  const cases: [number, number][] = [
    [10, 0],
    [21, 2],
    // negative: inside a word, before the first
    [18, -1],
    [0, -1],
  ];
  for (const [start, want] of cases) assert.equal(wordAt(toks, start), want, `offset ${start}`);
});
