import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoRows } from './cameo-rows.ts';
import { rulesPipeline } from './rules-pipeline.ts';

const pipeline = rulesPipeline();
const rows = (text: string) => [...new Set(pipeline.analyze({ text, published: '2007-01-10' }).events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();

test('dropReportedAssessments: another country\'s ongoing conduct, as a speaker describes it, is a statement', async (t) => {
  const cases: [string, string[]][] = [
    ['U.S. Secretary of State Condoleezza Rice said Venezuelan President Hugo Chavez is seeking closer ties with Iran.', []],
    ['U.S. Secretary of State Condoleezza Rice said Venezuelan President Hugo Chavez is investing money in Bolivia.', []],
    // a prediction of another country's conduct is the speaker's assessment too
    ['U.S. Secretary of State Condoleezza Rice said Venezuelan President Hugo Chavez is expected to seek closer ties with Iran.', []],
    // negatives: a deed done is reported, the speaker's own side is its act, the writer's own present progressive stands
    ['U.S. Secretary of State Condoleezza Rice said Venezuelan President Hugo Chavez has signed an agreement with Iran.', ['IRN>VENGOV:057', 'VENGOV>IRN:057']],
    ['Venezuelan officials said Venezuela is seeking closer ties with Iran.', ['VEN>IRN:050']],
    ['Venezuelan President Hugo Chavez is seeking closer ties with Iran.', ['VENGOV>IRN:050']],
    // the writer's own prediction stands, as does the speaker's of its own side
    ['Venezuelan President Hugo Chavez is expected to seek closer ties with Iran.', ['VENGOV>IRN:050']],
    ['Venezuelan officials said Venezuela is expected to seek closer ties with Iran.', ['VEN>IRN:050']],
    // a prediction dated in its clause is a schedule the speaker reports
    ['U.S. officials said Venezuelan President Hugo Chavez is expected to meet Iranian officials in Caracas on Friday.', ['IRNGOV>VENGOV:040', 'VENGOV>IRNGOV:040']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), want));
});
