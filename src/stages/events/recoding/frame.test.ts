import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule, coded } from './check-rule.ts';

checkRule('frame', /frame over|frame, aim/, [
  ['Israel threatened to impose sanctions on Syria.', '1312'],
  ['Iran rejected a call for talks with Iraq.', '125'],
  ['Human rights organization Amnesty International demanded that the Sudanese government end curbs on press freedom.', '1051'],
  // guidelines: "A wants B to do X" is an appeal to B
  ['Iran wants Iraq to release the prisoners.', '0253'],
], [
  'Israel imposed sanctions on Syria.',
  'Iran held talks with Iraq.',
  // wanting to do X oneself is intent (recoding/intent.ts), not an appeal
  'Iran wants to invade Iraq.',
]);

// Guidelines: a warning of a danger the speaker does not cause is a pessimistic comment (012); it is a threat when
// the speaker is the one who would act, or when it warns an addressee off (the dictionary's WARN [130]).
test('warning of a danger is 012; warning of what the speaker would do, or warning someone, is a threat', () => {
  const cases: [string, string[]][] = [
    ['Iran warned of a humanitarian crisis in Syria.', ['012']],
    ['Iran warned of retaliation against Israel.', ['138']],
    ['Iran warned it would retaliate against Israel.', ['138']],
    ['Iran warned that it would impose sanctions on Israel.', ['1312']],
    ['Russia warned Ukraine against joining NATO.', ['130']],
    ['Iran warned the head of Hamas.', ['130']],
  ];
  for (const [text, want] of cases) assert.deepEqual(coded(text).map((e) => e.code), want, text);
});

// A frame verb that governs no act: the dictionary's pattern over its object names it (DEMAND * RELEASE [1053]).
checkRule('frame with no act governed', /frame with no act governed; dictionary/, [
  ['The United States demanded his immediate release.', '1053'],
], [
  // an act governed: the frame codes it; no object the dictionary names: the frame's own code
  'Israel threatened to impose sanctions on Syria.',
  'Iran demanded an apology from Iraq.',
  'Iran rejected the idea.',
  'Iran demanded the release of the Syrian dissident.',
]);

// A frame governs its first infinitive: a verb there that codes nothing is what is asked or promised, and a later
// verb is that verb's complement or joined to it (guidelines: frame verbs code X itself; no X coded, the bare frame).
test('a frame does not reach past an uncoded infinitive to a later verb; a noun object or a coded infinitive is still governed', () => {
  const cases: [string, string[]][] = [
    ['The United States urged Syria to persuade the dissident to travel abroad.', ['020']],
    ['Iran and Iraq agreed to coordinate and support each other.', ['050']],
    // governed: the infinitive's noun object ("institute a curfew"), a frame in the chain, the infinitive itself
    ['Iran threatened to institute a curfew in the city.', ['1323']],
    ['Iran urged Syria to release the prisoners.', ['0253']],
    ['Iran urged Syria to immediately release the prisoners.', ['0253']],
  ];
  for (const [text, want] of cases) assert.deepEqual(coded(text).map((e) => e.code), want, text);
});

// The dictionary's CALL/PLEAD * (FOR RESTRAINT) [025]: asking B to exercise or show restraint is the same appeal to
// yield (README rule 12, near-synonyms); an appeal for another act keeps the frame's code by that act.
test('an appeal for restraint is an appeal to yield (025), however it is worded; other appeals follow the act asked for', () => {
  const cases: [string, string[]][] = [
    ['Indonesia called on rival parties in Egypt to exercise restraint.', ['025']],
    ['Indonesia urged Egypt to show restraint.', ['025']],
    ['Indonesia called for restraint.', ['025']],
    ['Indonesia urged Egypt to release the prisoners.', ['0253']],
    ['Indonesia called on Egypt to act.', ['020']],
    ['Indonesia praised Egypt for its restraint.', ['051']],
  ];
  for (const [text, want] of cases) assert.deepEqual(coded(text).map((e) => e.code), want, text);
});

// Letting someone travel lifts a restriction on him: 081, so asking for it is 0251 (README rule 9:
// "easing a restriction 0251"); letting without a journey, or asking something else of him, is no such easing.
test('allowing someone to travel eases a restriction (081); an appeal for it is 0251', () => {
  const cases: [string, string[]][] = [
    ['The United States urged Syria to allow the dissident to travel abroad.', ['0251']],
    ['Syria allowed the dissident to travel abroad.', ['081']],
    ['Syria permitted the dissident to travel to Beirut.', ['081']],
    ['Syria allowed the dissident to speak.', []],
    ['The United States urged Syria to persuade the dissident to travel abroad.', ['020']],
  ];
  for (const [text, want] of cases) assert.deepEqual(coded(text).map((e) => e.code), want, text);
});
