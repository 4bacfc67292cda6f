import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { modelIndexFile, readModelFile, WeightTable } from './model-file.ts';
import { NerFileError } from './errors.ts';
import { MODEL_FILE } from './tagger.ts';

test('a missing or corrupt model file fails with one line naming the file and the fix', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-model-'));
  const good = gunzipSync(readFileSync(MODEL_FILE));
  const cases: [string, Buffer | null, RegExp][] = [
    ['missing.bin.gz', null, /NER model file missing/],
    ['plain.bin.gz', Buffer.from('not a model'), /corrupt \(not gzip\)/],
    ['other.bin.gz', gzipSync(Buffer.from('PK\u0003\u0004 something else')), /not a newsgraph NER model/],
    ['truncated.bin.gz', gzipSync(good.subarray(0, good.length - 100)), /truncated/],
    ['header.bin.gz', gzipSync(Buffer.concat([good.subarray(0, 11), Buffer.from('{"format":"x"')])), /header is corrupt/],
  ];
  for (const [name, content, message] of cases) {
    const file = path.join(dir, name);
    if (content) writeFileSync(file, content);
    assert.throws(() => readModelFile(file), (e: unknown) => {
      assert.ok(e instanceof NerFileError, name);
      assert.equal(e.exitCode, 2);
      assert.ok(e.message.startsWith(file));
      assert.match(e.message, message);
      assert.match(e.message, /retrain it with `newsgraph train ner`/);
      return true;
    });
  }
});

test('the weight table finds every stored feature with its own weights, and nothing else', () => {
  const hashes = Uint32Array.from([0, 1, 1025, 2049, 0xffffffff, 123456789]);
  const L = 3;
  const weights = Int16Array.from({ length: hashes.length * L }, (_, k) => k - 7);
  const table = new WeightTable(hashes, weights, 0.25, L);
  hashes.forEach((h, row) => {
    const o = table.offset(h);
    assert.ok(o >= 0, String(h));
    assert.deepEqual([...table.quantised.subarray(o, o + L)], [...weights.subarray(row * L, row * L + L)]);
  });
  for (const absent of [2, 1024, 0xfffffffe]) assert.equal(table.offset(absent), -1);
  assert.equal(new WeightTable(Uint32Array.from([5]), Int16Array.from([1, 2, 3]), 1, L).offset(0), -1);
});

test('a probe’s first key is what the slot it starts at holds: the hash itself, one that collided there first, or 0 for none', () => {
  // Size 1024: 1, 1025 and 2049 all start at slot 1, and sit at slots 1, 2 and 3 in the order they came.
  const table = new WeightTable(Uint32Array.from([1, 1025, 2049]), new Int16Array(3), 1, 1);
  const cases: [number, number][] = [[1, 1], [1025, 1], [2049, 1], [2, 1025], [3, 2049], [4, 0], [1028, 0], [0, 0]];
  for (const [hash, key] of cases) assert.equal(table.firstKey(hash), key, String(hash));
});

test('the weight table read through the index the build writes is the table built from the model; other conventions still load', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-index-'));
  const none = path.join(dir, 'none.index');
  const index = path.join(dir, 'tagger.index');
  writeFileSync(index, modelIndexFile(readFileSync(MODEL_FILE)));
  const built = readModelFile(MODEL_FILE, none);
  const read = readModelFile(MODEL_FILE, index);
  assert.deepEqual(read.header, built.header);
  for (const convention of ['conll', 'gmb']) {
    const [a, b] = [read.table(convention), built.table(convention)];
    assert.deepEqual([a.quantised, a.scale], [b.quantised, b.scale], convention);
    const slots = (t: WeightTable) => (t as unknown as { index: Uint32Array }).index;
    assert.deepEqual(slots(a), slots(b), convention);
    for (const hash of [0, 1, 0x9e3779b1, 123456789, 0xfffffffe]) assert.equal(a.offset(hash), b.offset(hash), `${convention}: ${hash}`);
  }
  // An index of another model (a copy changed by one byte of its gzip header's time) is not used for this one.
  const other = Buffer.from(readFileSync(MODEL_FILE));
  other[4] = other[4]! ^ 1;
  const otherFile = path.join(dir, 'other.bin.gz');
  writeFileSync(otherFile, other);
  writeFileSync(index, modelIndexFile(other));
  assert.deepEqual(readModelFile(MODEL_FILE, index).table('conll').quantised, built.table('conll').quantised);
  assert.deepEqual(readModelFile(otherFile, index).table('conll').quantised, built.table('conll').quantised);
});
