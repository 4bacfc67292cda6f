import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { emptyDoc, spanOf, type Doc, type Speaker } from '../../../model/index.ts';
import { suspectNames } from './suspect-name.ts';
import { paragraphDoc } from './test-doc.ts';

/** A document with one quote whose speaker mention is `mention` (found in `text`). */
function docWith(text: string, mention: string, speaker: Partial<Speaker> = {}, layout = 'apposition'): Doc {
  const doc = emptyDoc(text);
  const at = text.indexOf(mention);
  doc.quotes.push({
    ...spanOf(text, 0, text.length), id: 'q1', type: 'mixed', content: [spanOf(text, 0, 5)], cue: null, layout, nestedIn: null, stance: null,
    speaker: { kind: 'person', name: mention, mention: spanOf(text, at, at + mention.length), entity: null, resolved: false, countries: [], role: null, affiliation: null, ...speaker },
  });
  return doc;
}

const lex = loadTranslationLexicons();

test('suspect-name: flags a person speaker whose name slot starts like a phrase, not a name', () => {
  const cases: [string, string, Partial<Speaker>, string[]][] = [
    ['During the Enlightenment, an expert, said "x".', 'During the Enlightenment', {}, ['During the Enlightenment']],
    ['After the meeting, an analyst at X, said "y".', 'After the meeting', {}, ['After the meeting']],
    ['Li Lifan said "x".', 'Li Lifan', {}, []],
    ['In Beijing officials said "x".', 'In Beijing officials', { kind: 'group' }, []],
    ['During the talks he said "x".', 'During the talks', { resolved: true }, []],
    ['The Enlightenment, an expert, said "x".', 'The Enlightenment', {}, ['The Enlightenment']],
    ['The expert said "x".', 'The expert', {}, []],
    // the phrase that brings a whole name is no name slot without a name; one that brings a lone word or a description is
    ['According to Aybek Smadiyarov, the official spokesperson, "x".', 'According to Aybek Smadiyarov', {}, []],
    ['According to the expert, "x".', 'According to the expert', {}, ['According to the expert']],
    ['The President Gloria Arroyo, chairwoman of the Summit, said "x".', 'The President Gloria Arroyo, chairwoman of the Summit', {}, []],
  ];
  for (const [text, mention, speaker, expected] of cases) {
    const found = suspectNames.check(docWith(text, mention, speaker), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('suspect-name: a place label heading its line before a colon and a scene before a role that is the subject are no name slots', () => {
  const label = 'Second day\nAt Trent Bridge: Nottinghamshire 392-6 (G. Archer 143 not out).';
  const inSentence = 'The match ended. At Trent Bridge: Nottinghamshire 392-6 (G. Archer 143 not out).';
  const cases: [Doc, string[]][] = [
    [docWith(label, 'At Trent Bridge', {}, 'transcript'), []],
    [docWith(inSentence, 'At Trent Bridge', {}, 'transcript'), ['At Trent Bridge']],
    [docWith(label, 'At Trent Bridge', {}, 'apposition'), ['At Trent Bridge']],
    [paragraphDoc('In Geneva Friday, a spokesman for the aid agency said John Smith was killed.'), []],
    [paragraphDoc('During the Enlightenment, an expert at the People\'s University in Beijing, Putin\'s statement was likely to fail.'), ['During the Enlightenment']],
  ];
  for (const [doc, expected] of cases) {
    if (doc.sentences.length === 0) doc.sentences.push({ id: 's1', start: 0, end: doc.text.length, text: doc.text, paragraph: 0 });
    assert.deepEqual(suspectNames.check(doc, lex).map((f) => doc.text.slice(f.start, f.end)), expected, doc.text);
  }
});

test('suspect-name: no quotes, no findings', () => {
  assert.deepEqual(suspectNames.check(emptyDoc('Nothing quoted here.'), lex), []);
});

test('suspect-name: suggests a person named nearby under one bare name, where the text has one', () => {
  const text = 'During the Enlightenment, an expert, said "x".\n"y," Thoi said.';
  const doc = docWith(text, 'During the Enlightenment');
  const at = text.indexOf('Thoi');
  doc.paragraphs.push({ id: 'p1', start: 0, end: 46, text: text.slice(0, 46), line: 1 }, { id: 'p2', start: 47, end: text.length, text: text.slice(47), line: 2 });
  doc.entities.push({ id: 'e1', name: 'Thoi', type: 'PERSON', aliases: [], mentions: ['m1'], country: null, countrySource: null, actorCode: null, role: null, affiliation: null });
  doc.mentions.push({ id: 'm1', start: at, end: at + 4, text: 'Thoi', type: 'PERSON', entity: 'e1', source: 'tagger', nominal: false });
  assert.match(suspectNames.check(doc, lex)[0]!.text, /likely Thoi/);
  doc.entities[0]!.role = 'analyst';
  assert.doesNotMatch(suspectNames.check(doc, lex)[0]!.text, /likely/);
});

test('suspect-name: reads name slots from the text too, when no quote was found', () => {
  const cases: [string, string[]][] = [
    ['During the Enlightenment, an expert at the People\'s University in Beijing, the statement was likely.', ['During the Enlightenment']],
    ['The plan is bad, said During the Enlightenment.', ['During the Enlightenment']],
    ['In Beijing, a spokesman said the plan is bad.', []],
    ['In Rome, a Vatican spokesman deplored the attack, and said so.', []],
    ['Li Lifan, an expert at the People\'s University, said the plan is bad.', []],
    // the role's holder is named right after it: what stands first sets the scene
    ['In Washington, a White House spokeswoman, Dana Perino, expressed thanks.', []],
    ['On Wednesday, a government spokesman, Ben Omar, told VOA the plan is bad.', []],
    ['At the meeting, a senior official, Sayed Agha Saqeb says the plan is bad.', []],
    ['During the Enlightenment, an expert at the People\'s University, Putin\'s statement was likely.', ['During the Enlightenment']],
  ];
  for (const [text, expected] of cases) {
    const doc = emptyDoc(text);
    doc.sentences.push({ id: 's1', start: 0, end: text.length, text, paragraph: 0 });
    assert.deepEqual(suspectNames.check(doc, lex).map((f) => text.slice(f.start, f.end)), expected, text);
  }
});

test('suspect-name: a lowercase word in the apposition after a title, before "who", stands where the name goes', () => {
  const cases: [string, string[]][] = [
    ['Yesterday, the US Secretary of State, vegan, who was visiting Korea, urged talks.', ['vegan']],
    ['The foreign minister, lavrov, who arrived on Monday, said so.', ['lavrov']],
    // asides, adverbs, a capitalised name, no relative clause after it
    ['The minister, however, who had arrived late, said so.', []],
    ['The spokesman, apparently, who was not named, said so.', []],
    ['The US Secretary of State, Blinken, who was visiting Korea, urged talks.', []],
    ['The minister, tired, said he would leave.', []],
    // the word's other uses, capitalised or not, are the same garbled name; a longer word holding it is not
    ['The US Secretary of State, vegan, who was visiting, left. Vice Minister Vegan met veganism and the vegan message.', ['vegan', 'Vegan', 'vegan']],
  ];
  for (const [text, expected] of cases) {
    const found = suspectNames.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});

test('suspect-name: a person introduced with a role but only a given name lost the surname', () => {
  const cases: [string, string[]][] = [
    ['He quoted Danny Roy, senior researcher at East-West Center, and Michael, professor of political science at Tufts University.', ['Michael']],
    // a full name, an article before the role (a first-name-only witness), a word the given-name lists do not hold
    ['He quoted Michael Beckley, professor of political science at Tufts University.', []],
    ['Maria, a nurse at the hospital, said the shelling went on.', []],
    ['Tufts, professor of political science, said so.', []],
  ];
  for (const [text, expected] of cases) {
    const found = suspectNames.check(paragraphDoc(text), lex).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, expected, text);
  }
});
