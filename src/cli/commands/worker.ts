import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { QueueWorker } from '../../ingest/queue-worker.ts';
import { openQueue } from '../../ingest/queue.ts';
import { isPostgresUrl, openPostgresCorpus } from '../../store/open-store.ts';
import { parseFlags, UsageError, type Command } from '../command.ts';
import { LIMIT_FLAGS, LIMIT_USAGE, LimitFlagsSchema, limitsOf } from './limit-flags.ts';
import { STORE_FLAGS, StoreFlagsSchema } from './store-flags.ts';

const Flags = StoreFlagsSchema.extend(LimitFlagsSchema.shape).extend({
  concurrency: z.string().regex(/^[1-9]\d*$/, 'expected a whole number of articles at once').transform(Number).optional(),
  'until-empty': z.boolean().optional(),
});

const USAGE = `newsgraph worker --db postgres://USER@HOST/DB [--concurrency N] [--until-empty] [--article-seconds N] [--worker-mb N]

Take analysis jobs from the queue of a PostgreSQL corpus (\`newsgraph ingest --db postgres://… PATH\` fills it),
analyse each article and store it, with its entities and near-duplicate links, in one transaction. Run one on
every machine that reaches the database; each takes --concurrency articles at once (default: one per core).
With --concurrency 1 a worker stores the articles in input order, as ingest into a file does (the same corpus).
A job that fails is retried with backoff and, after the last retry, left failed with its error (newsgraph
status lists them). A job whose worker was killed goes to another when its time is up (ingest --job-seconds).
If the database goes away the worker waits for it and goes on. Stop it with Ctrl-C (or SIGTERM): it finishes
the articles in hand first.
  --until-empty  exit when no job is queued or running (for scripts and benchmarks)
${LIMIT_USAGE}`;

export const workerCommand: Command = {
  name: 'worker',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags('worker', argv, {
      ...STORE_FLAGS, concurrency: { type: 'string' }, 'until-empty': { type: 'boolean' }, ...LIMIT_FLAGS,
    }, Flags);
    if (positionals.length > 0) throw new UsageError(`unexpected ${positionals[0]}; a worker takes its articles from the queue`);
    if (!isPostgresUrl(flags.db)) {
      throw new UsageError(`${flags.db}: workers need a PostgreSQL corpus (--db postgres://USER@HOST/DB); for a corpus file, newsgraph ingest analyses on every core itself`);
    }
    const store = await openPostgresCorpus(flags.db);
    let boss;
    try {
      boss = await openQueue(flags.db, { supervise: true });
    } catch (error) {
      await store.close();
      throw error;
    }
    const concurrency = flags.concurrency ?? availableParallelism();
    const worker = new QueueWorker({
      store, boss, url: flags.db, concurrency, limits: limitsOf(flags), log: io.err, untilEmpty: flags['until-empty'] ?? false,
    });
    const stop = () => {
      io.err.write('newsgraph worker: stopping after the articles in hand\n');
      worker.stop();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    io.err.write(`newsgraph worker: ${worker.id} taking jobs, ${concurrency} at once\n`);
    try {
      const summary = await worker.run();
      io.err.write(`newsgraph worker: ${worker.line(summary.seconds * 1000)}; ${summary.seconds.toFixed(1)} s\n`);
      return 0;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      await store.close();
    }
  },
};
