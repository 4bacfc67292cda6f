import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesThrough } from '../../pipeline/presets.ts';
import { eventsStage } from './events.ts';
import { rulesPipeline } from './rules-pipeline.ts';
import type { UncodedTrigger } from './code-events.ts';

// The learned filter off, as in the rule tables (rules-pipeline.ts): what a rule drops, not what the filter keeps.
let heard: UncodedTrigger[] = [];
const observed = buildPipeline([...stagesThrough('events').slice(0, -1), eventsStage((u) => heard.push(u), null)]);

/** Each dropped trigger of the text and the name of the rule or step that dropped it: "word:code by name". */
function drops(text: string): string[] {
  heard = [];
  observed.analyze({ text, published: '1995-06-01' });
  return heard.filter((u) => u.why === 'pruned').map((u) => `${text.slice(u.start, u.end)}:${u.code} by ${u.by}`);
}

/** [behaviour, text, what is heard dropped]: each drop names the one place that decided it. */
const CASES: [string, string, string[]][] = [
  ['a background trigger: its test', 'Ahmadinejad, who signed the deal, must know the risks.', ['signed:057 by background: relative clause']],
  ['a background trigger: a condition', 'The rebels will not end their strike unless their demands are met.', ['met:040 by background: a condition']],
  ['a step with rules of its own names the rule', 'Japan and India will prioritize cooperation in the defence field.', ['cooperation:060 by nominal beside verb: relation nominal']],
  ['a step: untargeted beside targeted', 'Police arrested protesters and seized weapons.', ['seized:1711 by untargeted beside targeted']],
  ['a step: same kind', 'Protesters attacked the U.S. Embassy in Sanaa and attacked the American consulate.', ['attacked:145 by same kind']],
  // an event a step puts another in place of is gone as built: heard, marked recoded
  ['a step that recodes an event', 'Officials say a Marine was killed in Ramadi by insurgents.', ['killed:190 by reported force (recoded)']],
  ['a step that retargets an event', 'The Lao ambassador promised all-out efforts to advance the Vietnam-Laos relationship.', ['promised:030 by own state in party list (recoded)']],
  // negative: what is coded, or coded as one event, is heard dropped by nothing
  ['an event coded', 'Rebels released the hostages and their weapons.', []],
  ['an adjunct coded with its verb', 'Protesters stormed the U.S. Embassy in Sanaa, burning the American flag.', []],
];

test('the stage names the rule or step that dropped each event it hears dropped', () => {
  for (const [name, text, expected] of CASES) assert.deepEqual(drops(text), expected, name);
});

test('hearing the drops changes no output', () => {
  for (const [name, text] of CASES) {
    const plain = rulesPipeline().analyze({ text, published: '1995-06-01' }).events;
    assert.deepEqual(observed.analyze({ text, published: '1995-06-01' }).events, plain, name);
  }
});
