import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Timex } from '../model/index.ts';
import { sharedDataFile, skipWithoutData } from '../util/shared-data.ts';
import { EvalInputError } from './scorer.ts';
import { compareDocument, scorer, type GoldDoc, type TimexCounts, type TimexError } from './timex.ts';

const ours = (start: number, end: number, type: Timex['type'], value: string | null): Timex => ({
  id: 't', start, end, text: '', type, value, mod: null, anchor: { kind: 'none', timex: null }, stated: [], implied: [],
});

test('timex scorer: strict, relaxed, type and value on relaxed matches, with error classes', () => {
  const gold: GoldDoc = {
    id: 'd', dct: '2020-10-23', text: '',
    timex: [
      { start: 0, end: 9, text: 'last week', type: 'DATE', value: '2020-W42' },
      { start: 20, end: 33, text: 'the third quarter', type: 'DATE', value: '2020-Q3' },
      { start: 40, end: 45, text: 'three', type: 'DURATION', value: 'P3Y' },
      { start: 60, end: 64, text: 'July', type: 'DATE', value: '2020-07' },
    ],
  };
  const counts: TimexCounts = { gold: 0, ours: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
  const errors: TimexError[] = [];
  compareDocument(gold, [
    ours(0, 9, 'DATE', '2020-W42'),
    ours(24, 33, 'DATE', '2020-Q3'),
    ours(40, 45, 'DATE', '2017'),
    ours(50, 55, 'DATE', 'PRESENT_REF'),
  ], counts, errors);
  assert.deepEqual(counts, { gold: 4, ours: 4, strict: 2, relaxed: 3, type: 2, value: 2 });
  assert.deepEqual(errors.map((e) => e.kind).sort(), ['extent', 'missed', 'spurious', 'type', 'value: granularity']);
});

test('timex scorer: a line that is not the format names the line and the expected shape', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'timex-')), 'bad.jsonl');
  writeFileSync(file, '{"id":"a","text":"x","timex":[]}\n{"id":"b"}\n');
  await assert.rejects(scorer.score(file), (error: Error) => error instanceof EvalInputError && /line 2/.test(error.message));
});

test('timex scorer: TempEval-3 train figures end with the JSON line', { skip: skipWithoutData('tempeval3/train.jsonl') }, async () => {
  const report = await scorer.score(sharedDataFile('tempeval3/train.jsonl')!);
  assert.equal(report.figures.task, 'timex');
  for (const key of ['strictF1', 'relaxedF1', 'typeF1', 'valueF1']) assert.equal(typeof report.figures[key], 'number');
  assert.ok((report.figures.relaxedF1 as number) > 85);
});

test('timex scorer: reads the translation set (published, timexes) and counts its hard timexes', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'timex-')), 'set.jsonl');
  const story = {
    id: 's', group: 'translated', published: '2020-10-23', text: 'They met on Friday and on 23/10/2020.',
    timexes: [
      { start: 12, end: 18, text: 'Friday', type: 'DATE', value: '2020-10-23' },
      { start: 26, end: 36, text: '23/10/2020', type: 'DATE', value: '2020-10-23', hard: true },
    ],
  };
  writeFileSync(file, `${JSON.stringify(story)}\n`);
  const report = await scorer.score(file);
  assert.equal(report.figures.valueF1, 100);
  assert.deepEqual([report.figures.hardValueRight, report.figures.hard], [1, 1]);
  assert.ok(report.notes!.some((n) => /hard timexes .* 1 of 1/.test(n)));
});

test('timex scorer: a gold file without hard marks prints no hard line', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'timex-')), 'plain.jsonl');
  writeFileSync(file, `${JSON.stringify({ id: 'a', dct: '2020-10-23', text: 'They met on Friday.', timex: [{ start: 12, end: 18, text: 'Friday', type: 'DATE', value: '2020-10-23' }] })}\n`);
  const report = await scorer.score(file);
  assert.equal(report.figures.hard, undefined);
  assert.ok(!report.notes!.some((n) => /hard/.test(n)));
});
