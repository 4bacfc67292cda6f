import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePattern } from '../../lexicons/events/petrarch-dictionary.ts';
import { begunAct, namesCue, namesObject, namesPartner, opensClause, ownSenseReading, refusedAcceptance, rescuedGroups, travelsTo } from './dictionary-triggers.ts';
import { eventPattern } from './match-triggers.ts';
import { loadPetrarchDictionary } from '../../lexicons/events/petrarch-dictionary.ts';
import { indexDictionary } from './dictionary/dictionary-index.ts';
import { bestClauseMatch } from './dictionary/match-clause.ts';
import type { ClauseFrame, FramePrep } from './dictionary/frame.ts';
import { stagesNamed } from '../../pipeline/presets.ts';
import { syntaxOf } from '../../model/index.ts';
import { events } from './events.ts';
import type { EventResources } from './resources.ts';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { rulesPipeline } from './rules-pipeline.ts';

/** The CAMEO codes the pipeline up to events gives a text, with no learned filter (rulesPipeline). */
function codes(text: string): string[] {
  return rulesPipeline().analyze({ text }).events.map((e) => e.cameo.code);
}

test('namesCue: a pattern names an own match\'s one-word cue by a literal word after the verb, singular or plural, not by a set or a particle', () => {
  const cases: [string, string, boolean][] = [
    ['1 [110] * PROTEST', 'protest', true],
    ['1 [110] * (OVER PROTEST)', 'protest', true],
    ['1 [175:140] * PROTESTERS', 'protester', true],
    ['1 [110] * &PROTEST', 'protest', false],
    ['1 [020] * (ON)', 'on', false],
    ['1 [110] * PROTEST', 'official protest', false],
    ['1 [173] * WARRANT', 'protest', false],
  ];
  for (const [line, cue, want] of cases) assert.equal(namesCue(parsePattern(line), cue), want, `${line} / ${cue}`);
  assert.equal(namesCue(null, 'protest'), false, 'the bare verb');
});

test('an own pattern with an object cue yields to a dictionary pattern that names that cue: "lodged a protest" is LODGE * PROTEST [110]', () => {
  assert.deepEqual(codes('Beijing lodged a protest with Tokyo over the visit.'), ['110']);
});

test('ownSenseReading: where the best pattern is of another root, the first pattern of the own root that names the cue gives the leaf', () => {
  const index = indexDictionary(loadPetrarchDictionary());
  const object = (...words: string[]) => ({ words, lemmas: words });
  const leaf = (own: string, cue: string, frame: Omit<ClauseFrame, 'verb'>) => {
    const f: ClauseFrame = { verb: { text: 'lodged', lemma: 'lodge' }, ...frame };
    const m = { pattern: eventPattern({ code: own, lemmas: ['lodge'], pos: 'VERB' }), first: 0, last: 0, cue, cueAt: 2, cueEnd: 3, score: 100, frame: null };
    return ownSenseReading(index, m, bestClauseMatch(index, f)!, () => f)?.code ?? null;
  };
  const cases: [string, string, string, Omit<ClauseFrame, 'verb'>, string | null][] = [
    // `* PROTEST (OF)` [140] is best over an "of" phrase; the own root 11 takes `* PROTEST` [110]
    ['an "of" phrase after the protest', '114', 'protest', { objects: [object('a', 'protest')], preps: [{ prep: 'of', object: object('the', 'visit') }] }, '110'],
    // negative: the best pattern is of the own root (the usual recoding decides); no pattern of the own root names the cue
    ['the best pattern of the own root', '114', 'protest', { objects: [object('a', 'protest')] }, null],
    ['a complaint with a court', '114', 'complaint', { objects: [object('a', 'complaint')], preps: [{ prep: 'with', object: object('the', 'court') }] }, null],
    ['no pattern of the own root', '114', 'appeal', { objects: [object('an', 'appeal')], preps: [{ prep: 'against', object: object('the', 'sentence') }] }, null],
  ];
  for (const [name, own, cue, frame, want] of cases) assert.equal(leaf(own, cue, frame), want, name);
  // the whole stage: an "of" further on leaves the protest lodged 110
  assert.deepEqual(codes('Beijing lodged a protest with Tokyo regarding a visit of the minister.'), ['110']);
});

test('solidarity expressed is praise by the dictionary (EXPRESS * SOLIDARITY [051], decision X); condolences stay sympathy (018)', () => {
  const cases: [string, string[]][] = [
    ['Kuwait expressed its solidarity with Iraq.', ['051']],
    ['Kuwait expressed condolences to Iraq.', ['018']],
  ];
  for (const [text, want] of cases) assert.deepEqual(codes(text), want, text);
});

test('a dictionary pattern names an object by a word after the verb or a literal subject word, not by particles, prepositions or a subject set', () => {
  const cases: [string, boolean][] = [
    ['1 [175] * {TEAR GAS}', true],
    ['1 [016] * ACCUSATION', true],
    ['1 [0241] * (FOR RESIGNATION)', true],
    ['1 [194] * (WITH &WEAPON)', true],
    ['1 [190] * AT', false],
    ['1 [020] * (ON)', false],
    ['1 [195] &AIRCRAFT *', false],
    ['1 [017] MOURNERS *', true],
    ['1 [046:046] TALKS *', true],
    ['1 [042] $ *', false],
    ['1 [043:042] * (TO) +', false],
  ];
  for (const [line, want] of cases) assert.equal(namesObject(parsePattern(line)), want, line);
  assert.equal(namesObject(null), false, 'the bare verb');
  // only literal words, when sets are left out
  assert.equal(namesObject(parsePattern('1 [---] * DRUG'), false), true);
  assert.equal(namesObject(parsePattern('1 [---] * (FROM RACE)'), false), true);
  assert.equal(namesObject(parsePattern('1 [---] * &AIRCRAFT'), false), false);
});

test('a bare "with" phrase read as one act both sides do names the partner of a mutual act; another reading does not', () => {
  const cases: [string, string | null, boolean][] = [
    ['1 [046:046] * (WITH)', '046', true],
    // one side's act (AGREE * (WITH) [030]), a pair of two acts, a phrase with its own words, words before the verb
    ['1 [030] * (WITH)', null, false],
    ['1 [145:175] PROTEST * (WITH)', '175', false],
    ['1 [036:036] * SUMMIT (WITH)', '036', false],
    ['1 [0311] * (WITH COUNTRY)', null, false],
  ];
  for (const [line, reciprocal, want] of cases) {
    const pattern = parsePattern(line);
    assert.equal(namesPartner({ pattern, code: line.match(/\[(\d+)/)![1]!, reciprocal }), want, line);
  }
  assert.equal(namesPartner({ pattern: null, code: '040', reciprocal: '040' }), false, 'the bare verb');
  // CONFER's "discuss with": talks (046), where "discussed" with no one named keeps the own consultation (040).
  assert.deepEqual(codes('The French president will discuss with the Egyptian president the situation in Gaza.'), ['046']);
  assert.deepEqual(codes('The French and Egyptian presidents discussed bilateral relations.'), ['040']);
});

test('a negated acceptance is a rejection (120); an asserted one, or another negated verb, is not', () => {
  const cases: [boolean, string, string | null][] = [
    [true, 'accept', '120'],
    [false, 'accept', null],
    [true, 'reject', null],
    [true, 'attend', null],
  ];
  for (const [negated, lemma, want] of cases) assert.equal(refusedAcceptance({ negated }, lemma), want, `${negated ? 'not ' : ''}${lemma}`);
});

test('an accusation the subject faces with no doer named is no event; one with its doer, or one made, is', () => {
  assert.deepEqual(codes('The former minister faces charges of corruption.'), []);
  assert.notDeepEqual(codes('The minister faced criticism from the United States.'), []);
  assert.deepEqual(codes('Prosecutors accused the minister of corruption.').map((c) => c.slice(0, 2)), ['11']);
});

test('a reporting verb with a noun object is read by the dictionary (a claim of responsibility); with a clause it stays a statement', () => {
  assert.deepEqual(codes('The Taliban claimed the attack on the convoy.'), ['015']);
  assert.deepEqual(codes('Hamas claimed the bombing in Jerusalem.'), ['015']);
  assert.deepEqual(codes('The Taliban said the weather was cold.'), []);
});

test('a dictionary verb form tagged NOUN or ADJ where its place makes it a verb is read as a verb group with its subject and object', () => {
  const segmented = buildPipeline(stagesNamed('segment', 'syntax'));
  const res = events.setup!() as EventResources;
  const groups = (text: string) => {
    const syntax = syntaxOf(segmented.analyzeWorking({ text }));
    const words = [...syntax.words];
    const text2 = (r: { first: number; last: number } | null) => (r ? words.slice(r.first, r.last + 1).map((w) => w.text).join(' ') : null);
    return rescuedGroups(syntax, 0, words, res).map((g) => [words[g.head]!.text, text2(g.subject), text2(g.object)]);
  };
  assert.deepEqual(groups('Ukrainian forces shot down a Russian jet on Monday.'), [['shot', 'Ukrainian forces', 'a Russian jet']]);
  assert.deepEqual(groups('Among those attending the inauguration were the presidents of Chile and Peru.'), [['attending', 'those', 'the inauguration']]);
  assert.deepEqual(groups('Gunmen shot dead a police officer in Pakistan.'), [['shot', 'Gunmen', 'a police officer']]);
  assert.deepEqual(groups('Afghan rebels shot two soldiers.'), [['shot', 'Afghan rebels', 'two soldiers']]);
  assert.deepEqual(groups('He took a shot down the middle.'), []);
  assert.deepEqual(groups('Israel fired a warning shot at Lebanese troops.'), []);
  assert.deepEqual(groups('The bombing killed ten people.'), []);
});

test("a misread irregular verb form the own patterns cannot reach takes the dictionary's bare verb; a noun stays none", () => {
  assert.deepEqual(codes('Syrian rebels shot down a Russian helicopter.'), ['190']);
  assert.deepEqual(codes('Gunmen shot dead a Pakistani police officer.'), ['190']);
  assert.deepEqual(codes('The shot was fired by Israeli police.'), []);
});

test("a dictionary pattern over what the verb acts on that codes nothing outranks the own patterns' bare verb", () => {
  // WITHDRAW * (FROM RACE) [---], FIGHT * VIOLENCE [---], FIGHT * RACISM [---]
  assert.deepEqual(codes('The Kenyan opposition leader withdrew from the presidential race.'), []);
  assert.deepEqual(codes('The Kenyan government is fighting violence in the north.'), []);
  assert.deepEqual(codes('The Kenyan government is fighting racism in the north.'), []);
  // negatives: no pattern, or one that codes an event, leaves the own code
  assert.deepEqual(codes('Kenyan troops withdrew from Somalia.'), ['0874']);
  assert.deepEqual(codes('Kenyan troops are fighting rebels in the north.'), ['190']);
  // a set (`* &AIRCRAFT` [---] in the FIGHT block) is too wide to undo the act
  assert.deepEqual(codes('Afghan rebels hit a NATO aircraft near Kabul.'), ['190']);
});

test('a bare own verb lets the dictionary name the purpose: arriving for talks is 046, for a visit 042; arriving alone 040', () => {
  assert.ok(codes('German Chancellor Angela Merkel has arrived in Jordan for talks with King Abdullah.').includes('046'));
  assert.ok(codes('The Malaysian prime minister arrived in Brunei for a two-day official visit.').includes('042'));
  assert.deepEqual(codes('The Malaysian prime minister arrived in Brunei on Sunday.'), ['040']);
});

test('a plain statement verb with a noun object takes the dictionary\'s code for it; with a clause, a stance or no pattern it stays a statement', () => {
  const cases: [string, string[]][] = [
    // ANNOUNCE * PLANS [030] (coding decision 9), * DEAL [060], * PACKAGE [033]
    ['The Turkish government announced plans to build a pipeline to Georgia.', ['030']],
    ['The Japanese government announced a deal with China on Monday.', ['060']],
    ['The Japanese government announced a new aid package for Sri Lanka.', ['033']],
    // negatives: the object opens the clause reported; no pattern for the object; a stance cue keeps the own code
    ['The Iraqi government said the raid will not undermine relations with Britain.', []],
    ['Sergey Lavrov said the new restrictions do not help to improve the climate.', []],
    ['Iraqi officials say the attacks, involving one suicide car bombing, took place in Baghdad.', []],
    ['The Japanese government announced the results on Monday.', []],
    ['The Japanese foreign minister expressed concern over the Chinese missile test.', ['012']],
  ];
  for (const [text, want] of cases) assert.deepEqual(codes(text), want, text);
});

test("a reporting verb's object opens the clause it reports when a finite verb follows it before a relative word or conjunction", () => {
  const segmented = buildPipeline(stagesNamed('segment', 'syntax'));
  const opens = (text: string, verb: string) => {
    const syntax = syntaxOf(segmented.analyzeWorking({ text }));
    const g = syntax.verbGroups.find((x) => syntax.words[x.head]!.lower === verb)!;
    return opensClause(syntax, syntax.verbGroups, g);
  };
  const cases: [string, string, boolean][] = [
    ['He said the raid will not undermine relations.', 'said', true],
    ['They say the attacks, involving one car bombing, took place in Baghdad.', 'say', true],
    // a plain present, which the parser gives no finite group, opens the clause by its subject
    ['Lavrov said the new restrictions do not help to improve the climate.', 'said', true],
    ['Pakistan announced plans to build a pipeline.', 'announced', false],
    ['Pakistan announced the arrest of two men who were spying.', 'announced', false],
    ['Pakistan announced the deal and said it was fair.', 'announced', false],
  ];
  for (const [text, verb, want] of cases) assert.equal(opens(text, verb), want, text);
});

test("a pattern in TABARI's linear notation (a bare preposition) does not recode an own verb; one in the current notation does", () => {
  // BLAME's `* ATTACK ON +` [112] would make a condemnation (CONDEMN [111]) an accusation; PETRARCH2 no longer matched it.
  assert.deepEqual(codes('Iran strongly condemned the attack of Israel on Gaza.'), ['111']);
  // DISPERSE * DEMONSTRATION [170] over the own crackdown (175)
  assert.deepEqual(codes('The police dispersed the demonstration.'), ['170']);
});

test('begunAct: an act a starting verb begins is read as done by a verb of doing where the START block names no object', () => {
  const index = indexDictionary(loadPetrarchDictionary());
  const object = (...words: string[]) => ({ words, lemmas: words });
  const begun = (verb: string, frame: Omit<ClauseFrame, 'verb'>) => {
    const f: ClauseFrame = { verb: { text: verb, lemma: verb }, ...frame };
    return begunAct(index, () => f, bestClauseMatch(index, f))?.code ?? null;
  };
  const cases: [string, Omit<ClauseFrame, 'verb'>, string | null][] = [
    // CONDUCT * TRAINING [062:062], after KICK_OFF's own particle too
    ['began', { objects: [object('a', 'preliminary', 'training')] }, '062'],
    ['kicked', { particles: [], preps: [{ prep: 'off', object: object('a', 'joint', 'training') }] }, '062'],
    // negative: the START block's own pattern stands (START * OFFENSIVE [190] is read as it is), a verb of no START
    // sense is left alone, and an object no verb of doing names gives nothing
    ['launched', { objects: [object('an', 'offensive')] }, null],
    ['received', { objects: [object('a', 'training')] }, null],
    ['began', { objects: [object('a', 'legal', 'process')] }, null],
    // negative: "hold" is no verb of doing here (HOLD * COOPERATION [160] is withholding it)
    ['began', { objects: [object('cooperation')] }, null],
  ];
  for (const [verb, frame, want] of cases) assert.equal(begun(verb, frame), want, `${verb} ${JSON.stringify(frame)}`);
});

test('travelsTo: a bare verb of going somewhere with a "to" phrase is a trip; another block, a pattern, or no "to" phrase is not', () => {
  const index = indexDictionary(loadPetrarchDictionary());
  const to = (object: string | null): FramePrep => ({ prep: 'to', object: object === null ? null : { words: object.split(' ') } });
  const rows: [string, ClauseFrame, boolean][] = [
    ['went to Panama', { verb: { text: 'went', lemma: 'go' }, preps: [to('Panama')] }, true],
    ['will depart to Moscow', { verb: { text: 'depart', lemma: 'depart' }, preps: [to('Moscow')] }, true],
    ['went ahead', { verb: { text: 'went', lemma: 'go' }, particles: ['ahead'] }, false],
    ['left the talks', { verb: { text: 'left', lemma: 'leave' }, objects: [{ words: ['the', 'talks'] }] }, false],
    ['attended the funeral (a pattern: ATTEND * FUNERAL)', { verb: { text: 'attended', lemma: 'attend' }, objects: [{ words: ['the', 'funeral'] }], preps: [to('Panama')] }, false],
    ['flew to Panama (FLY is no verb of going somewhere)', { verb: { text: 'flew', lemma: 'fly' }, preps: [to('Panama')] }, false],
  ];
  for (const [name, frame, want] of rows) {
    const found = bestClauseMatch(index, frame);
    assert.equal(!!found && travelsTo(found, () => frame), want, name);
  }
});

test('a trip to a country is its travel (040), the meeting it is for its purpose; going nowhere named is none', () => {
  assert.deepEqual(codes('The American president went to Panama on Monday.'), ['040']);
  assert.deepEqual(codes('The American president is expected to go to Panama to meet with the Panamanian president.'), ['040']);
  assert.deepEqual(codes('The American president went ahead with the plan.'), []);
});
