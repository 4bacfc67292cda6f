import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { readModelFile, FeatureTable } from './model-file.ts';
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

test('the feature table finds every stored hash and nothing else', () => {
  const hashes = Uint32Array.from([0, 1, 1025, 2049, 0xffffffff, 123456789]);
  const table = new FeatureTable(hashes);
  hashes.forEach((h, row) => assert.equal(table.get(h), row));
  for (const absent of [2, 1024, 0xfffffffe]) assert.equal(table.get(absent), -1);
});
