/**
 * Kill and resume: a real `newsgraph ingest` child is SIGKILLed mid-run, then run again. The resumed corpus
 * must equal a corpus ingested in one go: nothing lost, nothing doubled, the same entities and counts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { cli, writeJsonl } from './ingest-corpus.ts';

const N = 400;
let dir: string;

function snapshot(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    const all = (sql: string) => d.prepare(sql).all();
    return {
      articles: all('SELECT id, name, published, duplicate_of FROM articles ORDER BY id'),
      counts: all(`SELECT (SELECT count(*) FROM sentences) s, (SELECT count(*) FROM quotes) q, (SELECT count(*) FROM events) e,
        (SELECT count(*) FROM event_actors) ea, (SELECT count(*) FROM quote_about) qa, (SELECT count(*) FROM minhash_bands) b`),
      entities: all('SELECT id, name, articles, mentions, quotes FROM entities ORDER BY id'),
    };
  } finally {
    d.close();
  }
}

function stored(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-resume-'));
  writeJsonl(path.join(dir, 'corpus.jsonl'), N);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest after SIGKILL', { timeout: 300_000 }, () => {
  it('completes the corpus on rerun with nothing lost and nothing doubled', async () => {
    const input = path.join(dir, 'corpus.jsonl');
    const killedDb = path.join(dir, 'killed.db');
    const run = cli(['ingest', input, '--db', killedDb, '--workers', '2']);
    // Kill once some articles are committed and well before the end.
    let seen = 0;
    for (let i = 0; i < 1200 && seen === 0; i += 1) {
      await sleep(50);
      seen = stored(killedDb);
    }
    run.child.kill('SIGKILL');
    const killed = await run.done;
    assert.equal(killed.signal, 'SIGKILL', `the ingest ended before it could be killed: ${killed.stderr}`);
    const partial = stored(killedDb);
    assert.ok(partial > 0 && partial < N, `killed with ${partial} of ${N} stored`);

    const resumed = await cli(['ingest', input, '--db', killedDb, '--workers', '2']).done;
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stderr, new RegExp(`${N - partial} added .*${partial} already stored`));

    const cleanDb = path.join(dir, 'clean.db');
    const clean = await cli(['ingest', input, '--db', cleanDb, '--workers', '2']).done;
    assert.equal(clean.code, 0, clean.stderr);
    const [a, b] = [snapshot(killedDb), snapshot(cleanDb)];
    assert.equal(a.articles.length, N);
    assert.deepEqual(a.articles, b.articles);
    assert.deepEqual(a.counts, b.counts);
    assert.deepEqual(a.entities, b.entities);
  });
});
