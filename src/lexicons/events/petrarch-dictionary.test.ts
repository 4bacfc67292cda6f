import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePetrarch, SOURCES } from '../../../scripts/build-petrarch-dictionary.ts';
import { sharedDataFile, skipWithoutData } from '../../util/shared-data.ts';
import { loadEventLexicons } from './event-lexicons.ts';
import { loadPetrarchDictionary, parsePattern, PetrarchVerbsSchema, printPattern, type Pattern } from './petrarch-dictionary.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const dict = loadPetrarchDictionary();
const blocks = dict.verbs.blocks;
const verb = (name: string) => blocks.flatMap((b) => b.verbs.map((v) => ({ ...v, block: b.name }))).find((v) => v.verb === name);
const set = (name: string) => dict.verbs.sets.find((s) => s.name === name);

test('the committed compiled files are what the build script writes from the shared data', { skip: skipWithoutData(SOURCES.verbs) }, () => {
  const { files } = compilePetrarch((key) => readFileSync(sharedDataFile(SOURCES[key])!, 'utf8'));
  for (const [name, text] of Object.entries(files)) {
    assert.equal(readFileSync(path.join(here, name), 'utf8'), text, `${name} is stale: run node --import tsx scripts/build-petrarch-dictionary.ts`);
  }
});

test('the compiled dictionary holds every block, verb and pattern the summary counts, and the MIT notice', () => {
  const s = dict.verbs.summary;
  assert.equal(blocks.length, s.blocks);
  assert.equal(blocks.reduce((n, b) => n + b.verbs.length, 0), s.verbs);
  assert.equal(blocks.reduce((n, b) => n + b.patterns.length, 0), s.patterns);
  assert.equal(dict.verbs.sets.length, s.sets);
  // The source's 4,668 patterns in 397 blocks, less the few lines it writes malformed.
  assert.equal(s.blocks, 397);
  assert.equal(s.patterns + s.patternsLeftOut, 4668);
  assert.match(dict.verbs.notice, /^The MIT License \(MIT\)\n\nCopyright \(c\) 2015 Open Event Data Alliance/);
  assert.match(dict.verbs.notice, /OTHER DEALINGS IN THE SOFTWARE\.$/);
});

test('verbs carry their forms: regular ones generated, irregular ones as the braces list them, multi-word verbs split', () => {
  const cases: [string, Partial<{ forms: string[]; after: string[]; code: string; block: string }>][] = [
    ['HURRY', { forms: ['HURRY', 'HURRIES', 'HURRIED', 'HURRYING'] }],
    ['SPEED', { forms: ['SPEED', 'SPEEDING', 'SPEEDS', 'SPED'] }], // braces: no SPEEDED
    ['ARRIVE', { forms: ['ARRIVE', 'ARRIVES', 'ARRIVED', 'ARRIVING'] }],
    ['ASK_FOR', { forms: ['ASK', 'ASKED', 'ASKING', 'ASKS'], after: ['FOR'], code: '020', block: 'ASK' }],
    ['CALL_OFF', { after: ['OFF'], code: '160' }],
    ['RECONVENE', { code: '---' }], // written RECONVENE[---], no space
    ['ATTACK', { block: 'PHYSICAL_CONFLICT' }],
  ];
  for (const [name, want] of cases) {
    const v = verb(name);
    assert.ok(v, name);
    if (want.forms) assert.deepEqual([...v.forms].sort(), [...want.forms].sort(), name);
    if (want.after) assert.deepEqual(v.after, want.after, name);
    if (want.code) assert.equal(v.code, want.code, name);
    if (want.block) assert.equal(v.block, want.block, name);
  }
  assert.equal(verb('HURRY')?.after, undefined);
});

test('synonym sets keep the plural rules: a member or a set name ending in _ takes no plural', () => {
  const members = (name: string) => new Map(set(name)!.members.map((m) => [m[0], m[1]]));
  const currency = members('CURRENCY');
  assert.equal(currency.get('DOLLAR'), 'DOLLARS');
  assert.ok(currency.has('CASH') && currency.get('CASH') === undefined, 'CASH_ takes no plural');
  assert.equal(members('LEADER').get('PRIME MINISTER'), 'PRIME MINISTERS', 'a phrase makes its last word plural');
  assert.equal(members('MILITARY').get('TROOPS'), undefined, 'a word already ending in S is taken as plural');
  assert.ok([...members('AUXVERB1_').values()].every((p) => p === undefined), 'a set named with a final _ makes no plurals');
});

test('pattern lines read back to the patterns they were printed from', () => {
  const cases: [string, Pattern][] = [
    ['718 [042:043] * (TO) # RUSH', { line: 718, code: '042:043', pre: [], post: [{ pp: 'TO', np: [] }], for: 'RUSH' }],
    ['724 [153] * POLICE (TO BORDER) # RUSH', { line: 724, code: '153', pre: [], post: ['POLICE', { pp: 'TO', np: ['BORDER'] }], for: 'RUSH' }],
    ['727 [154] &MILITARY *', { line: 727, code: '154', pre: ['&MILITARY'], post: [] }],
    ['804 [:173] * (BEFORE COURT) # APPEAR', { line: 804, code: ':173', pre: [], post: [{ pp: 'BEFORE', np: ['COURT'] }], for: 'APPEAR' }],
    ['9 [193] &WEAPON * (FROM $) (TOWARD +)', { line: 9, code: '193', pre: ['&WEAPON'], post: [{ pp: 'FROM', np: ['$'] }, { pp: 'TOWARD', np: ['+'] }] }],
    ['10 [195] * {AIR_STRIKE} (IN BOMBING/EXPLOSION)', { line: 10, code: '195', pre: [], post: [{ np: ['AIR_STRIKE'] }, { pp: 'IN', np: ['BOMBING/EXPLOSION'] }] }],
  ];
  for (const [line, pattern] of cases) {
    assert.deepEqual(parsePattern(line), pattern, line);
    assert.equal(printPattern(pattern), line);
  }
  for (const b of blocks) for (const p of b.patterns) assert.deepEqual(parsePattern(printPattern(p)), p);
});

test('a compiled file that breaks the format is refused, naming where', () => {
  const good = JSON.parse(readFileSync(path.join(here, 'petrarch-verbs.json'), 'utf8'));
  const bad: [string, (d: any) => void][] = [
    ['unbalanced pattern', (d) => (d.blocks[0].patterns[0] = '718 [042:043] * (TO # RUSH')],
    ['no star', (d) => (d.blocks[0].patterns[0] = '718 [042] (TO)')],
    ['bad code', (d) => (d.blocks[0].patterns[0] = '718 [080!] * (TO)')],
    ['verb without forms', (d) => (d.blocks[0].verbs[0].forms = [])],
    ['bad block code', (d) => (d.blocks[0].code = '19x')],
  ];
  for (const [name, breakIt] of bad) {
    const copy = structuredClone(good);
    breakIt(copy);
    const parsed = PetrarchVerbsSchema.safeParse(copy);
    assert.equal(parsed.success, false, name);
    assert.equal(parsed.error?.issues[0]?.path[0], 'blocks', name);
  }
  assert.equal(PetrarchVerbsSchema.safeParse(good).success, true);
});

test('every code the dictionary gives is a CAMEO code of the code table, but one it lacks (1213)', () => {
  const codes = loadEventLexicons().codes;
  const all = blocks.flatMap((b) => [b.code, ...b.verbs.map((v) => v.code ?? '---'), ...b.patterns.map((p) => p.code)]);
  const unknown = new Set(all.flatMap((c) => c.split(':')).filter((c) => c !== '' && c !== '---' && !codes.has(c)));
  assert.deepEqual([...unknown], ['1213']);
});

test('discards split sentence- from story-level phrases; issues expand n:, v: and + forms', () => {
  assert.ok(dict.discards.sentence.includes('BASEBALL'));
  assert.ok(dict.discards.story.includes('MANCHESTER UNITED'));
  assert.ok(!dict.discards.story.includes('BASEBALL'));
  assert.ok(dict.discards.sentence.includes('GROUP A_'), 'a final _ is kept: the word must end there');
  const education = dict.issues.sections.find((s) => s.category === 'EDUCATION')!;
  assert.deepEqual(education.issues.EARLY_CHILDHOOD_EDUCATION!.slice(0, 6), ['PRESCHOOL', 'PRESCHOOLS', 'PRE SCHOOL', 'PRE-SCHOOL', 'PRE SCHOOLS', 'PRE-SCHOOLS']);
  assert.ok(education.exclude.includes('FINANCIAL LITERACY'));
});
