import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/segment.ts';
import { governingTense, tenseWords, type Tense } from './tense.ts';
import { loadDateWords } from '../../lexicons/dates/words.ts';

const pipeline = buildPipeline([segment]);
const words = tenseWords(loadDateWords());

const CASES: [string, string, Tense][] = [
  ['The ministry said in July that it agreed.', 'July', 'past'],
  ['The treaty expires in February.', 'February', 'none'],
  ['The leaders will meet in March.', 'March', 'future'],
  ['They plan to meet in March.', 'March', 'future'],
  ['In July, the ministry announced a plan.', 'July', 'past'],
  ['July.', 'July', 'none'],
];

for (const [text, timex, tense] of CASES) {
  test(`tense: "${timex}" in ${JSON.stringify(text)} is ${tense}`, () => {
    const doc = pipeline.analyze({ text });
    const start = text.indexOf(timex);
    assert.equal(governingTense(doc.tokens, start, start + timex.length, words), tense);
  });
}
