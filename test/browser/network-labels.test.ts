// Label placement of the network (web/src/network-labels.ts): plain functions, tested without a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discOf, overlaps, placeLabels, type LabelCandidate } from '../../web/src/network-labels.ts';

const node = (id: string, x: number, y: number, priority: number, width = 60): LabelCandidate => ({ id, x, y, r: 5, width, height: 16, priority });

/** 200 nodes scattered by a fixed linear congruential sequence, so the test is the same every run. */
function scatter(n: number, width: number, height: number): LabelCandidate[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => node(`n${i}`, 10 + next() * (width - 20), 10 + next() * (height - 20), Math.floor(next() * 100), 40 + Math.floor(next() * 80)));
}

describe('placeLabels', () => {
  it('puts a label right of its node, or left when the right is taken', () => {
    const boxes = placeLabels([node('a', 100, 50, 2), node('b', 170, 50, 1)], 400, 100);
    assert.deepEqual(boxes.map((b) => [b.id, b.left]), [['a', 108], ['b', 178]]);
    const crowded = placeLabels([node('a', 100, 50, 2), node('b', 110, 50, 1, 30)], 400, 100);
    assert.deepEqual(crowded.map((b) => b.id), ['a'], 'b has no room on either side');
  });
  it('skips a label that would leave the frame', () => {
    assert.deepEqual(placeLabels([node('edge', 395, 50, 1, 60), node('top', 100, 2, 1)], 400, 100).map((b) => [b.id, b.left]), [['edge', 327]]);
  });
  it('does not cover a node as important as its own, and may cover a smaller one', () => {
    const big = node('big', 100, 50, 10);
    const small = node('small', 140, 50, 1);
    assert.deepEqual(placeLabels([big, small], 400, 100).map((b) => [b.id, b.left]), [['big', 108]], 'over the small node; none left for it');
    const left = node('left', 100, 50, 1);
    const bigger = node('bigger', 140, 50, 10);
    const discs = [left, bigger].map(discOf);
    assert.equal(placeLabels([left], 400, 100, Infinity, discs)[0]!.left, 100 - 5 - 3 - 60, 'to the left, off the bigger node');
    const twin = node('twin', 140, 50, 10);
    assert.equal(placeLabels([node('big', 100, 50, 10)], 400, 100, Infinity, [big, twin].map(discOf))[0]!.left, 32, 'nor over its equal');
  });
  it('at 200 nodes: no two labels overlap, the most important node is labelled, at most `max` labels', () => {
    const nodes = scatter(200, 900, 560);
    const boxes = placeLabels(nodes, 900, 560, 40);
    assert.ok(boxes.length > 15 && boxes.length <= 40, `${boxes.length} labels`);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) assert.ok(!overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.id} and ${boxes[j]!.id}`);
    const top = [...nodes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id))[0]!;
    assert.equal(boxes[0]!.id, top.id);
  });
});
