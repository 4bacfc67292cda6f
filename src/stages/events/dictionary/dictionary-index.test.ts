import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePattern, type PetrarchDictionary } from '../../../lexicons/events/petrarch-dictionary.ts';
import { indexDictionary, type CompiledPattern } from './dictionary-index.ts';

const source = { file: '', origin: '', licence: '' };
const summary = { blocks: 1, verbs: 1, multiWordVerbs: 0, verbForms: 1, patterns: 0, patternsLeftOut: 0, sets: 1, setMembers: 2, transformations: 0 };

/** A one-block dictionary (verb ATTACK) holding the given pattern lines, and a set WEAPON of two members. */
function dictionaryOf(lines: readonly string[]): PetrarchDictionary {
  const block = { name: 'ATTACK', line: 1, code: '190', verbs: [{ verb: 'ATTACK', line: 2, forms: ['ATTACK'] }], patterns: lines.map(parsePattern) };
  return {
    verbs: { about: '', source, notice: 'n', summary, sets: [{ name: 'WEAPON', members: [['ROCKET', 'ROCKETS'], ['TEAR GAS']] }], blocks: [block], transformations: [] },
    discards: { about: '', source, sentence: [], story: [] },
    issues: { about: '', source, sections: [] },
  };
}

/** The compiled keys of a pattern line: slots either side, literal words, linear notation, and the size of each word set it needs. */
function keysOf(line: string) {
  const d = dictionaryOf(['1 [194] * (WITH ROCKETS)', line]);
  const block = indexDictionary(d).patternsOf(d.verbs.blocks[0]!);
  const all = new Set<CompiledPattern>([...block.always, ...[...block.byWord.values()].flat()]);
  const p = [...all].find((c) => c.pattern.line === 2)!;
  return { preSlots: p.preSlots, postSlots: p.postSlots, literals: p.literals, linear: p.linear, needs: p.needs.map((n) => n.size) };
}

const CASES: [string, string, ReturnType<typeof keysOf>][] = [
  ['a bare word: one slot, one literal, needs the word', '2 [190] * CITY', { preSlots: 0, postSlots: 1, literals: 1, linear: false, needs: [1] }],
  ['a marker fills a slot but needs no word', '2 [190] $ * +', { preSlots: 1, postSlots: 1, literals: 0, linear: false, needs: [] }],
  ['a set: one slot, no literal, needs any of its last words (plurals too)', '2 [190] * &WEAPON', { preSlots: 0, postSlots: 1, literals: 0, linear: false, needs: [3] }],
  ['joined words count each part as a slot', '2 [190] * AIR_STRIKE', { preSlots: 0, postSlots: 2, literals: 2, linear: false, needs: [1] }],
  ['alternatives: the first alternative counts, the needs hold every alternative', '2 [190] * TANK/TANKS', { preSlots: 0, postSlots: 1, literals: 1, linear: false, needs: [2] }],
  ['a prepositional phrase: the preposition is a slot and a literal, needed after the words', '2 [190] * (AGAINST &WEAPON)', { preSlots: 0, postSlots: 2, literals: 1, linear: false, needs: [3, 1] }],
  ['a bare preposition the dictionary also writes as (PREP …) is the linear notation', '2 [190] * ATTACK WITH +', { preSlots: 0, postSlots: 3, literals: 2, linear: true, needs: [1, 1] }],
  ['a noun phrase: each word a slot', '2 [190] {HEAVY ARTILLERY} *', { preSlots: 2, postSlots: 0, literals: 2, linear: false, needs: [1, 1] }],
];

for (const [name, line, want] of CASES) test(`compiled pattern: ${name}`, () => assert.deepEqual(keysOf(line), want));

test('patterns share one compiled element per bare token and one set of prepositions per (PREP …) list', () => {
  const d = dictionaryOf(['2 [190] $ * + (AT CITY)', '3 [191] $ * (AT +)']);
  const block = indexDictionary(d).patternsOf(d.verbs.blocks[0]!);
  const [a, b] = [...new Set([...block.always, ...[...block.byWord.values()].flat()])].sort((x, y) => x.pattern.line - y.pattern.line);
  assert.equal(a!.pre[0], b!.pre[0]);
  const ppOf = (p: CompiledPattern) => p.post.find((e) => e.kind === 'pp');
  const [ppA, ppB] = [ppOf(a!), ppOf(b!)];
  assert.ok(ppA?.kind === 'pp' && ppB?.kind === 'pp');
  assert.notEqual(ppA, ppB); // the phrases differ (CITY, +): each its own element …
  assert.equal(ppA.preps, ppB.preps); // … over one preposition set
});

test('a block lets through every word it files patterns under, and passes over others without a lookup', () => {
  const d = dictionaryOf(['2 [190] * CITY', '3 [191] * (AGAINST &WEAPON)', '4 [192] $ * +']);
  const block = indexDictionary(d).patternsOf(d.verbs.blocks[0]!);
  const cases: [string, boolean][] = [
    // filed: a word, and a phrase's preposition (a narrower need than the set of its noun)
    ['CITY', true],
    ['AGAINST', true],
    // not filed, and passed over
    ['TOWN', false],
    ['CITIES', false],
    ['ROCKETS', false],
    ['WITH', false],
  ];
  assert.deepEqual([...block.byWord.keys()].sort(), ['AGAINST', 'CITY']);
  for (const [word, want] of cases) assert.equal(block.filed.mayHold(word), want, word);
});
