import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed } from '../../pipeline/presets.ts';
import { syntaxOf } from '../../model/index.ts';
import { nominalJoinedBefore, ofHead, prepositionalNominal, timeClauseAct } from './prune.ts';
import { cameoRows } from './cameo-rows.ts';
import { rulesPipeline } from './rules-pipeline.ts';

const segmented = buildPipeline(stagesNamed('segment', 'syntax'));
const coder = rulesPipeline();

test('prepositionalNominal: a noun phrase under a preposition no verb governs', () => {
  const cases: [string, string, boolean][] = [
    ['He left Japan after five years in exile.', 'exile', true],
    ['He has information about Syrian plots to kill him.', 'plots', true],
    ["The chief negotiator took part in six-way talks on the programme.", 'talks', true],
    ['They will be hit with EU sanctions.', 'sanctions', false],
    ['They are in talks with Russia.', 'talks', false],
    ['Negotiators return to Geneva this week for talks.', 'talks', false],
    ['The United States speeded up the withdrawal of its forces.', 'withdrawal', false],
    ['The coalition organised three days of demonstrations in March.', 'demonstrations', false],
    ['Talks resumed on Monday.', 'Talks', false],
    // "for" with a possessive gives the reason for something, not the aim of a trip
    ['He has built support in Venezuela for his criticism of Washington.', 'criticism', true],
    ['He has built support in Venezuela for criticism of Washington.', 'criticism', false],
  ];
  for (const [text, word, expected] of cases) {
    const doc = segmented.analyzeWorking({ text, published: null });
    const toks = syntaxOf(doc).words;
    const k = toks.findIndex((t) => t.text === word);
    // a word not found would read as no nominal and pass every negative case
    assert.ok(k >= 0, `${word} in ${text}`);
    assert.equal(prepositionalNominal({ toks }, k), expected, text);
  }
});

test('timeClauseAct: an act in a time clause with a subject of its own', () => {
  const cases: [string, string, boolean][] = [
    ['Riot police fired tear gas as the opposition resumed weekly demonstrations.', 'demonstrations', true],
    ['Troops shelled the village after rebels attacked a convoy.', 'attacked', true],
    ['Police arrested two men while students protested outside the ministry.', 'protested', true],
    ['Guards opened fire when the crowd had stormed the gate.', 'stormed', true],
    // a participle the first verb governs has no subject of its own
    ['Rebels killed ten soldiers, forcing villagers to flee.', 'forcing', false],
    ['Troops shelled the village after attacking a convoy.', 'attacking', false],
    // an infinitive names what is to come
    ['The president pressed parliament two days before he is to call elections.', 'call', false],
    // a relative clause, not a time clause
    ['Envoys accuse the republic of hiding arms, a charge the republic denies.', 'denies', false],
    ['The opposition resumed demonstrations on Monday.', 'demonstrations', false],
  ];
  for (const [text, word, expected] of cases) {
    const doc = segmented.analyzeWorking({ text, published: null });
    const toks = syntaxOf(doc).words;
    const k = toks.findIndex((t) => t.text === word);
    assert.ok(k >= 0, `${word} in ${text}`);
    assert.equal(timeClauseAct({ toks }, k), expected, text);
  }
});

test('relationNominal: a standing relation named by a noun no light verb does is a described state', () => {
  const cases: [string, string | null][] = [
    ['Japan and India will prioritize cooperation in the defence field.', null],
    ['The governor of Basra says there will be no cooperation with British forces.', null],
    // a light verb does the relation; the verb of the relation and a frame over the noun are triggers of their own
    ['Japan began cooperation with India on defence.', 'cooperation'],
    ['Japan and India will cooperate in the defence field.', 'cooperate'],
    ['Japan offered a partnership to India.', 'offered'],
  ];
  for (const [text, trigger] of cases) {
    const triggers = coder.analyze({ text, published: null }).events.map((e) => e.trigger.text);
    assert.deepEqual(triggers, trigger ? [trigger] : [], text);
  }
});

test('ownStateInPartyList: a source acts toward the other parties of a relation it is listed in, not toward its own state', () => {
  const rows = (text: string) =>
    coder
      .analyze({ text, published: '2020-01-01' })
      .events.flatMap(cameoRows)
      .map((r) => `${r.source}>${r.target}`);
  const cases: [string, string[]][] = [
    ['The Lao ambassador promised all-out efforts to advance the Vietnam-Laos relationship.', ['LAOGOV>VNM']],
    ['Chinese President Xi pledged to strengthen the ties between China and Russia.', ['CHNGOV>RUS']],
    // the sources are the listed states: they act on each other
    ['Malaysian Prime Minister Ismail Sabri and Australian Prime Minister Scott Morrison expressed their commitment to strengthen the ties between Malaysia and Australia.', ['MYSGOV>AUSGOV', 'AUSGOV>MYSGOV']],
    // a list that names no relation's parties keeps every state: the offensive is both states'
    ['Sunni Arab leaders in western Iraq have condemned a joint U.S.-Iraqi offensive in the region.', ['IRQMUS>USA', 'IRQMUS>IRQ']],
    ['Chinese President Xi pledged to strengthen the ties with Russia and Pakistan.', ['CHNGOV>RUS', 'CHNGOV>PAK']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(rows(text), expected, text);
});

test('a verb joined to the infinitive a coded frame governs gives no event of its own', () => {
  const triggers = coder.analyze({ text: 'Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Cho Hyun in Beijing. Both sides agreed to coordinate and support each other in holding the APEC meetings.', published: '2025-01-01' }).events.map((e) => e.trigger.text);
  assert.ok(triggers.includes('agreed') && !triggers.includes('support'), JSON.stringify(triggers));
  // negative: a verb joined to a finite verb is an act of its own
  const joined = coder.analyze({ text: 'Israel met Syria and signed a deal with Syria.', published: '2025-01-01' }).events.map((e) => e.trigger.text);
  assert.ok(joined.includes('met') && joined.includes('signed'), JSON.stringify(joined));
});

test('nominalJoinedBefore and ofHead: nouns of one act joined by "and", and the topic in an act noun\'s "of" phrase', () => {
  const joined: [string, string, string | null][] = [
    ["Kuwait expressed its strong condemnation and denunciation of the attack.", 'denunciation', 'condemnation'],
    ['Rebels released the hostages and their weapons.', 'weapons', null],
    ['Police arrested protesters and seized weapons.', 'weapons', null],
  ];
  const topics: [string, string, string | null][] = [
    ["Kuwait expressed its condemnation of the terrorist attack.", 'attack', 'condemnation'],
    ["Iran welcomed the lifting of Israel's blockade.", 'blockade', 'lifting'],
    ['Rebels attacked the town of Kobani.', 'Kobani', null],
    ['Israel launched the attack on Gaza.', 'attack', null],
  ];
  for (const [cases, find] of [[joined, nominalJoinedBefore], [topics, ofHead]] as const) {
    for (const [text, word, head] of cases) {
      const toks = syntaxOf(segmented.analyzeWorking({ text, published: null })).words;
      const k = toks.findIndex((t) => t.text === word);
      assert.ok(k >= 0, `${word} in ${text}`);
      const h = find({ toks: [...toks] }, k);
      assert.equal(h >= 0 ? toks[h]!.text : null, head, text);
    }
  }
  // one act named by two nouns, and what it is about, give one event
  const text = "The Ministry of Foreign Affairs expressed Saturday the State of Kuwait's strong condemnation and denunciation of the terrorist attack in Kandahar Province, southern Afghanistan.";
  const triggers = coder.analyze({ text, published: '2025-03-22' }).events.map((e) => e.trigger.text);
  assert.deepEqual(triggers, ['condemnation'], JSON.stringify(triggers));
});

test('dropSameKind: a later event of one kind on the same parties repeats the first, unless a finite verb joined by "and" does another act', () => {
  const cases: [string, string[]][] = [
    ['Protesters stormed the U.S. Embassy in Sanaa and burned the American flag.', ['stormed:145', 'burned:141']],
    ['Protesters stormed the U.S. Embassy in Sanaa and then burned the American flag.', ['stormed:145', 'burned:141']],
    // the same act again is a repeat
    ['Protesters attacked the U.S. Embassy in Sanaa and attacked the American consulate.', ['attacked:145']],
    // a participle is no conjunct (background), nor is an infinitive's conjunct (the frame test above)
    ['Protesters stormed the U.S. Embassy in Sanaa, burning the American flag.', ['stormed:145']],
  ];
  for (const [text, expected] of cases) {
    const got = coder.analyze({ text, published: '2025-01-01' }).events.map((e) => `${e.trigger.text}:${e.cameo.code}`);
    assert.deepEqual(got, expected, text);
  }
});
