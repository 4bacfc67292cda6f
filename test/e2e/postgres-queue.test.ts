/**
 * Issue 20 on a PostgreSQL server: the seed article ingested twice through the queue is stored once with
 * Li Lifan's five quotes; the GDELT export of a corpus built by a worker equals, byte for byte, the one
 * `ingest` builds into a SQLite file from the same input; bad input gives one line with the fix.
 * Skipped (with one line saying how to run it) when no PostgreSQL answers.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { testCorpusUrl as corpusUrl, TEST_PG } from '../../src/store/postgres/test-database.ts';
import { REPO_ROOT } from '../../src/util/shared-data.ts';
import { runCli } from '../../src/cli/test-io.ts';
import { writeJsonl } from './ingest-corpus.ts';

const SEED = path.join(REPO_ROOT, 'examples', 'seed-article.txt');

async function ok(...argv: string[]) {
  const result = await runCli(argv);
  assert.equal(result.code, 0, `newsgraph ${argv.join(' ')}: ${result.err}`);
  return result;
}

describe('a PostgreSQL corpus through the queue', { skip: TEST_PG ? false : 'no PostgreSQL (set NEWSGRAPH_TEST_PG)', timeout: 600_000 }, () => {
  let dir: string;
  before(() => { dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-pg-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stores the seed article ingested twice once, with Li Lifan\'s five quotes', async () => {
    const db = corpusUrl();
    const first = await ok('ingest', SEED, '--published', '2020-10-23', '--db', db);
    assert.match(first.err, /1 queued for analysis/);
    assert.match(first.err, /no worker is running: start one with `newsgraph worker --db /);
    const second = await ok('ingest', SEED, '--published', '2020-10-23', '--db', db);
    assert.match(second.err, /0 queued for analysis, 1 on the queue already/);
    await ok('worker', '--db', db, '--concurrency', '1', '--until-empty');
    const third = await ok('ingest', SEED, '--published', '2020-10-23', '--db', db);
    assert.match(third.err, /0 queued for analysis, 0 on the queue already, 1 stored already/);
    const status = await ok('status', '--db', db);
    assert.match(status.out, /: 1 articles /);
    assert.match(status.out, /queue: 0 queued, 0 being analysed, 1 done, 0 failed/);
    const quotes = await ok('quotes', '--db', db, '--speaker', 'Li Lifan');
    assert.match(quotes.out, /showing 5 of 5 quotes/);
  });

  it('exports the same GDELT file from PostgreSQL as from SQLite, byte for byte', async () => {
    const input = path.join(dir, 'wire');
    writeJsonl(path.join(input, 'stories.jsonl'), 8);
    copyFileSync(SEED, path.join(input, 'seed.txt'));
    const file = path.join(dir, 'corpus.db');
    const db = corpusUrl();
    // In input order, as one worker takes the queue: the export lists events in the order they were stored.
    await ok('ingest', input, '--published', '2020-10-23', '--in-order', '--db', file);
    await ok('ingest', input, '--published', '2020-10-23', '--db', db);
    await ok('worker', '--db', db, '--concurrency', '1', '--until-empty');
    const [fromFile, fromServer] = [await ok('export', '--format', 'gdelt', '--db', file), await ok('export', '--format', 'gdelt', '--db', db)];
    assert.ok(fromFile.out.split('\n').length > 20, 'the export has rows');
    assert.equal(Buffer.compare(Buffer.from(fromServer.out), Buffer.from(fromFile.out)), 0);
  });

  it('says what is wrong in one line with the fix: bad URL, refused connection, old schema, a job with no article', async () => {
    const cases: [string[], RegExp][] = [
      [['quotes', '--db', 'postgres://[nohost'], /not a valid URL; write postgres:\/\/USER/],
      [['quotes', '--db', 'postgres://postgres@127.0.0.1:1/test'], /connection refused: start PostgreSQL/],
      [['worker', '--db', path.join(dir, 'file.db')], /workers need a PostgreSQL corpus/],
    ];
    for (const [argv, message] of cases) {
      const result = await runCli(argv);
      assert.equal(result.code, 2, argv.join(' '));
      assert.match(result.err, message);
      assert.equal(result.err.trim().split('\n').length, 1, `one line: ${result.err}`);
    }
    // A corpus of an older schema version: readers say how to upgrade it.
    const db = corpusUrl();
    await ok('ingest', SEED, '--published', '2020-10-23', '--db', db);
    const schema = new URL(db).searchParams.get('schema')!;
    const client = new pg.Client({ connectionString: TEST_PG! });
    await client.connect();
    try {
      // What version 1 was: no worker list, no entity moves, no quote forms yet.
      await client.query(`DROP TABLE ${schema}.queue_workers, ${schema}.entity_moves; ALTER TABLE ${schema}.quotes DROP COLUMN form;
        DELETE FROM ${schema}.newsgraph_schema WHERE version > 1`);
      const old = await runCli(['quotes', '--db', db]);
      assert.equal(old.code, 2);
      assert.match(old.err, /schema is version 1, this newsgraph reads version \d+: run `newsgraph worker --db URL` \(or ingest\) once to upgrade it/);
      // A job whose article is gone: the worker logs it, fails the job with the reason and goes on.
      await client.query(`UPDATE ${schema}_boss.job SET data = '{}'::jsonb`);
    } finally {
      await client.end();
    }
    // A writer upgrades it; the job's failures are logged and the worker goes on to the end of the queue.
    const worker = await ok('worker', '--db', db, '--concurrency', '1', '--until-empty');
    assert.match(worker.err, /the job holds no article/);
    await ok('quotes', '--db', db);
    const status = await ok('status', '--db', db);
    assert.match(status.out, /0 done, 1 failed/);
    assert.match(status.out, /failed: \(no name\): the job holds no article/);
  });
});
