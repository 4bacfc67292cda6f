import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CLUSTER_BRANCHES, CLUSTER_DEPTHS, clusterAt, CLUSTERS_FILE, readWordClusters, WordClusters } from './word-clusters.ts';
import { NerFileError } from './errors.ts';

test('a leaf is read as its path through the cluster tree at every depth', () => {
  assert.deepEqual(CLUSTER_BRANCHES, [16, 8, 8, 4]);
  const cases: [number, number[]][] = [
    [0, [0, 0, 0, 0]],
    [4095, [15, 127, 1023, 4095]],
    [((5 * 8 + 3) * 8 + 7) * 4 + 2, [5, 43, 351, 1406]],
  ];
  for (const [leaf, path] of cases) assert.deepEqual(Array.from({ length: CLUSTER_DEPTHS }, (_, d) => clusterAt(leaf, d)), path, String(leaf));
});

test('the committed table puts related words together and leaves out what is not a word', () => {
  const clusters = readWordClusters(CLUSTERS_FILE);
  assert.ok(clusters.size >= 100_000);
  const coarse = (w: string) => clusterAt(clusters.get(w)!, 1);
  assert.equal(coarse('paris'), coarse('berlin'));
  assert.notEqual(coarse('paris'), coarse('quickly'));
  assert.equal(clusters.get('1996'), undefined);
  assert.equal(clusters.get('Paris'), undefined, 'keys are lower case');
});

test('a missing or corrupt cluster table fails with one line naming the file and the fix', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-clusters-'));
  const cases: [string, Buffer | null, RegExp][] = [
    ['missing.tsv.gz', null, /missing or not gzip/],
    ['plain.tsv.gz', Buffer.from('paris\t3\n'), /missing or not gzip/],
    ['no-leaf.tsv.gz', gzipSync('paris\t\n'), /corrupt/],
    ['big-leaf.tsv.gz', gzipSync('paris\t4096\n'), /corrupt/],
    ['no-tab.tsv.gz', gzipSync('paris 3\n'), /corrupt/],
    ['no-tab-then-tab.tsv.gz', gzipSync('paris 3\nrome\t5\n'), /corrupt/],
    ['two-tabs.tsv.gz', gzipSync('paris\t3\t4\n'), /corrupt/],
    ['no-word.tsv.gz', gzipSync('\t3\n'), /corrupt/],
  ];
  for (const [name, content, message] of cases) {
    const file = path.join(dir, name);
    if (content) writeFileSync(file, content);
    assert.throws(() => readWordClusters(file), (e: unknown) => {
      assert.ok(e instanceof NerFileError, name);
      assert.match(e.message, message);
      assert.match(e.message, /build-word-clusters\.ts/);
      assert.doesNotMatch(e.message, /\n/);
      return true;
    });
  }
});

test('a table read through its index answers as the table indexed at load; an index for other bytes or of another layout is not used', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ner-clusters-index-'));
  const text = 'paris\t3\nberlin\t3\nquickly\t4000\nparis\t7\n';
  const table = path.join(dir, 'table.tsv.gz');
  writeFileSync(table, gzipSync(text));
  const indexed = readWordClusters(table, path.join(dir, 'none.index'));
  const index = path.join(dir, 'table.index');
  writeFileSync(index, indexed.indexFile(Buffer.from(text)));
  const fromIndex = WordClusters.fromIndexFile(text, Buffer.from(text), index);
  assert.ok(fromIndex, 'the index of these bytes is read');
  const read = readWordClusters(table, index);
  for (const clusters of [fromIndex, read]) {
    assert.equal(clusters.size, 3);
    for (const word of ['paris', 'berlin', 'quickly', 'rome', 'pari', '']) assert.equal(clusters.get(word), indexed.get(word), word);
  }
  const other = 'paris\t3\nberlin\t3\nquickly\t4001\nparis\t7\n';
  assert.equal(WordClusters.fromIndexFile(other, Buffer.from(other), index), null, 'another table of the same length');
  // The same slots (1,024 of 8 bytes for three words, at the end), half the table away from where the hashing puts them.
  const bytes = readFileSync(index);
  const head = bytes.subarray(0, bytes.length - 8 * 1024);
  const slots = bytes.subarray(head.length);
  const cases: [string, Buffer][] = [
    ['words not where the hashing puts them', Buffer.concat([head, slots.subarray(slots.length / 2), slots.subarray(0, slots.length / 2)])],
    ['cut short', bytes.subarray(0, 100)],
  ];
  for (const [name, content] of cases) {
    writeFileSync(index, content);
    assert.equal(WordClusters.fromIndexFile(text, Buffer.from(text), index), null, name);
    assert.equal(readWordClusters(table, index).get('quickly'), 4000, name);
  }
});

test('the committed table read through an index of it answers as the table indexed at load', () => {
  const index = path.join(mkdtempSync(path.join(tmpdir(), 'ner-clusters-index-')), 'clusters.index');
  const indexed = readWordClusters(CLUSTERS_FILE, `${index}.none`);
  const bytes = gunzipSync(readFileSync(CLUSTERS_FILE));
  writeFileSync(index, indexed.indexFile(bytes));
  assert.ok(WordClusters.fromIndexFile(bytes.toString('utf8'), bytes, index), 'the index is read, not made again');
  const read = readWordClusters(CLUSTERS_FILE, index);
  assert.equal(read.size, indexed.size);
  for (const word of ['paris', 'berlin', 'quickly', 'the', 'zzzz', 'Paris']) assert.equal(read.get(word), indexed.get(word), word);
});
