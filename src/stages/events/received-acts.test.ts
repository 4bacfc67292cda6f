import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed } from '../../pipeline/presets.ts';
import { syntaxOf } from '../../model/index.ts';
import { cameoRows } from './cameo-rows.ts';
import { receivingVerb } from './received-acts.ts';
import { rulesPipeline } from './rules-pipeline.ts';

const pipeline = rulesPipeline();
const syntax = buildPipeline(stagesNamed('segment', 'syntax'));

/** The CAMEO rows of a text, exact actor codes: `SRC>TGT:code`, sorted. */
function rows(text: string): string[] {
  const doc = pipeline.analyze({ text, published: '2010-06-10' });
  return [...new Set(doc.events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
}

test('receivingVerb: the receiving verb whose object the noun heads, across its noun phrase and "of"', () => {
  const cases: [string, string, string | null][] = [
    ['The Amir received a cable of congratulations from the king.', 'congratulations', 'received'],
    ['Israel faced harsh criticism from the United States.', 'criticism', 'faced'],
    ['Syria came under criticism from Turkey.', 'criticism', 'came'],
    ['The plan met with criticism from Turkey.', 'criticism', 'met'],
    // negative: another verb, or a preposition between
    ['Israel rejected criticism from the United States.', 'criticism', null],
    ['Iran received a delegation for talks on water.', 'talks', null],
  ];
  for (const [text, noun, want] of cases) {
    const toks = [...syntaxOf(syntax.analyzeWorking({ text })).words];
    const k = receivingVerb({ toks }, { first: toks.findIndex((w) => w.lower === noun) });
    assert.equal(k < 0 ? null : toks[k]!.text, want, text);
  }
});

test('receivedAct: an act the subject receives from someone is that one\'s act on the subject (the giver acts)', async (t) => {
  const cases: [string, string[]][] = [
    ['Russia drew condemnation from the United Nations.', ['IGOUNO>RUS:111']],
    ['Israel faced criticism from the United States over the raid.', ['USA>ISR:111']],
    ['Pakistan won praise from Washington.', ['USA>PAK:051']],
    ['Iran received a loan from China.', ['CHN>IRN:071']],
    ['Kuwait\'s Amir received a cable of congratulations from Jordanian King Abdullah II.', ['JORGOV>KWT:051']],
    // a receiver no actor was read for is still the recipient: the act is coded on `---` (the coders code it on their
    // unplaced government); unreceivedCooperation leaves a received act alone
    ['The Amir received a cable of congratulations from Jordanian King Abdullah II.', ['JORGOV>---:051']],
    // negative: "from" after a verb of the subject's own act keeps the subject the doer
    ['Syria demanded an apology from Turkey.', ['SYR>TUR:102']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), [...want].sort()));
});

test('givenTo: a gift received from someone is the giver\'s (072 arms, 071 loan); with no giver named, no event', async (t) => {
  const cases: [string, string[]][] = [
    ['Kenya received a shipment of arms from China on Monday.', ['CHN>KEN:072']],
    ['Iran obtained a loan from China.', ['CHN>IRN:071']],
    ['Haiti received food aid on Monday.', []],
    // negative: a giving verb keeps its subject the giver
    ['Japan provided food aid to Haiti.', ['JPN>HTI:073']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), [...want].sort()));
});
