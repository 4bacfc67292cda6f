import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePattern } from '../../../lexicons/events/petrarch-dictionary.ts';
import { objectSynonyms, onePhraseObject, plural, singular, singularReading } from './object-synonyms.ts';

/** Blocks from [block name, block code, pattern lines]; each line's `# VERB` comment names its verb. */
const blocksOf = (specs: readonly [string, string, readonly string[]][]) =>
  specs.map(([name, code, lines]) => ({ name, code, patterns: lines.map(parsePattern) }));

test('numbers by the regular rules', () => {
  for (const [pl, sg] of [['DEMONSTRATIONS', 'DEMONSTRATION'], ['RALLIES', 'RALLY'], ['CHARGES', 'CHARGE'], ['PROTEST', 'PROTEST'], ['PROGRESS', 'PROGRESS'], ['GAS', 'GAS']] as const) {
    assert.equal(singular(pl), sg, pl);
  }
  assert.equal(plural('RALLY'), 'RALLIES');
  assert.equal(plural('PROTEST'), 'PROTESTS');
  assert.equal(plural('BUS'), 'BUSES');
  assert.equal(plural('DAY'), 'DAYS');
});

test('singularReading: a regular plural pattern word reads its singular; a plural of its own sense, a singular or a non-plural does not', () => {
  const rows: [string, string | null][] = [
    ['MINISTERS', 'MINISTER'],
    ['SANCTIONS', 'SANCTION'],
    ['CLASHES', 'CLASH'],
    ['RALLIES', 'RALLY'],
    ['ARMS', null],
    ['FORCES', null],
    ['TALKS', null],
    ['MINISTER', null],
    ['PROGRESS', null],
    ['GAS', null],
  ];
  for (const [word, want] of rows) assert.equal(singularReading(word), want, word);
});

test('objectSynonyms: nouns coded alike under two verbs that tell objects apart read each other, in both numbers', () => {
  const m = objectSynonyms(
    blocksOf([
      ['ARRANGE', '---', ['1 [141] * DEMONSTRATION # STAGE', '2 [141] * PROTEST # STAGE', '3 [190] * RAID # STAGE']],
      ['PROHIBIT', '---', ['4 [1721] * DEMONSTRATIONS # BAN', '5 [1721] * PROTEST # BAN', '6 [163] * IMPORTS # BAN']],
    ]),
  );
  assert.deepEqual(m.get('PROTEST'), ['DEMONSTRATION', 'DEMONSTRATIONS']);
  assert.deepEqual(m.get('PROTESTS'), ['DEMONSTRATION', 'DEMONSTRATIONS']);
  assert.deepEqual(m.get('DEMONSTRATION'), ['PROTEST', 'PROTESTS']);
  // RAID and IMPORT are each coded by one verb only, and differently from the others.
  assert.equal(m.get('RAID'), undefined);
  assert.equal(m.get('IMPORTS'), undefined);
});

test('objectSynonyms: negative cases', () => {
  const coded = (lines: readonly string[], more: readonly [string, string, readonly string[]][] = []) =>
    objectSynonyms(blocksOf([['B1', '---', lines], ...more]));
  // One verb is no evidence.
  assert.equal(coded(['1 [141] * DEMONSTRATION # STAGE', '2 [141] * PROTEST # STAGE', '3 [190] * RAID # STAGE']).size, 0);
  // A verb that codes every object alike (CONDEMN: 111) tells nothing about them.
  assert.equal(coded(['1 [111] * DECISION # CONDEMN', '2 [111] * RAID # CONDEMN', '3 [111] * DECISION # BLAST', '4 [111] * RAID # BLAST']).size, 0);
  // A pattern that codes what the bare verb codes says nothing about its object's sense.
  const bare = objectSynonyms(blocksOf([['SUPPORT', '051', ['1 [051] * DECISION # SUPPORT', '2 [051] * PLAN # SUPPORT', '3 [141] * PROTEST # SUPPORT']], ['APPROVE', '051', ['4 [051] * DECISION # APPROVE', '5 [051] * PLAN # APPROVE', '6 [030] * AID # APPROVE']]]));
  assert.equal(bare.size, 0);
  // Coded differently by as many verbs as code them alike: no synonyms.
  const split = coded(['1 [141] * DEMONSTRATION # STAGE', '2 [141] * PROTEST # STAGE', '3 [190] * RAID # STAGE', '4 [170] * DEMONSTRATION # DISPERSE', '5 [175] * PROTEST # DISPERSE', '6 [1721] * DEMONSTRATION # BAN', '7 [1721] * PROTEST # BAN', '8 [163] * IMPORT # BAN', '9 [170] * DEMONSTRATION # BREAK', '10 [175] * PROTEST # BREAK']);
  assert.equal(split.size, 0);
  // A pattern with more than the object word (a phrase, a set, an actor) is not a one-word object.
  assert.equal(coded(['1 [141] * DEMONSTRATION (IN SOLIDARITY) # STAGE', '2 [141] * &PROTEST # STAGE', '3 [190] * RAID # STAGE', '4 [141] $ * PROTEST # STAGE']).size, 0);
});

test('objectSynonyms: pairs, not their closure', () => {
  const m = objectSynonyms(
    blocksOf([
      ['B1', '---', ['1 [016] * ACCUSATION # DENY', '2 [016] * REPORT # DENY', '3 [010] * STATEMENT # DENY', '4 [020] * AID # DENY']],
      ['B2', '---', ['5 [016] * ACCUSATION # DISMISS', '6 [016] * REPORT # DISMISS', '7 [020] * AID # DISMISS']],
      ['B3', '---', ['8 [010] * REPORT # ISSUE', '9 [010] * STATEMENT # ISSUE', '10 [112] * THREAT # ISSUE']],
      ['B4', '---', ['11 [010] * REPORT # RELEASE', '12 [010] * STATEMENT # RELEASE', '13 [112] * THREAT # RELEASE']],
    ]),
  );
  assert.deepEqual(m.get('ACCUSATION'), ['REPORT', 'REPORTS']);
  assert.ok(!m.get('ACCUSATION')!.includes('STATEMENT'));
});

test('onePhraseObject: the noun of a verb-and-one-phrase pattern, singular; other shapes have none', () => {
  const cases: [string, string | null][] = [
    ['1 [042:043] * (FOR VISIT)', 'VISIT'],
    ['1 [046:046] * (FOR TALKS)', 'TALK'],
    ['1 [046:046] * (IN ^) (FOR SUMMIT)', null],
    ['1 [020] * (ON)', null],
    ['1 [194] * (WITH &WEAPON)', null],
    ['1 [141] * PROTESTS', null],
  ];
  for (const [line, want] of cases) assert.equal(onePhraseObject(parsePattern(line)), want, line);
});
