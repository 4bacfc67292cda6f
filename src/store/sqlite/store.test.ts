import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { StoreBusyError } from '../contract.ts';
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

describe('sqlite store batch held open', () => {
  it('commits an open batch after maxOpenMs even when no put follows, letting go of the write lock', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-idle-'));
    try {
      const file = path.join(dir, 'corpus.db');
      const store = openSqliteStore(file, { batch: 100, maxOpenMs: 100 });
      const reader = openSqliteStore(file);
      await store.putArticle(fixtureArticle(putinArticle('2020-10-20', ' a')));
      assert.equal((await reader.stats()).articles, 0);
      await sleep(300);
      assert.equal((await reader.stats()).articles, 1);
      assert.equal(await reader.putArticle(fixtureArticle(putinArticle('2020-10-21', ' b'))), true, 'the lock is free');
      await Promise.all([store.close(), reader.close()]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sqlite store with another writer', () => {
  it('waits for the other writer without blocking reads, then writes; says so when it waited too long', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-busy-'));
    try {
      const file = path.join(dir, 'corpus.db');
      openSqliteStore(file).close();
      const other = new Database(file);
      other.exec('BEGIN IMMEDIATE'); // another process in the middle of a batch
      const store = openSqliteStore(file, { busyMs: 60_000 });
      const input = fixtureArticle(putinArticle('2020-10-22'));
      const put = store.putArticle(input);
      let turns = 0;
      const started = Date.now();
      while (Date.now() - started < 400) {
        await sleep(20);
        turns += 1;
        assert.equal((await store.stats()).articles, 0, 'reads answer while the write waits');
      }
      assert.ok(turns >= 5, `the event loop turned ${turns} times in 400 ms`);
      other.exec('COMMIT');
      assert.equal(await put, true);
      assert.equal((await store.stats()).articles, 1);

      other.exec('BEGIN IMMEDIATE');
      const impatient = openSqliteStore(file, { busyMs: 200 });
      await assert.rejects(impatient.putArticle(fixtureArticle(putinArticle('2020-10-23', ' b'))),
        (e: unknown) => e instanceof StoreBusyError && /locked by another writer .* for 0\.\d s; try again/.test(e.message));
      other.exec('ROLLBACK');
      other.close();
      await impatient.close();
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
