/**
 * PostgreSQL stopped for a few seconds while two workers run: they wait for it, reconnect and finish;
 * nothing is lost or stored twice (counted by content hash). It stops the server, so it runs only when
 * asked: NEWSGRAPH_TEST_PG_RESTART is the command that takes stop and start (as root on Debian:
 * NEWSGRAPH_TEST_PG_RESTART="pg_ctlcluster --skip-systemctl-redirect 15 main").
 */
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { testCorpusUrl, TEST_PG } from '../../src/store/postgres/test-database.ts';
import { runCli } from '../../src/cli/test-io.ts';
import { article, cli, writeJsonl } from './ingest-corpus.ts';
import { contentHash } from '../../src/store/content-hash.ts';

const RESTART = process.env.NEWSGRAPH_TEST_PG_RESTART;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function query(sql: string): Promise<any[]> {
  const client = new pg.Client({ connectionString: TEST_PG! });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const skip = !TEST_PG ? 'no PostgreSQL (set NEWSGRAPH_TEST_PG)' : !RESTART ? 'stops the server: set NEWSGRAPH_TEST_PG_RESTART to the command that stops and starts it' : false;

describe('PostgreSQL stopped while workers run', { skip, timeout: 600_000 }, () => {
  let dir: string;
  before(() => { dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-pgrestart-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the workers reconnect and finish: every article stored once', async () => {
    const db = testCorpusUrl();
    const schema = new URL(db).searchParams.get('schema')!;
    const n = 40;
    const input = path.join(dir, 'stories.jsonl');
    writeJsonl(input, n);
    assert.equal((await runCli(['ingest', input, '--db', db])).code, 0);
    const workers = [1, 2].map(() => cli(['worker', '--db', db, '--concurrency', '1', '--until-empty']));
    for (;;) {
      const [row] = await query(`SELECT count(*)::int AS n FROM ${schema}_boss.job WHERE state = 'completed'`);
      if (row.n >= 3) break;
      await sleep(200);
    }
    execSync(`${RESTART} stop`);
    await sleep(4000);
    execSync(`${RESTART} start`);
    const results = await Promise.all(workers.map((w) => w.done));
    for (const r of results) {
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /lost the database while/);
      assert.match(r.stderr, /the database is back after/);
    }
    const stored = await query(`SELECT a.id, a.quotes, (SELECT count(*)::int FROM ${schema}.quotes q WHERE q.article = a.key) AS rows FROM ${schema}.articles a`);
    const expected = new Set(Array.from({ length: n }, (_, i) => contentHash(article(i).text)));
    assert.deepEqual(new Set(stored.map((r) => r.id)), expected, 'every article, by content hash');
    assert.equal(stored.length, n, 'none twice');
    for (const a of stored) assert.equal(a.rows, a.quotes, `article ${a.id}: its quotes once`);
  });
});
