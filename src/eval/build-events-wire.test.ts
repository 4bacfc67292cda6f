import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AnnotationError,
  datelineProblems,
  FIXTURE_DIR,
  loadPlaceIndex,
  loadVocabulary,
  NO_EVENT_REASONS,
  parseAnnotations,
  readAllAnnotations,
  splitByStory,
  tuneOnlyStories,
  toJsonl,
  triggerOccurs,
  tripleProblems,
  type WireRecord,
} from './build-events-wire.ts';
import { readEventRecords } from './events.ts';
import { detokenize } from '../util/detokenize.ts';
import { sharedDataFile, skipWithoutData } from '../util/shared-data.ts';

const vocabulary = loadVocabulary();
const places = loadPlaceIndex();
const HEADER = '### s1 | Reuters | 2024-01-02 | https://example.org/a';

test('triggers are found whole or as ordered parts joined by " … "', () => {
  const text = 'Police say they killed two militants and arrested another 11.';
  const cases: [string, boolean][] = [
    ['arrested', true],
    ['say … killed', true],
    ['killed … say', false],
    ['detained', false],
    ['', false],
  ];
  for (const [trigger, found] of cases) assert.equal(triggerOccurs(trigger, text), found, trigger);
});

test('a triple is checked for known codes, well-formed actors and a trigger in the text', () => {
  const text = 'Kenyan police fired tear gas at protesters.';
  const ok = { source: 'KENCOP', target: '---OPP', code: '175', trigger: 'fired tear gas' };
  assert.deepEqual(tripleProblems(ok, text, vocabulary), []);
  const cases: [Partial<typeof ok>, RegExp][] = [
    [{ code: '999' }, /code 999 is not a CAMEO code/],
    [{ code: '19' }, /^$/],
    [{ source: 'KENCO' }, /KENCO is not a run of 3-letter blocks/],
    [{ source: 'kencop' }, /not a run of 3-letter blocks/],
    [{ target: 'XYZGOV' }, /XYZGOV starts with no known country/],
    [{ trigger: 'shot' }, /trigger "shot" is not in the text/],
  ];
  for (const [change, problem] of cases) {
    const problems = tripleProblems({ ...ok, ...change }, text, vocabulary).join('; ');
    assert.match(problems, problem, JSON.stringify(change));
  }
});

test('annotation files parse into records with context, dateline and no-event reasons', () => {
  const source = [
    HEADER,
    '1 | NAIROBI (Reuters) - Kenyan police fired tear gas at protesters.',
    '  @ NAIROBI (Reuters) -',
    '  + KENCOP ---OPP 175 | fired tear gas | dictionary',
    '~ | A line kept only as context.',
    '2 | They later detained 20 people.',
    '  ^ 2',
    '  + KENCOP ---CVL 173 | detained',
    '3 | The weather was fine.',
    '  0 nature',
  ].join('\n');
  const records = parseAnnotations(source, 'x.ann', vocabulary);
  assert.deepEqual(
    records.map((r) => [r.id, r.story, r.date, r.expected.length, r.no_event_reason ?? null]),
    [
      ['s1-1', 's1', '2024-01-02', 1, null],
      ['s1-2', 's1', '2024-01-02', 1, null],
      ['s1-3', 's1', '2024-01-02', 0, 'nature'],
    ],
  );
  assert.equal(records[0]!.dateline, 'NAIROBI (Reuters) -');
  assert.equal(records[1]!.context, 'NAIROBI (Reuters) - Kenyan police fired tear gas at protesters. A line kept only as context.');
  assert.equal(records[0]!.expected[0]!.reason, 'dictionary');
  assert.equal(records[1]!.expected[0]!.reason, undefined);
});

test('malformed annotations are errors that name the file and line', () => {
  const cases: [string, string[], RegExp][] = [
    ['no header', ['1 | Text.'], /x\.ann:1: a line before the first ### story header/],
    ['bad date', ['### s | AP | 2024-1-2 | -'], /x\.ann:1: date 2024-1-2 is not YYYY-MM-DD/],
    ['neither triple nor reason', [HEADER, '1 | Text one.', '2 | Text two.', '  0 statement'], /x\.ann:3: s1-1 has neither/],
    ['unknown reason', [HEADER, '1 | Text.', '  0 boring'], /no-event reason boring is not one of/],
    ['reason and triple', [HEADER, '1 | Police arrested him.', '  0 statement', '  + ---COP --- 173 | arrested'], /has a no-event reason and a triple/],
    ['triple twice', [HEADER, '1 | Police arrested him.', '  + ---COP --- 173 | arrested', '  + ---COP --- 173 | arrested'], /the same triple twice/],
    ['context too long', [HEADER, '1 | Text.', '  ^ 1', '  0 statement'], /the story has 0 sentence\(s\) before this one/],
    ['dateline not opening', [HEADER, '1 | Text.', '  @ CAIRO (AP) —', '  0 statement'], /dateline "CAIRO \(AP\) —" does not open the sentence/],
    ['bad trigger', [HEADER, '1 | Police arrested him.', '  + ---COP --- 173 | detained'], /x\.ann:3: trigger "detained" is not in the text/],
    ['sentence twice', [HEADER, '1 | A.', '  0 statement', '1 | B.', '  0 statement'], /sentence s1-1 appears twice/],
  ];
  for (const [name, lines, message] of cases) {
    assert.throws(() => parseAnnotations(lines.join('\n'), 'x.ann', vocabulary), (e: unknown) => e instanceof AnnotationError && message.test(e.message), name);
  }
});

const record = (id: string, story: string, outlet: string, codes: string[]): WireRecord => ({
  id,
  story,
  date: null,
  text: 'x',
  outlet,
  expected: codes.map((code) => ({ source: 'USA', target: 'CHN', code, trigger: 'x' })),
  ...(codes.length === 0 ? { no_event_reason: 'statement' as const } : {}),
});

test('the split keeps every story whole, loses nothing and balances the halves', () => {
  const records = [
    ...['a', 'b', 'c', 'd'].flatMap((s) => [record(`${s}-1`, s, 'VOA', ['042']), record(`${s}-2`, s, 'VOA', [])]),
    ...['e', 'f'].flatMap((s) => [record(`${s}-1`, s, 'AP', ['190']), record(`${s}-2`, s, 'AP', ['111'])]),
  ];
  const { tune, frozen } = splitByStory(records);
  assert.equal(tune.length + frozen.length, records.length);
  const stories = (rs: WireRecord[]) => new Set(rs.map((r) => r.story));
  assert.deepEqual([...stories(tune)].filter((s) => stories(frozen).has(s)), []);
  assert.equal(tune.filter((r) => r.outlet === 'VOA').length, 4);
  assert.equal(tune.filter((r) => r.outlet === 'AP').length, 2);
  assert.deepEqual(splitByStory([...records].reverse()).tune.map((r) => r.id).sort(), tune.map((r) => r.id).sort(), 'order of input does not matter');
});

test('tune-only stories join the tune half and leave the deal of the others as it was', () => {
  const dealt = ['a', 'b', 'c', 'd'].flatMap((s) => [record(`${s}-1`, s, 'VOA', ['042']), record(`${s}-2`, s, 'VOA', [])]);
  const added = ['x', 'y'].flatMap((s) => [record(`${s}-1`, s, 'VOA', ['190']), record(`${s}-2`, s, 'VOA', ['111'])]);
  const before = splitByStory(dealt);
  const after = splitByStory([...dealt, ...added], new Set(['x', 'y']));
  assert.deepEqual(after.frozen, before.frozen);
  assert.deepEqual(after.tune, [...before.tune, ...added]);
});

test('a dateline city is an actor only when the sentence names its country again', () => {
  const base = record('k-1', 'k', 'Reuters', []);
  const withTriple = (text: string, source: string): WireRecord => ({
    ...base,
    text,
    dateline: 'NAIROBI (Reuters) -',
    expected: [{ source, target: '---', code: '141', trigger: 'marched' }],
  });
  assert.deepEqual(datelineProblems(withTriple('NAIROBI (Reuters) - Kenyan students marched.', 'KENEDU'), places), []);
  assert.deepEqual(datelineProblems(withTriple('NAIROBI (Reuters) - Students in Nairobi marched.', 'KENEDU'), places), []);
  assert.match(datelineProblems(withTriple('NAIROBI (Reuters) - Students marched.', 'KENEDU'), places).join(), /KENEDU comes only from the dateline NAIROBI/);
});

// The committed development set itself.
const all = readAllAnnotations(vocabulary);
const { tune, frozen } = splitByStory(all, tuneOnlyStories(vocabulary));

test('tune.jsonl and frozen.jsonl are the build of the annotation files (rebuild with src/eval/build-events-wire.ts)', () => {
  assert.equal(readFileSync(path.join(FIXTURE_DIR, 'tune.jsonl'), 'utf8'), toJsonl(tune));
  assert.equal(readFileSync(path.join(FIXTURE_DIR, 'frozen.jsonl'), 'utf8'), toJsonl(frozen));
});

test('both halves read with the events scorer and hold only well-formed triples', () => {
  for (const half of ['tune.jsonl', 'frozen.jsonl']) {
    const records = readEventRecords(path.join(FIXTURE_DIR, half));
    assert.ok(records.length > 200, half);
    for (const r of records) {
      for (const t of r.expected) assert.deepEqual(tripleProblems({ ...t, trigger: t.trigger ?? '' }, r.text, vocabulary), [], r.id);
      if (r.expected.length === 0) assert.ok(NO_EVENT_REASONS.includes(r.no_event_reason as never), `${r.id} needs a no-event reason`);
    }
  }
});

test('the set meets its brief: 500+ sentences, a fifth without events, whole stories, datelines never actors', () => {
  assert.ok(all.length >= 500, `${all.length} sentences`);
  assert.ok(all.filter((r) => r.expected.length === 0).length * 5 >= all.length);
  const frozenStories = new Set(frozen.map((r) => r.story));
  assert.deepEqual(tune.filter((r) => frozenStories.has(r.story)).map((r) => r.id), []);
  assert.ok(all.some((r) => r.dateline));
  assert.deepEqual(all.flatMap((r) => datelineProblems(r, places)), []);
});

test('VOA sentences are the detokenised GMB sentences their ids name', { skip: skipWithoutData('gmb/train.jsonl') || skipWithoutData('gmb/dev.jsonl') }, () => {
  const sentences = new Map<number, string>();
  for (const split of ['train', 'dev']) {
    for (const line of readFileSync(sharedDataFile(`gmb/${split}.jsonl`)!, 'utf8').trim().split('\n')) {
      const doc = JSON.parse(line) as { id: string; sentences: { tokens: string[] }[] };
      const first = Number(doc.id.split('-')[1]);
      doc.sentences.forEach((s, i) => sentences.set(first + i, detokenize(s.tokens)));
    }
  }
  const voa = all.filter((r) => r.outlet === 'VOA');
  assert.ok(voa.length > 300);
  for (const r of voa) assert.equal(r.text, sentences.get(Number(r.id.split('-').at(-1))), r.id);
});
