import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../../pipeline/pipeline.ts';
import { stagesNamed } from '../../../pipeline/presets.ts';
import { syntaxOf } from '../../../model/index.ts';
import { loadPetrarchDictionary } from '../../../lexicons/events/petrarch-dictionary.ts';
import { clauseFrame, headBeforeDate, objectPastAdverb } from './clause-frame.ts';
import { indexDictionary } from './dictionary-index.ts';
import { matchClause } from './match-clause.ts';

const pipeline = buildPipeline(stagesNamed('segment', 'syntax'));
const index = indexDictionary(loadPetrarchDictionary());

/** The dictionary's code for the clause of the verb `verb` in `text`, read off the syntax view. */
function codeOf(text: string, verb: string): string | null {
  const doc = pipeline.analyzeWorking({ text });
  const syntax = syntaxOf(doc);
  const g = syntax.verbGroups.find((x) => syntax.words[x.head]!.lower === verb);
  assert.ok(g, `${text}: no verb group on "${verb}"`);
  return matchClause(index, clauseFrame(syntax, g))[0]?.code ?? null;
}

/** The words of the object objectPastAdverb gives the verb `verb` in `text`, or null. */
function objectOf(text: string, verb: string): string | null {
  const syntax = syntaxOf(pipeline.analyzeWorking({ text }));
  const g = syntax.verbGroups.find((x) => syntax.words[x.head]!.lower === verb);
  assert.ok(g, `${text}: no verb group on "${verb}"`);
  const o = objectPastAdverb(syntax, g, syntax.words.length);
  return o && syntax.words.slice(o.first, o.last + 1).map((w) => w.text).join(' ');
}

test('clause frames from the syntax view reach the dictionary patterns over objects and prepositional phrases', () => {
  const cases: [string, string, string | null][] = [
    ['Militants attacked the convoy with rockets.', 'attacked', '194'],
    ['Rebels fired at soldiers on Monday.', 'fired', '190'],
    ['The minister denied the accusations.', 'denied', '016'],
    ['Moscow expelled two diplomats.', 'expelled', '174'],
    ['The government called for the resignation of the minister.', 'called', '0241'],
    // negative: a verb the dictionary does not list
    ['The committee sat in the hall.', 'sat', null],
  ];
  for (const [text, verb, code] of cases) assert.equal(codeOf(text, verb), code, text);
});

test('a quantity noun lets the dictionary read the noun of its of-phrase as the object; other heads stay the object', () => {
  const cases: [string, string, string | null][] = [
    // CUT * &PKO [1661], RESUME * AID [070], SEND * {HUMANITARIAN AID} [073], SEND * &MILITARY [062] through the quantity noun
    ['The United Nations will cut the number of peacekeepers in Liberia.', 'cut', '1661'],
    ['South Korea resumed shipments of aid to the North.', 'resumed', '070'],
    ['Japan sent large amounts of humanitarian aid to Haiti.', 'sent', '073'],
    ['Russia sent thousands of troops to the border.', 'sent', '062'],
    // negative: a head that is no quantity keeps its own reading (SEND * TEAM [036]; a leader of troops is no troops)
    ['The WHO is sending a team of specialists to Iraq.', 'sending', '036'],
    ['Russia sent the commander of its troops to the border.', 'sent', null],
  ];
  for (const [text, verb, code] of cases) assert.equal(codeOf(text, verb), code, text);
});

test("the dictionary's own patterns over a quantity noun still win over its of-phrase's noun", () => {
  // RAISE * NUMBER (OF &MILITARY) [154], RECEIVE * SHIPMENT (OF &FOOD) [073]
  assert.equal(codeOf('Russia raised the number of troops on the border.', 'raised'), '154');
  assert.equal(codeOf('Haiti received a shipment of rice from Japan.', 'received'), '073');
});

/** The frame of the clause of the verb `verb` in `text`. */
function frameOf(text: string, verb: string) {
  const syntax = syntaxOf(pipeline.analyzeWorking({ text }));
  const g = syntax.verbGroups.find((x) => syntax.words[x.head]!.lower === verb);
  assert.ok(g, `${text}: no verb group on "${verb}"`);
  return clauseFrame(syntax, g);
}

test('preverb words and particles are the words after the subject and after the verb that start with a letter', () => {
  const cases: [string, string, string[], string[]][] = [
    ['The army will not withdraw from the town.', 'withdraw', ['will', 'not'], []],
    ['Rebels struck back, police said.', 'struck', [], ['back']],
    // negative: a comma, a quotation mark or a number after the verb ends its particles
    ['Rebels struck, police said.', 'struck', [], []],
    ['Rebels struck back "hard", police said.', 'struck', [], ['back']],
    ['Rebels struck 3 times.', 'struck', [], []],
  ];
  for (const [text, verb, preverb, particles] of cases) {
    const f = frameOf(text, verb);
    assert.deepEqual([f.preverb, f.particles], [preverb, particles], text);
  }
});

test('an adverb the chunker stopped at does not hide the object after it (objectPastAdverb)', () => {
  const cases: [string, string, string | null][] = [
    // RECEIVE * AMBASSADOR [043:042], SIGN * DECREE [100], LAUNCH * OPERATION [190] past "newly -", "earlier", "a third" (an adverb to the tagger)
    ['Minh received newly-accredited Ambassador of Saudi Arabia Saud Al Suwelim.', 'received', '043'],
    ['The president signed earlier the decree on tariffs.', 'signed', '100'],
    ['The army quickly launched a third military operation on Tuesday.', 'launched', '190'],
    // negative: no adverb, no object (a preposition follows, or nothing)
    ['Rebels fired at soldiers on Monday.', 'fired', '190'],
    ['The minister received on Monday.', 'received', null],
  ];
  for (const [text, verb, code] of cases) assert.equal(codeOf(text, verb), code, text);
  assert.equal(objectOf('The president signed earlier the decree.', 'signed'), 'the decree');
  // negative: an adverb before a preposition or a clause opens no object
  assert.equal(objectOf('Rebels struck back at the army.', 'struck'), null);
  assert.equal(objectOf('He said later that the army had left.', 'said'), null);
});

test('a date the chunker ran into a noun phrase is not its head (headBeforeDate)', () => {
  // HOLD * {&INFORMATION CONFERENCE}: the phrase's head is "conference", not "Monday"
  assert.equal(codeOf('President Bush is holding a news conference Monday.', 'holding'), '017');
  const headOf = (text: string, word: string) => {
    const syntax = syntaxOf(pipeline.analyzeWorking({ text }));
    const c = syntax.chunks.find((x) => syntax.words.slice(x.first, x.last + 1).some((w) => w.text === word))!;
    return syntax.words[headBeforeDate(syntax, c.first, c.head)]!.text;
  };
  const cases: [string, string, string][] = [
    ['They kicked off a preliminary training Tuesday.', 'training', 'training'],
    ['The army launched the operation early Saturday.', 'operation', 'operation'],
    // negative: a phrase that is all date, and a phrase whose head is no date, keep their head
    ['The talks will resume next Monday.', 'Monday', 'Monday'],
    ['The army launched the operation.', 'operation', 'operation'],
  ];
  for (const [text, word, head] of cases) assert.equal(headOf(text, word), head, text);
});

test('a hyphen compound the chunker misread does not cut the object short nor take its head (objectPastCompound, headAfterCompound)', () => {
  const cases: [string, string, string | null][] = [
    // PLEDGE * EFFORT [030]: "all" a determiner and "out" a preposition to the tagger end the object at "all"
    ['The minister pledged all-out efforts to advance relations with China.', 'pledged', '030'],
    // LAUNCH * OFFENSIVE [190]: "scale" was the head of "a large-scale offensive" ("offensive" an adjective to the tagger)
    ['The army launched a large-scale offensive against the rebels.', 'launched', '190'],
    // PLEDGE * SUPPORT [032] through a compound the chunker reads whole
    ['Germany pledged long-term support for Ukraine.', 'pledged', '032'],
    // negative: a hyphen with spaces around it is a dash, not a compound; a compound's own head stays ("a two-day visit" is no "day")
    ['The army launched a large - scale offensive against the rebels.', 'launched', null],
    ['The army launched a large-scale exercise.', 'launched', null],
  ];
  for (const [text, verb, code] of cases) assert.equal(codeOf(text, verb), code, text);
  assert.equal(objectOf('Iran declared an all-out war on the rebels.', 'declared'), 'an all - out war');
  assert.equal(objectOf('Police dispersed the short-lived demonstration in the capital.', 'dispersed'), 'demonstration');
  // negative: no compound after the object, or a dash between spaced words: the object stays the chunker's
  assert.equal(objectOf('Iran declared war on the rebels.', 'declared'), 'war');
  assert.equal(objectOf('Police dispersed the crowd - and then left.', 'dispersed'), 'the crowd');
});
