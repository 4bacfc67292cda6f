/**
 * Upgrading a store made before quotes kept their form: each adapter's migration adds the column, and the
 * quotes stored before read as statements. The old store is made by taking the column and the version back.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Store } from './contract.ts';
import { openPostgresStore } from './postgres/store.ts';
import { testSchema, TEST_PG } from './postgres/test-database.ts';
import { openSqliteStore } from './sqlite/store.ts';
import { fixtureArticle, putinArticle } from './test-fixtures.ts';

interface Adapter {
  name: string;
  /** a store with one article, then taken back to the schema before forms; returns how to reopen it */
  before(): Promise<() => Promise<Store>>;
}

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-form-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ADAPTERS: Adapter[] = [
  {
    name: 'sqlite',
    async before() {
      const file = path.join(dir, 'old.db');
      const store = openSqliteStore(file);
      await store.putArticle(fixtureArticle(putinArticle('2020-10-22')));
      await store.close();
      const db = new Database(file);
      db.exec('ALTER TABLE quotes DROP COLUMN form');
      db.pragma('user_version = 5');
      db.close();
      return async () => openSqliteStore(file);
    },
  },
  ...(TEST_PG ? [{
    name: 'postgres',
    async before() {
      const schema = testSchema();
      const store = await openPostgresStore(TEST_PG!, { schema });
      await store.putArticle(fixtureArticle(putinArticle('2020-10-22')));
      await store.close();
      const client = new pg.Client({ connectionString: TEST_PG!, options: `-c search_path=${schema}` });
      await client.connect();
      await client.query('ALTER TABLE quotes DROP COLUMN form; DELETE FROM newsgraph_schema WHERE version >= 4');
      await client.end();
      return () => openPostgresStore(TEST_PG!, { schema });
    },
  }] : []),
];

describe('quote form migration', () => {
  for (const adapter of ADAPTERS) {
    it(`${adapter.name}: an older store upgrades, its quotes shown as statements`, async () => {
      const reopen = await adapter.before();
      const store = await reopen();
      try {
        assert.deepEqual((await store.searchQuotes({})).items.map((q) => q.form), ['statement']);
        assert.equal(await store.countQuotes({ forms: ['statement'] }), 1);
        assert.equal(await store.countQuotes({ forms: ['question'] }), 0);
      } finally {
        await store.close();
      }
    });
  }
});
