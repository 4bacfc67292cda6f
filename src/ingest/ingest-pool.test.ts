import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startIngestPoolEarly, takeIngestPool } from './ingest-pool.ts';
import { DEFAULT_LIMITS } from './limits.ts';

describe('ingest pool started early', { timeout: 60_000 }, () => {
  it('is taken when the flags ask for the default limits and number of workers', async () => {
    const early = startIngestPoolEarly();
    const pool = takeIngestPool(early.size, { ...DEFAULT_LIMITS });
    assert.equal(pool, early);
    await pool.close();
  });

  it('is closed, and a new pool made, when the flags ask for other limits or workers', async () => {
    for (const [workers, limits] of [[undefined, { ...DEFAULT_LIMITS, workerMb: 512 }], [startIngestPoolEarly().size + 1, DEFAULT_LIMITS]] as const) {
      const early = startIngestPoolEarly();
      const pool = takeIngestPool(workers, limits);
      assert.notEqual(pool, early);
      await assert.rejects(early.json({ text: 'x', id: null, published: null }), /closed/);
      await pool.close();
    }
  });

  it('is taken once; a later run gets a pool of its own', async () => {
    const early = startIngestPoolEarly();
    const pool = takeIngestPool(undefined, DEFAULT_LIMITS);
    const again = takeIngestPool(undefined, DEFAULT_LIMITS);
    assert.equal(pool, early);
    assert.notEqual(again, early, 'taken once');
    await Promise.all([pool.close(), again.close()]);
  });
});
