import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectiveScope, numberClash, possessorOf, speakerItself } from './actor-groups.ts';
import type { ActorGroup, FoundActor } from './sentence.ts';
import type { Word } from '../../model/index.ts';
import { cameoRows } from './cameo-rows.ts';
import { rulesPipeline } from './rules-pipeline.ts';

const actor = (code: string, entity: string | null, referring: boolean): FoundActor => ({
  first: 0, last: 0, code, country: code.slice(0, 3) === '---' ? null : code.slice(0, 3), role: code.length > 3 ? code.slice(3) : null, entity, referring, mention: null, how: '',
});

test('speakerItself: a reading that points back to the speaker (same entity, or same code with none) is the speaker, no second party', () => {
  const russia = actor('RUS', 'e1', false);
  const rebels = actor('---REB', null, false);
  const cases: [string, FoundActor, FoundActor[], boolean][] = [
    ['"it" resolved to the speaker\'s entity', actor('RUS', 'e1', true), [russia], true],
    ['"they" resolved to an agent with no entity, same code', actor('---REB', null, true), [rebels], true],
    // negatives: a named actor of the same code; another entity of the same code; another agent; an entity vs an agent
    ['the speaker named again by name', actor('RUS', 'e1', false), [russia], false],
    ['another entity of the same code', actor('RUS', 'e2', true), [russia], false],
    ['another agent', actor('---MIL', null, true), [rebels], false],
    ['a pronoun with an entity after an agent of its code', actor('---REB', 'e3', true), [rebels], false],
  ];
  for (const [what, a, speakers, want] of cases) assert.equal(speakerItself(a, speakers), want, what);
});

test('numberClash: an unread pronoun subject never takes an actor read from a pronoun of the other number', () => {
  const word = (lower: string) => ({ lower }) as Word;
  const group = (text: string, referring = true): ActorGroup => ({
    first: 0, last: 0, governor: null, modifier: false,
    members: [{ ...actor('ISRMIL', 'e1', referring), mention: { start: 0, end: text.length, text } }],
  });
  const cases: [string, string | null, ActorGroup, boolean][] = [
    ['"they" is not an actor read from "it"', 'they', group('it'), true],
    ['"it" is not an actor read from "they"', 'it', group('they'), true],
    // negatives: same number; a named actor; no pronoun subject
    ['"they" may be one read from "They"', 'they', group('They'), false],
    ['"they" may be a named actor', 'they', group('Israel\'s military', false), false],
    ['no pronoun subject', null, group('it'), false],
  ];
  for (const [what, pronoun, g, want] of cases) assert.equal(numberClash(pronoun === null ? null : word(pronoun), g), want, what);
});

test('collectiveScope: agents with no country joined after a collective actor are the collective', () => {
  const codes = (ms: FoundActor[]) => collectiveScope(ms).map((m) => m.code);
  const cases: [string, FoundActor[], string[]][] = [
    ['"world leaders and officials"', [actor('INT', null, false), actor('---GOV', null, false)], ['INT']],
    // negatives: a member with its country, a named entity, an unplaced agent before the collective, no collective
    ['"world leaders and Chinese officials"', [actor('INT', null, false), actor('CHNGOV', null, false)], ['INT', 'CHNGOV']],
    ['"world leaders and the Red Cross"', [actor('INT', null, false), { ...actor('---NGO', 'e2', false) }], ['INT', '---NGO']],
    ['"officials and world leaders"', [actor('---GOV', null, false), actor('INT', null, false)], ['---GOV', 'INT']],
    ['"police and officials"', [actor('---COP', null, false), actor('---GOV', null, false)], ['---COP', '---GOV']],
  ];
  for (const [what, ms, want] of cases) assert.deepEqual(codes(ms), want, what);
});

test('possessorOf: an actor right before "\'s" owns the actor a few nominal words after it', () => {
  // Each case: the words (text/POS), the possessor's and the possessed actor's token ranges, and the answer.
  const words = (text: string): Word[] => text.split(' ').map((w) => {
    const [t, pos] = w.split('/') as [string, string];
    return { text: t, lower: t.toLowerCase(), pos, start: 0, end: 0 } as Word;
  });
  const at = (first: number, last: number): FoundActor => ({ ...actor('---', null, false), first, last });
  const cases: [string, string, [number, number], [number, number], boolean][] = [
    ['"the country\'s security forces"', 'the/DET country/NOUN ’s/PART security/NOUN forces/NOUN', [0, 1], [3, 4], true],
    ['"Kenya\'s two main opposition parties"', 'Kenya/PROPN \'s/PART two/NUM main/ADJ opposition/NOUN parties/NOUN', [0, 0], [4, 5], true],
    // negatives: no possessive; a verb between; too many words between; the next actor right after the name
    ['"Kenya and Uganda"', 'Kenya/PROPN and/CCONJ Uganda/PROPN', [0, 0], [2, 2], false],
    ['"Kenya\'s decision to expel Ugandans"', 'Kenya/PROPN \'s/PART decision/NOUN to/PART expel/VERB Ugandans/PROPN', [0, 0], [5, 5], false],
    ['"Kenya\'s long slow costly new police" (four words between)', 'Kenya/PROPN \'s/PART long/ADJ slow/ADJ costly/ADJ new/ADJ police/NOUN', [0, 0], [6, 6], false],
    ['"Kenyan police" (one word, no mark)', 'Kenyan/PROPN police/NOUN', [0, 0], [1, 1], false],
  ];
  for (const [what, text, p, b, want] of cases) assert.equal(possessorOf(words(text), at(...p), at(...b)), want, what);
});

// The actor rules' output as the coder gives it, before the learned filter (tested in confidence/) keeps or drops it.
const pipeline = rulesPipeline();

/** The CAMEO rows a text's sentences after the first code, exact actor codes: `SRC>TGT:code`, sorted. */
function laterRows(text: string): string[] {
  const doc = pipeline.analyze({ text, published: '2020-10-23' });
  const second = doc.sentences[1]!.start;
  return [...new Set(doc.events.filter((e) => e.trigger.start >= second).flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
}

const MET = 'Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Monday. ';
const BOTH = ['JPNGOV>KORGOV:050', 'KORGOV>JPNGOV:050'];

test('pluralAntecedents: the parties of a meeting are the compound a later plural anaphor stands for', async (t) => {
  const cases: [string, string, string[]][] = [
    ['"they" after a meeting', MET + 'They agreed to expand trade.', BOTH],
    ['"the two sides" after a meeting', MET + 'The two sides agreed to expand trade.', BOTH],
    ['"the two leaders", read by link as leaders of no country', MET + 'The two leaders agreed to expand trade.', BOTH],
    ['an object anaphor after a meeting', MET + 'Russia criticised the two countries.', ['RUS>JPNGOV:111', 'RUS>KORGOV:111']],
    ['"they" past a participle\'s plural noun', MET + 'Yoon followed closely the measures taken by Japan. They agreed to expand trade.', BOTH],
    // negatives: a plural noun named since is nearer for "they"; "the two sides" is no three-party meeting; a
    // party its own sentence names first is not in the earlier compound
    ['protesters named since', MET + 'Hundreds of protesters gathered outside. They chanted slogans against the government.', []],
    ['three parties', 'Japan, China and South Korea held talks in Tokyo on Monday. The two sides agreed to expand trade.', []],
    ['a party of its own sentence', MET + 'During a dinner with Chinese Premier Li Qiang, the two sides agreed to expand trade.', []],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(laterRows(text), want));
});

test('pluralAntecedents: a pair talked of after "between" and "both ministers" leave no antecedent of their own', async (t) => {
  const TWO = ['IRN>USA:050', 'USA>IRN:050'];
  const cases: [string, string, string[]][] = [
    ['a pair after "between" in the object', MET + 'Both ministers also spoke of the tensions between the United States and Iran. Both sides agreed to prevent any further escalation.', BOTH],
    ['a pair after "between" past the verb', MET + 'The two leaders also discussed the dispute between the United States and Iran. The two sides agreed to prevent any further escalation.', BOTH],
    ['"both ministers" four times', MET + 'Both ministers discussed trade. Both ministers discussed fishing. Both ministers discussed energy. Both ministers discussed tourism. The two sides agreed to prevent any further escalation.', BOTH],
    // negatives: a pair after "between" in the subject names the parties
    ['relations between a pair as the subject', 'Relations between the United States and Iran worsened. The two sides agreed to prevent any further escalation.', TWO],
    ['talks between a pair as the subject', 'Talks between the United States and Iran resumed on Monday. The two sides agreed to prevent any further escalation.', TWO],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(lastRows(text), want));
});

test('anaphorHead: "the two", "the parties", "both ministers" stand for the last compound; "they" reads on past them', async (t) => {
  const call = 'During a telephone conversation between Turkish Foreign Minister Mevlut Cavusoglu and U.S. Secretary of State Rex Tillerson, the parties discussed the situation in Syria. ';
  const discussed = ['JPNGOV>KORGOV:040', 'KORGOV>JPNGOV:040'];
  const cases: [string, string, string[]][] = [
    ['"the two" standing alone', MET + 'During the dinner, the two also discussed trade.', discussed],
    ['"both ministers"', MET + 'Both ministers discussed trade.', discussed],
    ['"the two delegations"', MET + 'The two delegations discussed trade.', discussed],
    ['"they" after "the parties" of a conversation between two named parties', call + 'They also agreed to expand trade.', ['TURGOV>USAGOV:050', 'USAGOV>TURGOV:050']],
    ['"the parties"', MET + 'The parties discussed trade.', discussed],
    ['"they" after "the two sides"', MET + 'The two sides discussed trade. They also agreed to expand trade.', [...discussed, ...BOTH].sort()],
    // negatives: "two" numbering a noun no list names; "two" not after "the"; no compound named before
    ['"the two journalists"', MET + 'The two journalists discussed trade.', []],
    ['"two" without "the"', MET + 'Two also discussed trade.', []],
    ['no compound before', 'Kishida arrived in Tokyo on Monday. During the dinner, the two also discussed trade.', []],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(laterRows(text), want));
});

/** The CAMEO rows of a text's last sentence, exact actor codes: `SRC>TGT:code`, sorted. */
function lastRows(text: string): string[] {
  const doc = pipeline.analyze({ text, published: '2020-10-23' });
  const last = doc.sentences[doc.sentences.length - 1]!.start;
  return [...new Set(doc.events.filter((e) => e.trigger.start >= last).flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
}

test('guestAndHost: "the two sides" after the one party its sentence names is that party and the side the story follows', async (t) => {
  const tour = 'Indonesian Foreign Minister Retno Marsudi met her Norwegian counterpart in Jakarta on Monday. Indonesia and Papua New Guinea agreed to expand trade. ';
  const cases: [string, string, string[]][] = [
    ['a guest after two pairs that share one side', tour + 'During the meeting with Chinese Foreign Minister Wang Yi, the two sides discussed trade.', ['CHNGOV>IDN:040', 'IDN>CHNGOV:040']],
    // negatives: a guest of the side the story follows; after one meeting either party may be the other side
    ['a guest of the same side', tour + 'During the meeting with Indonesian Trade Minister Zulkifli Hasan, the two sides discussed trade.', []],
    ['one meeting before', MET + 'During a dinner with Chinese Premier Li Qiang, the two sides discussed trade.', []],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(lastRows(text), want));
});

test('inNounPhrase: a verb joined by ", and" shares the subject of the nearest verb that heads no noun phrase', async (t) => {
  const cases: [string, string, string[]][] = [
    ['"its escorts", a noun the tagger calls a verb', 'Vietnam accuses Chinese survey vessel Haiyang Dizhi 8 and its escorts of illegal activities in its waters, and has demanded that China withdraw all its ships.', ['VNM>CHN:105', 'VNM>CHN:112']],
    ['"his detained ministers", a participle of a noun phrase', 'The African Union chief called on troops to protect the president and his detained ministers, and urged Burkina Faso to hold talks.', ['IGOAFRAFU>---MIL:020', 'IGOAFRAFU>BFA:026']],
    // negative: the nearest verb heads no noun phrase
    ['a plain first verb', 'Kenya accused Uganda of backing the rebels, and has demanded that Uganda withdraw its troops.', ['KEN>UGA:1056', 'KEN>UGA:112']],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(rows(text), want));
});

test('earlierCompound: "they" in a clause that names no actor stands for the compound of the sentences before', async (t) => {
  const talks = 'Japan and South Korea held talks in Tokyo on Monday. ';
  const cases: [string, string, string[]][] = [
    ['the compound of the sentence before', talks + 'They agreed to expand trade.', ['JPN>KOR:050', 'KOR>JPN:050']],
    // negative: a plural noun read as an actor since is nearer
    ['rebels named since', talks + 'Rebels attacked a convoy near the border. They agreed to expand trade.', []],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(laterRows(text).filter((r) => !r.endsWith(':190') && !r.endsWith(':180')), want));
});

/** The CAMEO rows of a one-sentence text, exact actor codes: `SRC>TGT:code`, sorted. */
function rows(text: string): string[] {
  const doc = pipeline.analyze({ text, published: '2022-09-26' });
  return [...new Set(doc.events.flatMap(cameoRows).map((r) => `${r.source}>${r.target}:${r.code}`))].sort();
}

test('agentsOfList: an agent noun tied to a list of countries after it is each country\'s agent', async (t) => {
  const cases: [string, string, string[]][] = [
    ['"representing", past the place they serve in', 'Iran summoned diplomats in Tehran representing France, Germany and Italy.', ['IRN>DEUGOV:040', 'IRN>FRAGOV:040', 'IRN>ITAGOV:040']],
    ['"from the countries of"', 'Indonesia criticised the envoys from the three countries of Norway, Chile and Peru.', ['IDN>CHLGOV:111', 'IDN>NORGOV:111', 'IDN>PERGOV:111']],
    ['"from", the country link gave the agent being the first listed', 'Kenya criticised officials from Uganda and Tanzania.', ['KEN>TZAGOV:111', 'KEN>UGAGOV:111']],
    // negatives: a verb between is no tie; an agent with a country of its own keeps it; a list of named bodies keeps its codes
    ['a verb between', 'Kenyan troops withdrew from Somalia and Ethiopia.', ['KENMIL>ETH:0874', 'KENMIL>SOM:0874']],
    ['an agent with its own country', 'Iran summoned French diplomats from Germany and Italy.', ['IRN>FRAGOV:040']],
    ['named bodies, left as the agent alone', 'Iran criticised envoys from the United Nations and the European Union.', ['IRN>---GOV:111']],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(rows(text), want));
});

test('pluralObject: an unread "them" stands for the last compound actor named', async (t) => {
  const counterparts = 'Chinese Foreign Minister Wang Yi met with his counterparts from Japan and South Korea on Monday. ';
  const cases: [string, string, string[]][] = [
    ['the compound of a meeting before', MET + 'China criticised them.', ['CHN>JPNGOV:111', 'CHN>KORGOV:111']],
    ['the counterparts met again: each way, the source not meeting itself', counterparts + 'He met with them again in Beijing.', ['CHNGOV>JPNGOV:040', 'CHNGOV>KORGOV:040', 'JPNGOV>CHNGOV:040', 'KORGOV>CHNGOV:040']],
    // negatives: a plural common noun of its own sentence may be what "them" points to; "between them" is a topic
    ['a plural noun before it', MET + 'The rebels seized the weapons and destroyed them.', ['---REB>---:1711']],
    ['a plural agent before it', MET + 'Rebels captured soldiers and killed them.', ['---REB>---MIL:173']],
    ['"between them"', MET + 'Protesters marched to the talks between them.', []],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(laterRows(text), want));
});

test('earlierSubject: "them" after a verb with a subject of its own is the plural subject of an earlier verb', async (t) => {
  const cases: [string, string, string[]][] = [
    ['a subject of the clause before', 'The Chinese ships left the Japanese waters, after Japan Coast Guard ships warned them to leave.', ['JPNMIL>CHN:130']],
    ['a subject of the first conjunct', 'Chinese troops crossed the border before Indian soldiers attacked them.', ['INDMIL>CHNMIL:190']],
    // negatives: a shared subject and an object are left to the nouns before "them" (pluralObject)
    ['a shared subject', 'The rebels seized the weapons and destroyed them.', ['---REB>---:1711']],
    ['an object', 'Rebels captured soldiers and killed them.', ['---REB>---MIL:173']],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(rows(text), want));
});

test('landmark: the place a distance is measured from is no party; the act has no target (---)', async (t) => {
  const cases: [string, string, string[]][] = [
    ['"60 kilometers northeast of Baghdad"', 'Gunmen attacked a convoy in Balad Ruz, 60 kilometers northeast of Baghdad.', ['---UAF>---:190']],
    ['"north of the Iraqi capital"', 'Gunmen attacked a convoy 60 kilometers north of the Iraqi capital.', ['---UAF>---:190']],
    // negatives: a region named by its compass point is the place attacked; no compass point, no landmark
    ['"the north of Iraq"', 'Rebels attacked the north of Iraq.', ['---REB>IRQ:190']],
    ['"60 kilometers from Baghdad"', 'Gunmen attacked a convoy 60 kilometers from Baghdad.', ['---UAF>IRQ:190']],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(rows(text), want));
});

test('reporterOfConjunct: a verb joined after a reported clause whose subject names no actor shares the reporter\'s subject', async (t) => {
  const cases: [string, string, string[]][] = [
    ['"said the protests had remained peaceful and denied"', 'A spokesman for the Maldivian opposition party said the protests had remained peaceful and denied that any violence was carried out by its supporters.', ['---GOV>---:016']],
    // negative: an actor as the reported clause's subject keeps the verb joined to it
    ['"said the police fired tear gas and denied"', 'The Kenyan opposition said the police fired tear gas and denied the accusations.', ['---COP>---:016', '---COP>---:175']],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(rows(text), want));
});

test('groupActors: a noun phrase joined after an agent noun with a count or a possessive is a member of the compound', async (t) => {
  const cases: [string, string, string[]][] = [
    ['"2,500 U.S. troops and 1,000 Iraqi soldiers"', 'Some 2,500 U.S. troops and 1,000 Iraqi soldiers attacked the town.', ['IRQMIL>---:190', 'USAMIL>---:190']],
    ['"a South Korean captain and his Filipino crewman"', 'Rebels freed a South Korean captain and his Filipino crewman on Monday.', ['---REB>KORMIL:084', '---REB>PHL:084']],
    ['"two Kenyan men and their Somali driver"', 'Police arrested two Kenyan men and their Somali driver.', ['---COP>KENPPL:173', '---COP>SOM:173']],
    // negative: after a bare name the phrase is another object (Iraq takes no role of the engineers)
    ['"to Iraq and 500 engineers"', 'Japan sent 3,000 troops to Iraq and 500 engineers to Kuwait.', ['JPN>IRQ:154']],
  ];
  for (const [what, text, want] of cases) await t.test(what, () => assert.deepEqual(rows(text), want));
});
