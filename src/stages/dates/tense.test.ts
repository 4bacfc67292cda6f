import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed } from '../../pipeline/presets.ts';
import { directionCue, governingTense, type Tense } from './tense.ts';
import { syntaxOf } from '../../model/index.ts';

const pipeline = buildPipeline(stagesNamed('segment', 'syntax'));

const CASES: [string, string, Tense][] = [
  ['The ministry said in July that it agreed.', 'July', 'past'],
  ['The treaty expires in February.', 'February', 'none'],
  ['The leaders will meet in March.', 'March', 'future'],
  ['They plan to meet in March.', 'March', 'future'],
  ['In July, the ministry announced a plan.', 'July', 'past'],
  ['July.', 'July', 'none'],
  // A bare participle clause takes the tense of the verb it hangs on; a capitalised name the tagger took for a verb is passed over.
  ['The stock fluctuated sharply, rising to a high in November.', 'November', 'past'],
  ['Flights will leave on Monday, the third departing each Thursday from August 6.', 'August', 'future'],
  ['In January, a week after the Roe vs. Wade decision, a bomb killed a guard.', 'January', 'past'],
  ['Speaking on Friday, he said talks will resume.', 'Friday', 'past'],
  // Not passed over: an -ing form after "be", or before a noun (an adjective), or with no finite verb before it.
  ['Prices were rising in November.', 'November', 'past'],
  ['The bank has extended revolving loans through January.', 'January', 'none'],
  ['Rising prices in December hurt sales.', 'December', 'none'],
];

for (const [text, timex, tense] of CASES) {
  test(`tense: "${timex}" in ${JSON.stringify(text)} is ${tense}`, () => {
    const syntax = syntaxOf(pipeline.analyzeWorking({ text }));
    const start = text.indexOf(timex);
    assert.equal(governingTense(syntax, syntax.sentences[0]!, start, start + timex.length), tense);
  });
}

const CUES: [string, string | null][] = [
  ['prices have risen since ', 'since'],
  ['It has been there ever since ', 'since'],
  ['a new office, effective ', 'effective'],
  ['The rule is effective as of ', 'effective'],
  ['the cut, effective from ', 'effective'],
  // Negative cases: the word must end the text just before the timex.
  ['Since then, prices rose in ', null],
  ['It became effective in part on ', null],
  ['The talks, held on ', null],
  ['', null],
];

for (const [before, name] of CUES) {
  test(`tense: ${JSON.stringify(before)} before a timex is ${name ?? 'no'} direction cue`, () => {
    assert.equal(directionCue(before)?.name ?? null, name);
  });
}
