import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed } from '../../pipeline/presets.ts';
import { governingTense, type Tense } from './tense.ts';
import { syntaxOf } from '../../model/index.ts';

const pipeline = buildPipeline(stagesNamed('segment', 'syntax'));

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
    const syntax = syntaxOf(pipeline.analyzeWorking({ text }));
    const start = text.indexOf(timex);
    assert.equal(governingTense(syntax, syntax.sentences[0]!, start, start + timex.length), tense);
  });
}
