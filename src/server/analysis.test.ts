import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysisPool } from '../ingest/analysis-pool.ts';
import { DEFAULT_LIMITS } from '../ingest/limits.ts';
import { PoolError, type PoolFailure } from '../ingest/worker-pool.ts';
import { openSqliteStore } from '../store/sqlite/store.ts';
import { pooledAnalysis } from './analysis.ts';
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
