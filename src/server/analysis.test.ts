import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysisPool } from '../ingest/analysis-pool.ts';
import { DEFAULT_LIMITS } from '../ingest/limits.ts';
import { PoolError, type PoolFailure } from '../ingest/worker-pool.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../store/sqlite/store.ts';
import { inProcessAnalysis, pooledAnalysis } from './analysis.ts';
import { defaultPipeline } from '../pipeline/presets.ts';
import { createApp } from './app.ts';

/** A pool that fails every analysis the given way, and says what a real one would about its queue. */
function failingPool(kind: PoolFailure): AnalysisPool {
  const fail = () => Promise.reject(new PoolError(kind, kind === 'crashed' ? 'its worker died (out of memory)' : kind));
  return { json: fail, prepare: fail, extract: fail, retryAfterSeconds: 7, pending: 12, size: 1, limits: DEFAULT_LIMITS } as unknown as AnalysisPool;
}

describe('the server analysing through the pool', () => {
  const cases: [PoolFailure, number, RegExp, string | null][] = [
    ['busy', 503, /every analysis worker is taken and 12 articles wait; try again in 7 s/, '7'],
    ['closed', 503, /try again in 7 s/, '7'],
    ['timeout', 422, /took longer than 120 s .* send a shorter article/, null],
    ['crashed', 422, /could not be analysed: its worker died \(out of memory\)/, null],
  ];
  for (const [kind, status, detail, retryAfter] of cases) {
    it(`answers a pool that is ${kind} with ${status} problem+json${retryAfter ? ' and Retry-After' : ''}`, async () => {
      const store = openSqliteStore(':memory:');
      try {
        const app = createApp({ store, ...pooledAnalysis(store, failingPool(kind)) }, { webRoot: null, token: 't' });
        for (const [url, headers] of [['/v1/analyze', {}], ['/v1/articles', { authorization: 'Bearer t' }]] as const) {
          const response = await app.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text: 'Putin spoke.' }) });
          assert.equal(response.status, status, url);
          assert.match(response.headers.get('content-type')!, /problem\+json/);
          assert.equal(response.headers.get('retry-after'), retryAfter);
          assert.match((await response.json() as { detail: string }).detail, detail);
        }
      } finally {
        await store.close();
      }
    });
  }
});

describe('the server writing while another process writes', () => {
  it('answers a write that waited its time for the lock with 503 problem+json and Retry-After; reads go on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-serve-busy-'));
    const file = path.join(dir, 'corpus.db');
    const store = openSqliteStore(file, { busyMs: 300 });
    const other = new Database(file);
    try {
      other.exec('BEGIN IMMEDIATE'); // an ingest in the middle of a batch
      const app = createApp({ store, ...inProcessAnalysis(store, defaultPipeline()) }, { webRoot: null, token: 't' });
      const write = app.request('/v1/articles', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body: JSON.stringify({ text: 'Putin spoke in Moscow on Monday.' }) });
      const read = await app.request('/v1/articles');
      assert.equal(read.status, 200);
      const response = await write;
      assert.equal(response.status, 503);
      assert.match(response.headers.get('content-type')!, /problem\+json/);
      assert.equal(response.headers.get('retry-after'), '5');
      assert.match((await response.json() as { detail: string }).detail, /locked by another writer/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
