import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countNer, nerReport, scorer } from './ner.ts';
import { LABELS, type NerDoc } from '../stages/entities/tagger/corpus.ts';
import type { NerTagger } from '../stages/entities/tagger/tagger.ts';
import { EvalInputError } from './scorer.ts';
import { skipWithoutData, sharedDataFile } from '../util/shared-data.ts';

const l = (s: string) => s.split(' ').map((t) => LABELS.indexOf(t));
const stub = (predictions: number[][]) => ({ tagDocument: () => predictions }) as unknown as NerTagger;

test('conlleval: an entity counts only with exact span and type', () => {
  const doc: NerDoc = {
    id: 'd',
    convention: 'conll',
    sentences: [{ tokens: ['Vladimir', 'Putin', 'visited', 'New', 'York', 'with', 'Reuters'], labels: l('B-PER I-PER O B-LOC I-LOC O B-ORG') }],
  };
  // PER exact, LOC span wrong (York only), ORG typed MISC: 1 correct of 3 predicted, 3 gold.
  const counts = countNer(stub([l('B-PER I-PER O O B-LOC O B-MISC')]), [doc]);
  const report = nerReport(counts, 'gold.jsonl');
  assert.equal(report.figures.precision, 33.33);
  assert.equal(report.figures.recall, 33.33);
  assert.equal(report.figures.tokens, 7);
  assert.deepEqual(report.rows.find((r) => r[0] === 'PER'), ['PER', 100, 100, 100, 1]);
  assert.deepEqual(report.rows.find((r) => r[0] === 'ORG'), ['ORG', 0, 0, 0, 1]);
  assert.equal(report.figures.task, 'ner');
});

test('a file that is not NER JSONL is an input error naming the file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-eval-'));
  const file = path.join(dir, 'x.jsonl');
  writeFileSync(file, '{"id":"a","dct":"2020-01-01","text":"x","timex":[]}\n');
  await assert.rejects(scorer.score(file), (e: unknown) => e instanceof EvalInputError && e.message.includes(file));
});

test('the committed tagger scores on CoNLL-2003 dev as TRAINING.md says', { skip: skipWithoutData('conll2003/dev.jsonl') }, async () => {
  const report = await scorer.score(sharedDataFile('conll2003/dev.jsonl')!);
  assert.ok(Number(report.figures.f1) >= 92, `F1 ${report.figures.f1}`);
});
