import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../util/shared-data.ts';
import { EvalInputError } from './scorer.ts';
import { contentFormOf, matchAttributions, scorer, type Attribution } from './quotes.ts';

const a = (spans: [number, number][], speaker: [number, number] | null = null): Attribution => ({ type: 'indirect', layout: 'said-bare', spans, speaker, cue: null, speech: true });

test('matchAttributions: overlap needs half of the gold content, exact needs the same outer span', () => {
  const cases: [Attribution[], Attribution[], number, number][] = [
    [[a([[0, 10]])], [a([[0, 10]])], 1, 1],
    [[a([[0, 10]])], [a([[0, 5]])], 1, 0],
    [[a([[0, 10]])], [a([[0, 4]])], 0, 0],
    [[a([[0, 10]])], [a([[20, 30]])], 0, 0],
    [[a([[0, 4], [8, 12]])], [a([[0, 12]])], 1, 1],
    [[a([[0, 10]]), a([[0, 10]])], [a([[0, 10]])], 1, 1],
    [[], [a([[0, 10]])], 0, 0],
  ];
  for (const [gold, predicted, overlap, exact] of cases) {
    const m = matchAttributions(gold, predicted);
    assert.deepEqual([m.overlap.length, m.exact.length], [overlap, exact], JSON.stringify({ gold, predicted }));
  }
});

test('quotes scorer: table by type and layout, last figures line with the required keys', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'quotes-eval-'));
  const file = path.join(dir, 'gold.jsonl');
  const text = 'Police say the suspect confessed to the crime.';
  const gold = { id: 'a', text, quotes: [{ type: 'indirect', content: [11, 45], speaker: [0, 6], cue: [7, 10], speech_cue: true, layout: 'said-bare' }] };
  writeFileSync(file, `${JSON.stringify(gold)}\n`);
  const report = await scorer.score(file);
  assert.deepEqual(Object.keys(report.figures), ['task', 'contentF1Exact', 'contentF1Overlap', 'speakerAccuracy', 'speakerEntityAccuracy', 'cueAccuracy', 'speechCueContentF1Overlap', 'speechCueSpeakerAccuracy', 'speechCueCueAccuracy', 'n']);
  assert.deepEqual([report.figures.contentF1Overlap, report.figures.contentF1Exact, report.figures.speakerAccuracy, report.figures.cueAccuracy, report.figures.n], [100, 100, 100, 100, 1]);
  // A gold set without classes and forms: its content form is read as the predictions' is.
  assert.deepEqual(report.rows.map((r) => r[0]), ['all', 'speech cue', 'type indirect', 'class -', 'class speech', 'form -', 'form statement', 'content clause', 'layout said-bare']);
});

test('contentFormOf: direct, infinitive, clause, gerund, noun phrase', () => {
  const cases: [string, string, string, string][] = [
    ['direct', 'quote-then-speaker', '"We will win,"', 'direct'],
    ['indirect', 'said-other', 'to repeal the tax', 'infinitive'],
    ['indirect', 'said-that', 'that the plan failed', 'clause'],
    ['indirect', 'said-other', 'whether it would appeal', 'clause'],
    ['indirect', 'said-other', 'closing the offices', 'gerund'],
    ['indirect', 'said-other', 'the deal a disaster', 'np'],
  ];
  for (const [type, layout, first, form] of cases) assert.equal(contentFormOf(type, layout, first), form, first);
});

test('quotes scorer: malformed files are refused with what to fix', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'quotes-eval-'));
  const cases: [string, RegExp][] = [
    ['not json\n', /line 1 is not JSON/],
    [`${JSON.stringify({ id: 'a', text: 'x', quotes: [{ type: 'said' }] })}\n`, /line 1: quotes\.0\.type/],
    [`${JSON.stringify({ id: 'a', text: 'short', quotes: [{ type: 'direct', content: [0, 99], speaker: null, cue: null, speech_cue: false }] })}\n`, /past the end/],
    ['\n', /holds no records/],
  ];
  for (const [body, message] of cases) {
    const file = path.join(dir, 'bad.jsonl');
    writeFileSync(file, body);
    await assert.rejects(scorer.score(file), (e: unknown) => e instanceof EvalInputError && message.test(e.message));
  }
});

test('quotes-dev fixture: at least 300 attributions whose offsets slice back to their annotated text', () => {
  const lines = readFileSync(path.join(REPO_ROOT, 'test/fixtures/quotes-dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  let n = 0;
  for (const doc of lines) {
    for (const q of doc.quotes) {
      n++;
      assert.equal(doc.text.slice(...q.content), q.content_text);
      if (q.speaker) assert.equal(doc.text.slice(...q.speaker), q.speaker_text);
      if (q.cue) assert.equal(doc.text.slice(...q.cue), q.cue_text);
      for (const [s, e] of q.content_spans) assert.ok(s >= q.content[0] && e <= q.content[1]);
    }
  }
  assert.ok(n >= 300, `${n} attributions`);
});
