import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPetrarchDictionary } from '../../../lexicons/events/petrarch-dictionary.ts';
import { discardOf } from './discards.ts';
import { indexDictionary } from './dictionary-index.ts';
import { issuesOf } from './issues.ts';

const index = indexDictionary(loadPetrarchDictionary());
const words = (sentence: string) => sentence.split(' ');

test('a sentence holding a discard phrase is not coded; a story-level phrase stops the whole story', () => {
  const cases: [string, { level: string; phrase: string } | null][] = [
    ['The baseball season opened in Tokyo', { level: 'sentence', phrase: 'BASEBALL' }],
    ['Two baseballs were signed', { level: 'sentence', phrase: 'BASEBALL' }], // the last word is a stem
    ['Manchester United beat Chelsea', { level: 'story', phrase: 'MANCHESTER UNITED' }],
    ['The treaty was signed in 1950', { level: 'sentence', phrase: '1950' }], // years stand for history
    ['They play in Group A on Monday', { level: 'sentence', phrase: 'GROUP A' }],
    // must not discard:
    ['They play in Group Alpha on Monday', null], // GROUP A_ wants the whole word
    ['Troops shelled the town', null],
    ['The 2000 accord still holds', null], // 2000 is not on the list
    ['Basel hosted the talks', null],
  ];
  for (const [sentence, want] of cases) {
    const got = discardOf(index.discards, words(sentence));
    assert.deepEqual(got && { level: got.level, phrase: got.phrase }, want, sentence);
  }
});

test('issues tag a sentence by its phrases, counted; a section exclusion cancels the section', () => {
  const cases: [string, [string, number][], string?][] = [
    ['Iran moved closer to building weapons of mass destruction', [['WMD', 1]]],
    ['Oil prices rose as OPEC cut oil output', [['OIL', 2]]],
    ['Exports of olive oil fell', []], // ~olive oil
    ['Refugees crossed the border as voters went to the polls', [['REFUGEES', 1], ['ELECTION', 1]]],
    ['The singer spoke of weapons of mass destruction', [['WMD', 1]]],
    ['The singer spoke of weapons of mass destruction', [], 'A guitarist and his band won a Grammy'], // ~~ in the story
    ['The guitarist spoke of weapons of mass destruction', []], // the sentence is part of its story
    ['Troops shelled the town', []],
  ];
  for (const [sentence, want, story] of cases) {
    const got = issuesOf(index.issues(), words(sentence), story ? [...words(sentence), ...words(story)] : undefined);
    assert.deepEqual(got.map((t) => [t.issue, t.count]), want, sentence);
  }
  assert.deepEqual(issuesOf(index.issues(), words('Oil and natural gas'))[1], { issue: 'NATURAL_GAS', category: 'ENERGY', count: 1, phrases: ['NATURAL GAS'] });
});
