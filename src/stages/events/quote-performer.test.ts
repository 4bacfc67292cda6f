import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesThrough } from '../../pipeline/presets.ts';
import { cameoRows } from './cameo-rows.ts';

const pipeline = buildPipeline(stagesThrough('events'));
const rows = (text: string) => [...new Set(pipeline.analyze({ text, published: '2022-01-24' }).events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();

test('quotePerformer: a body\'s quoted statement that does what it says in the third person is the speaker\'s act', async (t) => {
  const cases: [string, string[]][] = [
    ['“He strongly condemns the attempted coup d’etat against the democratically elected president,” the AU said in a statement.', ['IGOAFRAFU>---:111']],
    ['"It urges Russia to withdraw its troops," the foreign ministry said in a statement.', ['---GOV>RUS:0256']],
    // negatives: a past act is told, not performed; a country speaking has a "he" that is someone else
    ['"He condemned the attack," the minister said.', []],
    ['"He calls on his supporters to riot," Israel said.', []],
    // "We" is the speaker already (quotedFirstPerson), unchanged
    ['"We condemn the attack," the AU said.', ['IGOAFRAFU>---:111']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), want));
});
