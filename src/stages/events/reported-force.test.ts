import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPetrarchDictionary } from '../../lexicons/events/petrarch-dictionary.ts';
import { indexDictionary } from './dictionary/dictionary-index.ts';
import { forceReportBlocks } from './reported-force.ts';

test('the verbs that report force are the blocks of the transformations that make an accusation or a claim of it', () => {
  const blocks = forceReportBlocks(indexDictionary(loadPetrarchDictionary()));
  const cases: [string, boolean][] = [
    ['EXPLAIN_VERBAL', true],
    ['ALLEGE', true],
    // WANT's transformations make a threat or an appeal (138, 021), no report of a deed
    ['DEMAND', false],
    ['ATTEMPT', false],
  ];
  for (const [block, want] of cases) assert.equal(blocks.has(block), want, block);
});
