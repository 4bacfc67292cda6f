/**
 * Kill tests on a PostgreSQL corpus: a worker killed (SIGKILL) in the middle of a job → the job is given to
 * another worker when its time is up and the article is stored exactly once; an ingest killed in the middle
 * of enqueueing → running it again queues every article once. Skipped when no PostgreSQL answers.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { testCorpusUrl as corpusUrl, TEST_PG } from '../../src/store/postgres/test-database.ts';
import { runCli } from '../../src/cli/test-io.ts';
import { cli, writeJsonl } from './ingest-corpus.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ok(...argv: string[]) {
  const result = await runCli(argv);
  assert.equal(result.code, 0, `newsgraph ${argv.join(' ')}: ${result.err}`);
  return result;
}

/** Poll `sql` (one number) until `until` holds, for at most `ms`. */
async function waitFor(client: pg.Client, sql: string, until: (n: number) => boolean, ms = 120_000): Promise<number> {
  const end = Date.now() + ms;
  for (;;) {
    // Until the process under test has made the table, nothing is there.
    const n = await client.query(sql).then((r) => Number(r.rows[0].n), (error: { code?: string }) => {
      if (error.code === '42P01') return 0;
      throw error;
    });
    if (until(n) || Date.now() > end) return n;
    await sleep(100);
  }
}

/**
 * The number `sql` reads once it holds still for half a second (for at most 30 s): a statement the killed
 * process had sent still runs to its commit on the server after the process is gone.
 */
async function settled(client: pg.Client, sql: string): Promise<number> {
  const read = async () => Number((await client.query(sql)).rows[0].n);
  let n = await read();
  for (const end = Date.now() + 30_000; Date.now() < end; ) {
    await sleep(500);
    const now = await read();
    if (now === n) break;
    n = now;
  }
  return n;
}

describe('kill tests on a PostgreSQL corpus', { skip: TEST_PG ? false : 'no PostgreSQL (set NEWSGRAPH_TEST_PG)', timeout: 600_000 }, () => {
  let dir: string;
  let client: pg.Client;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-pgkill-'));
    client = new pg.Client({ connectionString: TEST_PG! });
    await client.connect();
  });
  after(async () => {
    await client.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a worker killed mid-job: the job is retried and its article stored exactly once', async () => {
    const db = corpusUrl();
    const schema = new URL(db).searchParams.get('schema')!;
    const input = path.join(dir, 'six.jsonl');
    writeJsonl(input, 6);
    await ok('ingest', input, '--db', db, '--job-seconds', '3');
    const worker = cli(['worker', '--db', db, '--concurrency', '1']);
    const active = await waitFor(client, `SELECT count(*) AS n FROM ${schema}_boss.job WHERE state = 'active'`, (n) => n > 0);
    assert.ok(active > 0, 'the worker took a job');
    worker.child.kill('SIGKILL');
    assert.equal((await worker.done).signal, 'SIGKILL');
    const killed = (await client.query(`SELECT id FROM ${schema}_boss.job WHERE state = 'active'`)).rows.map((r) => r.id);
    // A worker holds two jobs per analysis thread (one analysed while the other commits).
    assert.ok(killed.length >= 1 && killed.length <= 2, `jobs in hand when the worker died: ${killed.length}`);
    const again = await ok('worker', '--db', db, '--concurrency', '1', '--until-empty');
    assert.match(again.err, /articles done/);
    for (const id of killed) {
      const [job] = (await client.query(`SELECT state, retry_count FROM ${schema}_boss.job WHERE id = $1`, [id])).rows;
      assert.deepEqual([job.state, job.retry_count > 0], ['completed', true], 'a killed job was retried and completed');
    }
    const articles = await client.query(`SELECT a.id, a.quotes, (SELECT count(*)::int FROM ${schema}.quotes q WHERE q.article = a.key) AS rows
      FROM ${schema}.articles a`);
    assert.equal(articles.rowCount, 6, 'every article stored once');
    for (const a of articles.rows) assert.equal(a.rows, a.quotes, `article ${a.id}: its quotes stored once`);
  });

  it('an ingest killed mid-enqueue: running it again queues every article exactly once', async () => {
    const db = corpusUrl();
    const schema = new URL(db).searchParams.get('schema')!;
    const input = path.join(dir, 'many.jsonl');
    const n = 1500;
    writeJsonl(input, n);
    const ingest = cli(['ingest', input, '--db', db]);
    const queued = await waitFor(client, `SELECT count(*) AS n FROM ${schema}_boss.job`, (k) => k > 0);
    ingest.child.kill('SIGKILL');
    assert.equal((await ingest.done).signal, 'SIGKILL');
    const before = await settled(client, `SELECT count(*) AS n FROM ${schema}_boss.job`);
    assert.ok(queued > 0 && before < n, `killed part way (${before} of ${n} queued)`);
    const rerun = await ok('ingest', input, '--db', db);
    assert.match(rerun.err, new RegExp(`${n} read, ${n - before} queued for analysis, ${before} on the queue already`));
    const [count] = (await client.query(`SELECT count(*)::int AS jobs, count(DISTINCT data->>'text')::int AS texts FROM ${schema}_boss.job`)).rows;
    assert.deepEqual(count, { jobs: n, texts: n });
  });
});
