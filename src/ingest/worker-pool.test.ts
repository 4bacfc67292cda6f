import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PoolError, WorkerPool, type PoolOptions } from './worker-pool.ts';

const entry = new URL('./test-worker.ts', import.meta.url);

async function withPool<T>(options: Partial<PoolOptions>, use: (pool: WorkerPool) => Promise<T>): Promise<T> {
  const pool = new WorkerPool({ entry, size: 1, heapMb: 256, ...options });
  try {
    return await use(pool);
  } finally {
    await pool.close();
  }
}

const failure = (promise: Promise<unknown>) => promise.then(() => assert.fail('expected a failure'), (error: unknown) => error as PoolError);

describe('WorkerPool', { timeout: 60_000 }, () => {
  it('runs tasks on every worker and gives each its own result', () => withPool({ size: 2, depth: 2 }, async (pool) => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => pool.run({ do: 'echo', value: i })));
    assert.deepEqual(results, [...Array(10).keys()]);
  }));

  it('starts the other workers once the first is ready, or (onDemand) only when tasks wait for them', async () => {
    const ready = (pool: WorkerPool) => pool.run({ do: 'echo', value: 'first' });
    await withPool({ size: 3 }, async (pool) => {
      await ready(pool);
      assert.equal(pool.started, 3, 'all warm, as a server wants them');
    });
    await withPool({ size: 3, depth: 2, onDemand: true }, async (pool) => {
      await ready(pool);
      await Promise.all([pool.run({ do: 'echo', value: 1 }), pool.run({ do: 'echo', value: 2 })]);
      assert.equal(pool.started, 1, 'what one worker can take starts no other');
      await Promise.all([1, 2, 3, 4, 5].map((value) => pool.run({ do: 'spin', ms: 20 * value })));
      assert.equal(pool.started, 3, 'tasks waiting start the others');
    });
  });

  it('gives each worker the old- and young-generation heap it was told, else V8\'s young generation', async () => {
    const limits = (options: Partial<PoolOptions>) => withPool(options, (pool) => pool.run({ do: 'limits' }) as Promise<Record<string, number>>);
    const told = await limits({ heapMb: 300, youngMb: 24 });
    assert.equal(told.maxOldGenerationSizeMb, 300);
    assert.equal(told.maxYoungGenerationSizeMb, 24);
    assert.notEqual((await limits({})).maxYoungGenerationSizeMb, 24);
  });

  it('a task that throws fails alone, with its message', () => withPool({}, async (pool) => {
    const [bad, good] = [pool.run({ do: 'throw' }), pool.run({ do: 'echo', value: 'ok' })];
    const error = await failure(bad);
    assert.equal(error.kind, 'failed');
    assert.match(error.message, /no text in it/);
    assert.equal(await good, 'ok');
  }));

  it('a worker killed mid-task fails that task once; the tasks it was given but had not started run on its replacement', () => withPool({ depth: 3 }, async (pool) => {
    const tasks = [pool.run({ do: 'echo', value: 1 }), pool.run({ do: 'exit' }), pool.run({ do: 'echo', value: 2 }), pool.run({ do: 'echo', value: 3 })];
    const settled = await Promise.allSettled(tasks);
    assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const error = (settled[1] as PromiseRejectedResult).reason as PoolError;
    assert.equal(error.kind, 'crashed');
    assert.match(error.message, /exit code 3/);
    assert.deepEqual(settled.filter((s) => s.status === 'fulfilled').map((s) => (s as PromiseFulfilledResult<unknown>).value), [1, 2, 3]);
    assert.equal(await pool.run({ do: 'echo', value: 'after' }), 'after', 'the pool works on');
  }));

  it('a task over the time limit is stopped and reported; the worker is replaced and the others finish', () => withPool({ budgetMs: 300, depth: 2 }, async (pool) => {
    const started = Date.now();
    const [slow, next] = [pool.run({ do: 'spin', ms: 60_000 }), pool.run({ do: 'echo', value: 'next' })];
    const error = await failure(slow);
    assert.equal(error.kind, 'timeout');
    assert.match(error.message, /longer than 0.3 s/);
    assert.ok(Date.now() - started < 20_000, 'stopped long before it would have ended');
    assert.equal(await next, 'next');
  }));

  it('refuses a task when as many wait as allowed and every worker is full, and says when to try again', () => withPool({ maxWaiting: 1, depth: 1 }, async (pool) => {
    const running = [pool.run({ do: 'spin', ms: 300 }), pool.run({ do: 'spin', ms: 10 })];
    const error = await failure(pool.run({ do: 'echo', value: 'late' }));
    assert.equal(error.kind, 'busy');
    assert.ok(pool.retryAfterSeconds >= 1);
    await Promise.all(running);
    assert.equal(await pool.run({ do: 'echo', value: 'now' }), 'now');
  }));

  it('passes on what a worker says when it starts a task', () => withPool({}, async (pool) => {
    let heard: unknown = null;
    assert.equal(await pool.run({ do: 'early', value: 'sig' }, { onStart: (v) => (heard = v) }), 'sig');
    assert.equal(heard, 'sig');
  }));

  it('gives up, with the reason, when its workers cannot start', async () => {
    const pool = new WorkerPool({ entry, size: 1, heapMb: 256, workerData: { failStart: true } });
    try {
      const error = await failure(pool.run({ do: 'echo', value: 1 }));
      assert.match(error.message, /cannot start \(its worker died \(cannot load\)\)/);
    } finally {
      await pool.close();
    }
  });
});
