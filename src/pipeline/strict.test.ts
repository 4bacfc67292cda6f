import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPipeline } from './pipeline.ts';
import { defineStage } from './stage.ts';
import { DEFAULT_STAGES } from './presets.ts';
import { contractProblems, type StageTrace } from './strict.ts';
import { REPO_ROOT } from '../util/shared-data.ts';

const seed = readFileSync(path.join(REPO_ROOT, 'examples/seed-article.txt'), 'utf8');
// Texts that take every stage down its paths: the seed article, wire copy with datelines, quotes, pronouns,
// descriptions, events, dates and a quality problem.
const TEXTS: [string, string | null][] = [
  [seed, '2020-10-23'],
  ['CAIRO (AP) — Egypt’s foreign minister said on Sunday that talks with Israel, suspended since 12/02/1995, would resume.\n"We are ready," he said, adding that the ministry had sent envoys. The ministry said Cairo wants peace.', '1995-03-05'],
  ['MOSCOW (Reuters) - Soviet troops attacked rebels in Kabul last week, Afghan officials said. A spokeswoman, Anna Berg, of the Red Cross, said she was worried, according to the agency. European diplomats condemned the attack and', '1989-02-01'],
];

/** Run the default pipeline in strict mode over the texts; the traces of every stage run. */
function strictRun(stages = DEFAULT_STAGES): StageTrace[] {
  const traces: StageTrace[] = [];
  const pipeline = buildPipeline(stages, { strict: (t) => traces.push(t) });
  for (const [text, published] of TEXTS) pipeline.analyze({ text, published });
  return traces;
}

test('strict mode: every stage reads only what it needs or gives, and writes only what it gives', () => {
  assert.deepEqual(contractProblems(strictRun()), []);
});

test('strict mode: every field a stage declares it needs is read', () => {
  const traces = strictRun();
  for (const stage of DEFAULT_STAGES) {
    const read = new Set(traces.filter((t) => t.stage === stage.name).flatMap((t) => [...t.reads]));
    assert.deepEqual(stage.needs.filter((f) => !read.has(f)), [], `stage "${stage.name}" declares needs it never reads`);
  }
});

test('strict mode gives the same document as a normal run', () => {
  const normal = buildPipeline(DEFAULT_STAGES);
  const strict = buildPipeline(DEFAULT_STAGES, { strict: () => {} });
  for (const [text, published] of TEXTS) assert.deepEqual(strict.analyze({ text, published }), normal.analyze({ text, published }));
});

test('strict mode catches a stage that reads or writes outside its contract', () => {
  const sneaky = defineStage({
    name: 'sneaky',
    needs: ['tokens'],
    gives: [],
    run(doc) {
      void doc.mentions.length;
      void doc.entities[0]?.country;
      doc.timexes.push({ id: 't0', start: 0, end: 1, text: 'x', type: 'DATE', value: null, mod: null, anchor: { kind: 'none', timex: null }, stated: [], implied: [] });
    },
  });
  const stages = [...DEFAULT_STAGES.filter((s) => s.name !== 'quality'), sneaky];
  assert.deepEqual(contractProblems(strictRun(stages)).filter((p) => p.includes('sneaky')).slice(0, 2), [
    'stage "sneaky" read mentions, entities, entities.country, timexes, which it does not declare in needs',
    'stage "sneaky" wrote timexes, which it does not declare in gives',
  ]);
});
