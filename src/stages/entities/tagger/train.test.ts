import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { trainNer } from './train.ts';
import { loadNerTagger } from './tagger.ts';
import { LABELS } from './corpus.ts';
import { NerFileError } from './errors.ts';

// A small synthetic corpus: tests never train on the full data.
const NAMES = ['Anna Berg', 'Omar Haddad', 'Li Wei', 'John Moss'];
const PLACES = ['Paris', 'Cairo', 'Lima', 'Oslo'];
const ORGS = ['Acme Corp', 'World Bank', 'Red Cross'];
function corpus(): string {
  const docs: string[] = [];
  for (let d = 0; d < 12; d++) {
    const sentences = [];
    for (let s = 0; s < 6; s++) {
      const person = NAMES[(d + s) % NAMES.length]!.split(' ');
      const place = PLACES[(d * 3 + s) % PLACES.length]!;
      const org = ORGS[(d + 2 * s) % ORGS.length]!.split(' ');
      const tokens = [...person, 'said', 'in', place, 'that', 'the', ...org, 'will', 'grow', '.'];
      const ner = ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'];
      sentences.push({ tokens, ner });
    }
    docs.push(JSON.stringify({ id: `doc-${d}`, sentences }));
  }
  return `${docs.join('\n')}\n`;
}

test('training is deterministic: the same seed gives byte-identical weights', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-train-'));
  const train = path.join(dir, 'train.jsonl');
  writeFileSync(train, corpus());
  const options = { train, seed: 7, epochs: 3, minCount: 1 };
  const a = await trainNer({ ...options, out: path.join(dir, 'a.bin.gz') });
  const b = await trainNer({ ...options, out: path.join(dir, 'b.bin.gz') });
  assert.equal(a.sha256, b.sha256);
  assert.deepEqual(readFileSync(a.file), readFileSync(b.file));
  assert.ok(a.features > 0);
});

test('a trained model loads and tags what it learned', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-train-'));
  const train = path.join(dir, 'train.jsonl');
  writeFileSync(train, corpus());
  const { file } = await trainNer({ train, out: path.join(dir, 'm.bin.gz'), seed: 1, epochs: 4, minCount: 1 });
  const [labels] = loadNerTagger(file).tagDocument([['Anna', 'Berg', 'said', 'in', 'Oslo', '.']]);
  assert.deepEqual(labels!.map((l) => LABELS[l]), ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
});

test('training on a file in the wrong format fails with a typed one-line error', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-train-'));
  const train = path.join(dir, 'train.csv');
  writeFileSync(train, 'Sentence #,Word,POS,Tag\n1,Thousands,NNS,O\n');
  await assert.rejects(trainNer({ train, out: path.join(dir, 'm.bin.gz'), seed: 1 }), (e: unknown) => e instanceof NerFileError && e.exitCode === 2 && e.message.includes(train));
});

test('the frozen tenth of CoNLL train is never learned from', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-train-'));
  const train = path.join(dir, 'train.jsonl');
  // Twenty articles of five tokens; two of them (0010, 0020) are frozen.
  const docs = Array.from({ length: 20 }, (_, d) => {
    const id = `conll2003-train-${String(d + 1).padStart(4, '0')}`;
    return JSON.stringify({ id, sentences: [{ tokens: ['Anna', 'said', 'in', 'Oslo', '.'], ner: ['B-PER', 'O', 'O', 'B-LOC', 'O'] }] });
  });
  writeFileSync(train, `${docs.join('\n')}\n`);
  const result = await trainNer({ train, out: path.join(dir, 'm.bin.gz'), seed: 1, epochs: 2, minCount: 1 });
  assert.equal(result.tokens, 18 * 5);
});
