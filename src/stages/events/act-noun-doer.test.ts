import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoRows } from './cameo-rows.ts';
import { rulesPipeline } from './rules-pipeline.ts';

const pipeline = rulesPipeline();

/** The CAMEO rows of a text, exact actor codes: `SRC>TGT:code`, sorted. */
function rows(text: string): string[] {
  const doc = pipeline.analyze({ text, published: '2010-06-10' });
  return [...new Set(doc.events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
}

test('actNounDoer: a verb whose subject is a noun naming an act is done by the noun\'s by- or between-phrase', async (t) => {
  const cases: [string, string[]][] = [
    ['An attack by Taliban militants killed ten Afghan soldiers on Monday.', ['AFGREB>AFGMIL:190']],
    // a gerund that opens the clause names the act too; "between" parties act on each other
    ['Fighting between government forces and rebels killed dozens in Darfur.', ['---MIL>---REB:190', '---REB>---MIL:190']],
    // negative: the noun before "by" names no act, or an actor is the subject
    ['A convoy by Taliban militants killed ten Afghan soldiers.', []],
    ['The truck hired by Taliban militants killed ten Afghan soldiers.', []],
    ['Taliban militants killed ten Afghan soldiers.', ['AFGREB>AFGMIL:190']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), [...want].sort()));
});
