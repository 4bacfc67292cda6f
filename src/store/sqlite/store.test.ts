import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fixtureArticle, putinArticle } from '../test-fixtures.ts';
import { openSqliteStore } from './store.ts';

describe('sqlite store file', () => {
  it('reopens an existing file without re-running migrations and keeps its rows', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-store-'));
    try {
      const file = path.join(dir, 'corpus.db');
      const first = openSqliteStore(file);
      const input = fixtureArticle(putinArticle('2020-10-22'));
      await first.putArticle(input);
      await first.close();
      const again = openSqliteStore(file);
      assert.equal((await again.stats()).articles, 1);
      assert.equal(await again.putArticle(input), false);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sqlite store batching', () => {
  it('shows batched puts at once and keeps them after close', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-batch-'));
    try {
      const file = path.join(dir, 'corpus.db');
      const store = openSqliteStore(file, { batch: 100, maxOpenMs: 60_000 });
      const a = fixtureArticle(putinArticle('2020-10-20', ' a'));
      await store.putArticle(a);
      assert.equal((await store.getArticle(a.id))?.id, a.id, 'visible to the writer before commit');
      const reader = openSqliteStore(file);
      assert.equal(await reader.getArticle(a.id), null, 'not committed yet');
      await store.flush();
      assert.equal((await reader.getArticle(a.id))?.id, a.id, 'committed by flush');
      await store.putArticle(fixtureArticle(putinArticle('2020-10-21', ' b')));
      await store.close();
      assert.equal((await reader.stats()).articles, 2, 'committed by close');
      await reader.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
