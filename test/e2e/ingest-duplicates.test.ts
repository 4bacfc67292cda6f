/** Rerunning an ingest adds nothing; a wire copy with small edits is linked to its original and counted once. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/store.ts';
import { article, cli } from './ingest-corpus.ts';

let dir: string;
let input: string;
let db: string;

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-dup-'));
  input = path.join(dir, 'in');
  db = path.join(dir, 'corpus.db');
  mkdirSync(input);
  for (let i = 0; i < 4; i += 1) writeFileSync(path.join(input, `a${i}.txt`), article(i).text);
  // The wire copy: a byline added, one word changed, the last line dropped.
  const lines = article(0).text.split('\n');
  const copy = ['By Staff Reporter (AP)', ...lines.slice(0, -1)].join('\n').replace('accept', 'allow');
  writeFileSync(path.join(input, 'z-a0-copy.txt'), copy);
  // An exact repeat under another name is the same article.
  writeFileSync(path.join(input, 'a1-again.txt'), article(1).text);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest duplicates', { timeout: 120_000 }, () => {
  it('stores each text once, links the wire copy to its original, and adds nothing on a rerun', async () => {
    const first = await cli(['ingest', input, '--db', db]).done;
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /6 read, 5 added \(1 near-duplicates, 0 not English\), 1 already stored, 0 errors/);

    const second = await cli(['ingest', input, '--db', db]).done;
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /6 read, 0 added .*6 already stored/);

    const store = openSqliteStore(db);
    try {
      const all = [];
      for await (const a of store.exportArticles()) all.push(a);
      assert.equal(all.length, 5);
      const copy = all.find((a) => a.name?.endsWith('z-a0-copy.txt'))!;
      const original = all.find((a) => a.name?.endsWith('/a0.txt'))!;
      assert.equal(copy.duplicateOf, original.id);
      assert.ok(copy.similarity! >= 0.7 && copy.similarity! < 1);
      assert.equal(all.filter((a) => a.duplicateOf !== null).length, 1);
      // Counted once: the copy's quotes are not in default searches, and its entities add no article.
      const withCopies = (await store.searchQuotes({ includeDuplicates: true, limit: 1000 })).items;
      const once = (await store.searchQuotes({ limit: 1000 })).items;
      assert.ok(withCopies.length > once.length);
      assert.ok(once.every((q) => q.article !== copy.id));
      assert.equal((await store.listArticles({ includeDuplicates: false, limit: 100 })).items.length, 4);
    } finally {
      await store.close();
    }
  });
});
