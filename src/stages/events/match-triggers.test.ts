import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/pipeline.ts';
import { stagesNamed } from '../../pipeline/presets.ts';
import { syntaxOf, type Word } from '../../model/index.ts';
import { adjectivalParticiple, figureObject, inRelativeClause, possessiveNominal } from './match-triggers.ts';

const pipeline = buildPipeline(stagesNamed('segment', 'syntax'));

/** The words of `text` and the index of `word` among them, as the matcher sees them. */
function at(text: string, word: string): [Word[], number] {
  const words = [...syntaxOf(pipeline.analyzeWorking({ text })).words];
  const i = words.findIndex((w) => w.lower === word);
  assert.ok(i >= 0, `${text}: no "${word}"`);
  return [words, i];
}

test('a noun in the possessive describes what it owns, not an event; a noun that heads its phrase does', () => {
  const cases: [string, string, boolean][] = [
    ["Officials said the demonstration's leaders were arrested.", 'demonstration', true],
    ["The protest's organisers were fined.", 'protest', true],
    ['The demonstration drew thousands.', 'demonstration', false],
    ['Police broke up the protest in the capital.', 'protest', false],
  ];
  for (const [text, word, want] of cases) assert.equal(possessiveNominal(...at(text, word)), want, text);
});

test('a verb whose object is a bare number reports a figure; a number before its noun is a count of the object', () => {
  const cases: [string, string, boolean][] = [
    ['The DAX in Frankfurt moved up 3.1 percent to hit 4,532.', 'hit', true],
    ['The index rose to hit 10,000 on Monday.', 'hit', true],
    ['Gunmen killed 5 villagers on Monday.', 'killed', false],
    ['Rebels attacked the town.', 'attacked', false],
  ];
  for (const [text, word, want] of cases) assert.equal(figureObject(...at(text, word)), want, text);
});

test('a participle between a possessive and its noun is an adjective; a negated or finite verb is not', () => {
  const cases: [string, string, boolean][] = [
    ["Police arrested the cleric's jailed followers.", 'jailed', true],
    ['Police freed the detained activists.', 'detained', true],
    ['The minister has not signed deals with Iran.', 'signed', false],
    ['Police jailed followers of the cleric.', 'jailed', false],
  ];
  for (const [text, word, want] of cases) assert.equal(adjectivalParticiple(...at(text, word)), want, text);
});

test('a relative clause holds its first verb and that verb\'s object; the main verb after it, and a complement "that", are outside', () => {
  const cases: [string, string, boolean][] = [
    ['Franks, who executed the 2003 Iraq invasion, spoke on Monday.', 'invasion', true],
    ['An earthquake which hit the province killed 50 people.', 'hit', true],
    ['The militia that took towns in Chad was disbanded.', 'took', true],
    ['The rebels who took the town attacked the army.', 'attacked', false],
    ['The ILO repeated its demand today that Israel ease restrictions.', 'ease', false],
    ['Rebels attacked the town on Monday.', 'attacked', false],
  ];
  for (const [text, word, want] of cases) assert.equal(inRelativeClause(...at(text, word)), want, text);
});
