/**
 * Two ingests into one corpus at once, both starting on a file that does not exist yet: they race on making
 * the tables and then take turns writing their batches. Both must finish, and the corpus must be the one a
 * single ingest of everything gives.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { cli, writeJsonl } from './ingest-corpus.ts';

let dir: string;

function snapshot(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    const all = (sql: string) => d.prepare(sql).all();
    return {
      integrity: all('PRAGMA integrity_check'),
      articles: all('SELECT id, published, duplicate_of FROM articles ORDER BY id'),
      counts: all(`SELECT (SELECT count(*) FROM sentences) s, (SELECT count(*) FROM quotes) q, (SELECT count(*) FROM events) e,
        (SELECT count(*) FROM event_actors) ea, (SELECT count(*) FROM quote_about) qa, (SELECT count(*) FROM minhash_bands) b`),
      entities: all('SELECT id, name, aliases, articles, mentions, quotes FROM entities ORDER BY id'),
    };
  } finally {
    d.close();
  }
}

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-concurrent-'));
  // Overlapping halves: articles 20-29 are in both.
  writeJsonl(path.join(dir, 'first.jsonl'), 30, 0);
  writeJsonl(path.join(dir, 'second.jsonl'), 30, 20);
  writeJsonl(path.join(dir, 'all.jsonl'), 50, 0);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('two ingests into one corpus', { timeout: 600_000 }, () => {
  it('both finish, nothing is doubled, and the corpus equals one ingest of everything', async () => {
    const db = path.join(dir, 'shared.db');
    const runs = await Promise.all(['first.jsonl', 'second.jsonl'].map((f) => cli(['ingest', path.join(dir, f), '--db', db, '--workers', '1']).done));
    for (const run of runs) assert.equal(run.code, 0, run.stderr);
    const added = runs.map((r) => Number(/\d+ read, (\d+) added/.exec(r.stderr)?.[1]));
    assert.equal(added[0]! + added[1]!, 50, runs.map((r) => r.stderr).join('\n'));

    const clean = path.join(dir, 'clean.db');
    const one = await cli(['ingest', path.join(dir, 'all.jsonl'), '--db', clean, '--workers', '1']).done;
    assert.equal(one.code, 0, one.stderr);
    const [shared, whole] = [snapshot(db), snapshot(clean)];
    assert.deepEqual(shared.integrity, [{ integrity_check: 'ok' }]);
    assert.equal(shared.articles.length, 50);
    assert.deepEqual(shared, whole);
  });
});
