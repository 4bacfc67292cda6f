import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributions, checkLayout } from './check-layout.ts';

checkLayout(['participial', 'said-bare', 'said-that'], [
  ['The senator spoke for an hour, saying it would cost too much.', ['participial', 'it would cost too much', 'The senator', 'saying']],
  ['Chinese experts were cautious about the remarks, saying that the idea was goodwill.', ['participial', 'that the idea was goodwill', 'Chinese experts', 'saying']],
], [
  'The company kept saying nothing.',
  'He enjoyed saying hello.',
]);

test('subjectless: a cue after its own auxiliaries is a second predicate of the subject, and ends the first content', () => {
  const cases: [string, [string, string, string | null, string | null][]][] = [
    ['The United States has condemned the jailing and has demanded his immediate release.', [
      ['said-other', 'the jailing', 'The United States', 'condemned'],
      ['said-other', 'his immediate release', 'The United States', 'demanded'],
    ]],
    ['Iran stopped enriching uranium, but has insisted the move is temporary.', [['said-bare', 'the move is temporary', 'Iran', 'insisted']]],
    ['Sudan says it will order troops home, and is asking rebels to do the same.', [
      ['said-bare', 'it will order troops home', 'Sudan', 'says'],
      ['participial', 'rebels to do the same', 'Sudan', 'asking'],
    ]],
    // A passive or a verb that reports nothing after the auxiliaries stays in the content.
    ['He said prices rose and are expected to fall.', [['said-bare', 'prices rose and are expected to fall', 'He', 'said']]],
    ['Officials said the plan failed and would be dropped.', [['said-bare', 'the plan failed and would be dropped', 'Officials', 'said']]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(attributions(text), expected, text);
});

test('subjectless: a participle on a medium someone put out speaks for them; on any other noun, for the noun phrase', () => {
  const cases: [string, string | null][] = [
    ['Chief negotiator Saeb Erekat released a statement saying the Naqba continues.', 'Chief negotiator Saeb Erekat'],
    ["Osama bin Laden's deputy has appeared in a new videotape threatening Britain with more attacks.", "Osama bin Laden's deputy"],
    ['The archbishop has written an article criticizing the governments for their roles.', 'The archbishop'],
    // The medium as subject, or after a reporting cue, speaks itself; a phrase after "by" is the speaker as written.
    ['A statement saying the talks failed was read on radio.', 'A statement'],
    ['The spokesman said the statements criticizing the plan were false.', 'the statements'],
    ['The government condemned remarks by a top official accusing the church of a cover-up.', 'a top official'],
  ];
  for (const [text, speaker] of cases) {
    const participial = attributions(text).filter(([layout]) => layout === 'participial');
    assert.deepEqual(participial.map(([, , s]) => s), speaker === null ? [] : [speaker], text);
  }
});

test('subjectless: after a relative aside inside the content, a cue with auxiliaries is the content\'s own verb; after one before it, the subject\'s', () => {
  const text = 'Peres says Ahmadinejad, who said Israel should be wiped off the map, must know that Iran can be destroyed.';
  const says = attributions(text).find(([, , , cue]) => cue === 'says');
  assert.equal(says?.[1], 'Ahmadinejad, who said Israel should be wiped off the map, must know that Iran can be destroyed');
  const friend = 'Shon Meckfessel, a friend who says he stayed behind because he was sick, has said the hikers made a mistake.';
  assert.equal(attributions(friend).find(([, , , cue]) => cue === 'says')?.[1], 'he stayed behind because he was sick');
});
