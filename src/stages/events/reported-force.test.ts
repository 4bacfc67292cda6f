import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPetrarchDictionary } from '../../lexicons/events/petrarch-dictionary.ts';
import { indexDictionary } from './dictionary/dictionary-index.ts';
import { forceReportBlocks } from './reported-force.ts';
import { cameoRows } from './cameo-rows.ts';
import { rulesPipeline } from './rules-pipeline.ts';

test('the verbs that report force are the blocks of the transformations that make an accusation or a claim of it', () => {
  const blocks = forceReportBlocks(indexDictionary(loadPetrarchDictionary()));
  const cases: [string, boolean][] = [
    ['EXPLAIN_VERBAL', true],
    ['ALLEGE', true],
    // WANT's transformations make a threat or an appeal (138, 021), no report of a deed
    ['DEMAND', false],
    ['ATTEMPT', false],
  ];
  for (const [block, want] of cases) assert.equal(blocks.has(block), want, block);
});

test('reportedForce: a doer that points back to the speaker is its own side (a claim, 015), an agent as much as a country', async (t) => {
  const pipeline = rulesPipeline();
  const rows = (text: string) => [...new Set(pipeline.analyze({ text, published: '2020-10-23' }).events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
  const cases: [string, string[]][] = [
    ['The insurgents said they hit the aircraft.', ['---REB>---:015']],
    ['The rebels said they attacked the army base.', ['---REB>---MIL:015']],
    ['Israel said it struck camps in Lebanon.', ['ISR>LBN:015']],
    // an agent tied to the speaker's country by a possessive pronoun, one speaker or each of two
    ['Israel said its troops killed two Hamas militants in Gaza.', ['ISR>PSEREBHMS:015']],
    ['Somalia and the United States said their forces killed five militants.', ['SOM>---UAF:015', 'USA>---UAF:015']],
    ['Israel said its troops did not kill the two boys.', ['ISR>---:016']],
    // negatives: another doer named is accused (112); the speaker's own future act is the act itself
    ['The rebels said the militia attacked the army base.', ['---REB>---UAF:112']],
    ['Israel said Egyptian troops killed two Hamas militants in Gaza.', ['ISR>EGYMIL:112']],
    ['The rebels said they will attack the army base.', ['---REB>---MIL:190']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), want));
});

test('reportedForce: a force noun that is the agent of a passive was undergone by its subject, so the report accuses the place or no one', async (t) => {
  const pipeline = rulesPipeline();
  const rows = (text: string) => [...new Set(pipeline.analyze({ text, published: '2007-01-10' }).events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
  const cases: [string, string[]][] = [
    ['The U.S. military says an American soldier was killed Thursday when a troop convoy was hit by a roadside bomb in the northern city of Mosul.', ['USAMIL>IRQ:112']],
    // negatives: a speaker of no known country accuses no place; the doer of an active verb is still accused
    ['A military spokesman says the coalition troops were wounded when their vehicle was hit by a roadside bomb in the Khogyani district of eastern Nangarhar province.', []],
    ['The U.S. military says insurgents attacked a troop convoy in Mosul.', ['USAMIL>---REB:112']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), want));
});

test('reportedForce: a force noun that opens what is said names no doer, and the speaker lent to it claims nothing', async (t) => {
  const pipeline = rulesPipeline();
  const rows = (text: string) => [...new Set(pipeline.analyze({ text, published: '2007-01-10' }).events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
  const cases: [string, string[]][] = [
    ['The U.S. military in Afghanistan says fighting in two southern provinces has left four suspected militants dead and two Afghan police wounded.', []],
    // negatives: the noun is the object of what is said, the speaker's group shows its own act
    ['An Iraqi militant group posted a video on the Internet it says shows the killing of an American hostage.', ['IRQ>USACVL:015']],
    ['Hamas claimed the bombing in Jerusalem.', ['PSEREBHMS>ISR:015']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), want));
});

test('reportedForce: "according to" names the source of a report of force, before the act or after it', async (t) => {
  const pipeline = rulesPipeline();
  const rows = (text: string) => [...new Set(pipeline.analyze({ text, published: '2023-05-01' }).events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
  const cases: [string, string[]][] = [
    ['According to Syrian state media, Turkish troops shelled Kurdish positions near Kobani.', ['SYRGOVMED>TURMIL:112']],
    ['Turkish troops shelled Kurdish positions near Kobani, according to Syrian state media.', ['SYRGOVMED>TURMIL:112']],
    // negative: "according to" a source that names no actor leaves the act as it is
    ['Turkish troops shelled Kurdish positions near Kobani, according to a list provided by local officials.', ['TURMIL>SYR:190']],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), want));
});

test('reportedForce: its own side\'s past force, denied in what is said, is a denial of responsibility (016)', async (t) => {
  const pipeline = rulesPipeline();
  const rows = (text: string) => [...new Set(pipeline.analyze({ text, published: '2023-05-01' }).events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
  const cases: [string, string[]][] = [
    ['Israel said it did not attack the convoy.', ['ISR>---:016']],
    // negatives: another's deed denied is a statement; a pledge not to attack is no denial
    ['Hamas said Israel did not attack the convoy.', []],
    ['Israel said it would not attack the convoy.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), want));
});

test('reportedUndergoneForce: soldiers killed with no doer named, in a place another country reports, accuse the place; "across" governs the place as "in" does', async (t) => {
  const pipeline = rulesPipeline();
  const rows = (text: string) => [...new Set(pipeline.analyze({ text, published: '2005-11-08' }).events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
  const cases: [string, string[]][] = [
    ['The British military said two more soldiers have been killed in separate incidents across Afghanistan.', ['GBRMIL>AFG:112']],
    ['The British military said two more soldiers have been killed in Afghanistan.', ['GBRMIL>AFG:112']],
    // negatives: the speaker's own country is no doer; no place named says nothing of who did it
    ['The British military said two more soldiers have been killed in separate incidents across Britain.', []],
    ['The British military said two more soldiers have been killed in separate incidents.', []],
  ];
  for (const [text, want] of cases) await t.test(text, () => assert.deepEqual(rows(text), want));
});
