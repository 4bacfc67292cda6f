import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runStoreContract } from '../contract.test-suite.ts';
import { fixtureArticle, putinArticle } from '../test-fixtures.ts';
import { openSqliteStore } from './store.ts';

runStoreContract('sqlite', async () => openSqliteStore(':memory:'));

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
