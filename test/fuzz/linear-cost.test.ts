/**
 * Analysis costs about as much more as the text is longer: twice the text, at most about twice the work.
 * Work is CPU time inside this one process, compared as ratios of runs made back to back (median of
 * several), so a busy machine slows both lengths alike. The stages that carry a real share of the work
 * are held to a bound each, so a square hidden in one stage cannot pass under the total: before the fixes
 * this test goes with, the link stage took ×13 on the news text, corefer ×9 on the repetitive one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { costRatio, describeRatio, type CostRatio } from './cost.ts';
import { TEXT_KINDS } from './texts.ts';

const LENGTH = 100_000;
/** "About twice": room for the allocator, the cache and a noisy neighbour, none for a square (×4). */
const TOTAL_BOUND = 2.6;
const STAGE_BOUND = 3;
/** Stages below this share of the work are too short to time alone. */
const STAGE_SHARE = 0.1;

function overBound(r: CostRatio): string[] {
  const stages = Object.keys(r.ratio).filter((k) => k !== 'total' && r.long[k]! >= STAGE_SHARE * r.long.total!);
  return [
    ...(r.ratio.total! > TOTAL_BOUND ? [`total ×${r.ratio.total!.toFixed(2)}`] : []),
    ...stages.filter((k) => r.ratio[k]! > STAGE_BOUND).map((k) => `${k} ×${r.ratio[k]!.toFixed(2)}`),
  ];
}

describe('analysis cost is linear in the text', { timeout: 600_000 }, () => {
  for (const kind of TEXT_KINDS) {
    it(`${kind} text: ${(2 * LENGTH) / 1000} KB costs at most ×${TOTAL_BOUND} of ${LENGTH / 1000} KB (×${STAGE_BOUND} per stage)`, () => {
      let measured = costRatio(kind, LENGTH, 3);
      // A spike of load on one side is not a property of the code: a second, longer look decides.
      if (overBound(measured).length > 0) measured = costRatio(kind, LENGTH, 5);
      assert.deepEqual(overBound(measured), [], describeRatio(measured));
    });
  }
});
