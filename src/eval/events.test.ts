import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classifyErrors, classifyErrorsBy, compareTriples, eventsReport, LEVELS, predictTriples, readEventRecords, type Triple, type TriggerInRecord } from './events.ts';
import { EvalInputError } from './scorer.ts';
import { REPO_ROOT } from '../util/shared-data.ts';

const [countryFull, countryRoot, exactFull] = LEVELS;
const t = (source: string, target: string, code: string): Triple => ({ source, target, code });

function file(lines: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'events-eval-'));
  const f = path.join(dir, 'gold.jsonl');
  writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

test('triples are compared as sets: correct, missed and extra', () => {
  const expected = [t('RUSGOV', 'CHN', '036'), t('CHN', 'RUSGOV', '036')];
  const predicted = [t('RUS', 'CHN', '036'), t('RUS', 'CHN', '036'), t('RUS', 'USA', '190')];
  assert.deepEqual(compareTriples(expected, predicted, countryFull!), { correct: 1, missed: 1, extra: 1 });
  assert.deepEqual(compareTriples(expected, predicted, exactFull!), { correct: 0, missed: 2, extra: 2 });
});

test('root level compares the first two digits only', () => {
  assert.deepEqual(compareTriples([t('USA', 'MEX', '0256')], [t('USA', 'MEX', '020')], countryRoot!), { correct: 1, missed: 0, extra: 0 });
  assert.deepEqual(compareTriples([t('USA', 'MEX', '0256')], [t('USA', 'MEX', '020')], countryFull!), { correct: 0, missed: 1, extra: 1 });
});

test('an empty expected list scores every predicted event as extra', () => {
  assert.deepEqual(compareTriples([], [t('USA', 'MEX', '010')], countryFull!), { correct: 0, missed: 0, extra: 1 });
});

test('malformed lines are input errors that name the line and the format', async (t2) => {
  const cases: [string, string[], RegExp][] = [
    ['not JSON', ['{"id":"a","text":"x","expected":[]}', 'nope'], /line 2 is not JSON/],
    ['code as a number', ['{"id":"a","text":"x","expected":[{"source":"USA","target":"MEX","code":10}]}'], /line 1: expected\.0\.code/],
    ['no expected list', ['{"id":"a","text":"x"}'], /line 1: expected/],
  ];
  for (const [name, lines, message] of cases) {
    await t2.test(name, () => assert.throws(() => readEventRecords(file(lines)), (e: unknown) => e instanceof EvalInputError && message.test(e.message)));
  }
});

test('the report ends with the figures line PETRARCH-style', () => {
  const f = file([
    JSON.stringify({ id: '1', date: '2020-01-01', text: 'Israeli soldiers attacked Palestinian militants.', expected: [t('ISRMIL', 'PSE', '190')] }),
    JSON.stringify({ id: '2', date: null, text: 'Heavy rain fell on Tuesday.', expected: [] }),
  ]);
  const report = eventsReport(readEventRecords(f), f);
  assert.deepEqual(Object.keys(report.figures), ['task', 'correct', 'missed', 'extra', 'precision', 'recall', 'rootPrecision', 'rootRecall']);
  assert.equal(report.figures.task, 'events');
  assert.equal(report.figures.correct, 1);
  assert.equal(report.figures.extra, 0);
  assert.equal(report.figures.precision, 100);
});

test('the class line is followed by one "pruned by" line: the rule that dropped each pruned miss, counted', () => {
  const notes = (lines: object[]) => {
    const f = file(lines.map((l) => JSON.stringify(l)));
    return eventsReport(readEventRecords(f), f).notes ?? [];
  };
  // "The prime minister" has no country: the visit between states is dropped by background-events' unplaced government.
  const dropped = notes([{ id: '1', date: '2020-01-01', text: 'The prime minister arrived in Brunei today for a two-day official visit.', expected: [{ ...t('MYS', 'BRN', '042'), trigger: 'arrived' }] }]);
  const at = dropped.findIndex((n) => n.startsWith('errors by class'));
  assert.match(dropped[at]!, /trigger found, pruned, not this triple 1/);
  assert.equal(dropped[at + 1], 'pruned by: background event: unplaced government 1');
  // nothing pruned: the line says none
  const kept = notes([{ id: '1', date: '2020-01-01', text: 'Israeli soldiers attacked Palestinian militants.', expected: [t('ISRMIL', 'PSE', '190')] }]);
  assert.equal(kept[kept.findIndex((n) => n.startsWith('errors by class')) + 1], 'pruned by: none');
});

test('the report lists each record it got wrong (for --errors): text, expected, given, classes; right records are not listed', () => {
  const f = file([
    JSON.stringify({ id: 'right', date: '2020-01-01', text: 'Israeli soldiers attacked Palestinian militants.', expected: [t('ISRMIL', 'PSE', '190')] }),
    JSON.stringify({ id: 'dropped', date: '2020-01-01', text: 'The prime minister arrived in Brunei today for a two-day official visit.', expected: [{ ...t('MYS', 'BRN', '042'), trigger: 'arrived' }] }),
    JSON.stringify({ id: 'clean', date: null, text: 'Heavy rain fell on Tuesday.', expected: [], no_event_reason: 'nature' }),
  ]);
  const { errors } = eventsReport(readEventRecords(f), f);
  assert.deepEqual(errors, [[
    'dropped: The prime minister arrived in Brunei today for a two-day official visit.',
    '  expected: MYS BRN 042',
    '  newsgraph: none',
    '  errors: trigger found, pruned, not this triple (by background event: unplaced government)',
  ]]);
});

test("a pruned miss names the rule that dropped the trigger its class rests on; other classes name none", () => {
  const thanked = { ...t('CHN', 'PAK', '051'), trigger: 'thanked' };
  const pruned = (by: string | undefined, dropped?: Triple[]): TriggerInRecord => ({ text: 'thanked', code: '051', why: 'pruned', ...(by && { by }), ...(dropped && { dropped }) });
  const cases: [string, TriggerInRecord[], string, string | undefined][] = [
    ['dropped by a named rule', [pruned('learned filter')], 'trigger found, pruned', 'learned filter'],
    ['the stage named none', [pruned(undefined)], 'trigger found, pruned', 'unnamed'],
    ['not this triple: the first dropped trigger', [pruned('same kind', [t('---GOV', 'PAK', '051')]), pruned('learned filter', [t('CHN', 'PAK', '050')])], 'trigger found, pruned, not this triple', 'same kind'],
    ['the drop that carried the triple, not an earlier one', [pruned('same kind', [t('---GOV', 'PAK', '051')]), pruned('background: relative clause', [t('CHN', 'PAK', '051')])], 'trigger found, pruned', 'background: relative clause'],
    // negative: a miss that no drop explains names no rule, even with a dropped trigger beside it
    ['no actor placed outranks a drop', [pruned('learned filter'), { text: 'thanked', code: '051', why: 'unplaced' }], 'trigger found, actor missing', undefined],
    ['coded outranks a drop', [pruned('learned filter'), { text: 'thanked', code: '051', why: 'coded' }], 'trigger coded, this triple not', undefined],
    ['a dropped trigger that is not the triple\'s', [{ ...pruned('learned filter'), text: 'visited', code: '042' }], 'no trigger', undefined],
    ['a statement read as a plain statement', [{ text: 'thanked', code: '010', why: 'statement' }], 'statement not read as the act', undefined],
  ];
  for (const [name, found, cls, by] of cases) assert.deepEqual(classifyErrorsBy({ expected: [thanked] }, [], found), [{ class: cls, ...(by && { by }) }], name);
  // paired classes and extras name no rule
  assert.deepEqual(classifyErrorsBy({ expected: [thanked] }, [t('CHN', 'PAK', '050'), t('USA', 'MEX', '190')], [pruned('learned filter')]), [{ class: 'code differs at leaf' }, { class: 'extra: in an event sentence' }]);
});

test("a record's context is analysed with it, but only its own sentence's events are scored", () => {
  const context = 'Israeli soldiers attacked Palestinian militants.';
  const f = file([
    JSON.stringify({ id: '1', date: null, context, text: 'Heavy rain fell on Tuesday.', expected: [] }),
    JSON.stringify({ id: '2', date: null, context: 'Heavy rain fell on Tuesday.', text: context, expected: [t('ISRMIL', 'PSE', '190')] }),
  ]);
  const [quiet, attack] = readEventRecords(f);
  assert.deepEqual(predictTriples(quiet!), []);
  assert.deepEqual(predictTriples(attack!).map((x) => x.code), ['190']);
});

test('a record is read in its story: a pronoun takes the actor an earlier record of the story named', async (t2) => {
  const named = 'Venezuelan President Hugo Chavez spoke in Caracas on Monday.';
  const pronoun = 'He rejected the offer.';
  const rejection = [t('VENGOV', '---', '127')];
  // [case, the file's records (story, context, text), the last record's expected triples]
  const cases: [string, { story?: string; context?: string; text: string }[], Triple[]][] = [
    ['an earlier record of the same story names him', [{ story: 's', text: named }, { story: 's', text: pronoun }], rejection],
    ["the story's first record, after its context", [{ story: 's', context: named, text: pronoun }], rejection],
    ['a record with no story is read alone', [{ text: named }, { text: pronoun }], []],
    ['a record of another story does not count', [{ story: 's', text: named }, { story: 'u', text: pronoun }], []],
    ['a later record of the story does not count', [{ story: 's', text: pronoun }, { story: 's', text: named }], []],
  ];
  for (const [name, lines, expected] of cases) {
    await t2.test(name, () => {
      const records = readEventRecords(file(lines.map((l, k) => JSON.stringify({ id: String(k), date: null, ...l, expected: [] }))));
      const pronounRecord = records.find((r) => r.text === pronoun)!;
      assert.deepEqual(predictTriples(pronounRecord), expected);
    });
  }
});

test("a story is one article: each record's span in it is its own sentence", () => {
  const f = file(['a', 'b', 'c'].map((w, k) => JSON.stringify({ id: String(k), story: 's', date: null, ...(k === 0 ? { context: 'Before.' } : {}), text: `Sentence ${w}.`, expected: [] })));
  const records = readEventRecords(f);
  assert.equal(new Set(records.map((r) => r.article!.text)).size, 1);
  assert.deepEqual(records.map((r) => r.article!.text.slice(r.article!.start, r.article!.end)), ['Sentence a.', 'Sentence b.', 'Sentence c.']);
  assert.ok(records[0]!.article!.text.startsWith('Before.\n'));
});

test('the development set has at least 200 sentences in the eval format', () => {
  const records = readEventRecords(path.join(REPO_ROOT, 'test/fixtures/events-dev.jsonl'));
  assert.ok(records.length >= 200);
  assert.ok(records.every((r) => r.expected.every((x) => /^\d{2,4}$/.test(x.code))));
});

test('errors are classed by the nearest pairing of a missed and an extra triple', () => {
  const cases: [string, Triple[], Triple[], string | undefined, string[]][] = [
    ['leaf differs', [t('RUS', 'CHN', '036')], [t('RUSGOV', 'CHN', '030')], undefined, ['code differs at leaf']],
    ['root differs', [t('RUS', 'CHN', '036')], [t('RUS', 'CHN', '190')], undefined, ['code differs at root']],
    ['actor wrong (reversed)', [t('RUS', 'CHN', '036')], [t('CHN', 'RUS', '036')], undefined, ['actor wrong']],
    ['no trigger and an extra', [t('RUS', 'CHN', '036')], [t('USA', 'MEX', '190')], undefined, ['no trigger', 'extra: in an event sentence']],
    ['extra in a no-event sentence', [], [t('USA', 'MEX', '010')], 'statement', ['extra: statement']],
    ['all correct', [t('RUS', 'CHN', '036')], [t('RUSGOV', 'CHNGOV', '036')], undefined, []],
    ['leaf pairing before actor pairing', [t('RUS', 'CHN', '036'), t('USA', 'CHN', '030')], [t('RUS', 'CHN', '030')], undefined, ['code differs at leaf', 'no trigger']],
  ];
  for (const [name, expected, predicted, reason, classes] of cases) {
    assert.deepEqual(classifyErrors({ expected, no_event_reason: reason }, predicted, []).sort(), classes.sort(), name);
  }
});

test('a missed triple is classed by what became of its trigger: none found, found with no actor, coding another triple, or dropped', () => {
  const thanked = { ...t('CHN', 'PAK', '051'), trigger: 'thanked' };
  const cases: [string, Triple, TriggerInRecord[], string][] = [
    ['no uncoded trigger', thanked, [], 'no trigger'],
    ['its trigger found, no actor placed', thanked, [{ text: 'thanked', code: '051', why: 'unplaced' }], 'trigger found, actor missing'],
    ['a multiword trigger shares a word', { ...t('CHN', 'PAK', '018'), trigger: 'expressed condolences' }, [{ text: 'condolences', code: '018', why: 'unplaced' }], 'trigger found, actor missing'],
    ['its trigger found, its event dropped', thanked, [{ text: 'thanked', code: '051', why: 'pruned' }], 'trigger found, pruned'],
    ['its dropped event carried this triple (country level)', thanked, [{ text: 'thanked', code: '051', why: 'pruned', dropped: [t('CHNGOV', 'PAK', '051')] }], 'trigger found, pruned'],
    ['its dropped event carried other actors', thanked, [{ text: 'thanked', code: '051', why: 'pruned', dropped: [t('---GOV', 'PAK', '051')] }], 'trigger found, pruned, not this triple'],
    ['its dropped event carried another code', thanked, [{ text: 'thanked', code: '051', why: 'pruned', dropped: [t('CHN', 'PAK', '050')] }], 'trigger found, pruned, not this triple'],
    ['its trigger coded another triple (the other side)', thanked, [{ text: 'thanked', code: '051', why: 'coded' }], 'trigger coded, this triple not'],
    ['no actor placed outranks coding another triple', thanked, [{ text: 'thanked', code: '051', why: 'coded' }, { text: 'thanked', code: '051', why: 'unplaced' }], 'trigger found, actor missing'],
    ['another trigger of the record is no match', thanked, [{ text: 'visited', code: '042', why: 'unplaced' }], 'no trigger'],
    ['no gold trigger: a trigger of the same root', t('CHN', 'PAK', '051'), [{ text: 'praised', code: '051', why: 'unplaced' }], 'trigger found, actor missing'],
    ['no gold trigger: a trigger of another root', t('CHN', 'PAK', '051'), [{ text: 'visited', code: '042', why: 'unplaced' }], 'no trigger'],
    ['its statement verb read as a plain statement', { ...t('CHN', 'PAK', '112'), trigger: 'said' }, [{ text: 'said', code: '010', why: 'statement' }], 'statement not read as the act'],
    ['a statement verb that is not the trigger', thanked, [{ text: 'said', code: '010', why: 'statement' }], 'no trigger'],
    ['the statement coded another triple: coded outranks', { ...t('CHN', 'PAK', '112'), trigger: 'said' }, [{ text: 'said', code: '010', why: 'statement' }, { text: 'said', code: '111', why: 'coded' }], 'trigger coded, this triple not'],
    ['the statement read as the act and then dropped: pruned outranks', { ...t('CHN', 'PAK', '112'), trigger: 'said' }, [{ text: 'said', code: '010', why: 'statement' }, { text: 'said', code: '112', why: 'pruned' }], 'trigger found, pruned'],
  ];
  for (const [name, missed, found, cls] of cases) assert.deepEqual(classifyErrors({ expected: [missed] }, [], found), [cls], name);
});

test('predictTriples hears the triggers that gave no event, and classifyErrors reads them by default', () => {
  const record = (text: string, trigger: string) => ({ id: text, date: '2020-01-02', text, expected: [{ ...t('USA', 'CHN', '051'), trigger }] });
  const cases: [string, string, string][] = [
    ['He thanked them for the help.', 'thanked', 'trigger found, actor missing'],
    ['The talks went on for hours.', 'agreed', 'no trigger'],
    ['American officials said the Chinese ships were in the area.', 'said', 'statement not read as the act'],
  ];
  for (const [text, trigger, cls] of cases) {
    const r = record(text, trigger);
    assert.deepEqual(classifyErrors(r, predictTriples(r)), [cls], text);
  }
});

test('a missed triple whose trigger coded other triples is classed so, not as no trigger', () => {
  const met = (source: string, target: string) => ({ ...t(source, target, '040'), trigger: 'met' });
  const text = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.';
  const r = { id: text, date: '2020-01-02', text, expected: [met('RUS', 'CHN'), met('CHN', 'RUS'), met('RUS', 'IND')] };
  assert.deepEqual(classifyErrors(r, predictTriples(r)), ['trigger coded, this triple not']);
});
