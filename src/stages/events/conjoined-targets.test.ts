import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoRows } from './cameo-rows.ts';
import { rulesPipeline } from './rules-pipeline.ts';

const pipeline = rulesPipeline();

/** The CAMEO rows of a text, exact actor codes: `SRC>TGT:code`, sorted. */
function rows(text: string): string[] {
  const doc = pipeline.analyze({ text, published: '2025-06-10' });
  return [...new Set(doc.events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
}

test('conjoinedTargets: a target phrase joined by "and" + a target preposition names a second target of the act', async (t) => {
  const cases: [string, string[]][] = [
    ['The European Union imposed sanctions on Russian banks and on Belarusian officials.', ['IGOEUREEC>BLRGOV:163', 'IGOEUREEC>RUS:163']],
    // across a relative clause on the first phrase's noun, with no actor in the first phrase
    ['The US imposed sanctions on Thursday against a network that smuggles Iranian oil disguised as Iraqi oil, and on a Hezbollah-controlled financial institution, the Treasury Department said.', ['USA>---:163', 'USA>LBNREB:163']],
    ['Japan sent aid to Haiti and to Cuba.', ['JPN>CUB:070', 'JPN>HTI:070']],
    // negative: "and" without a preposition joins the first phrase's own nouns (the group does that), and a clause stop ends the search
    ['Japan sent aid to Haiti and Cuba.', ['JPN>CUB:070', 'JPN>HTI:070']],
    ['Japan sent aid to Haiti, but China sent troops and with them engineers.', ['CHN>---MIL:154', 'JPN>HTI:070']],
    // negative: the joined phrase opens a clause of its own
    ['Japan sent aid to Haiti and with China signed a pact on trade.', ['JPN>HTI:070']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), [...want].sort()));
});

test('conjoinedPhrase: the target\'s noun phrase joined by "and" to a noun phrase with an actor of its own names a second target', async (t) => {
  const cases: [string, string[]][] = [
    ['Iran condemned the statements made by the EU foreign policy chief and the foreign ministers of Canada and Australia.', ['IRN>AUSGOV:111', 'IRN>CANGOV:111', 'IRN>IGOEUREEC:111']],
    ['Japan criticized the Chinese coast guard vessels and the Russian navy.', ['JPN>CHNMIL:111', 'JPN>RUSMIL:111']],
    // negatives: the second phrase opens a clause of its own; its actor stands after a preposition (the victims of
    // the act condemned); a verb joined by "and" is an act of its own
    ['Iran condemned the Israeli military operation and the Egyptian foreign minister said nothing.', ['IRN>ISR:111']],
    ['Iran condemned the Israeli military operation and the killing of Palestinian civilians.', ['IRN>ISR:111']],
    ['Iran condemned the Israeli military operation and called on Egypt to act.', ['IRN>EGY:020', 'IRN>ISR:111']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), [...want].sort()));
});
