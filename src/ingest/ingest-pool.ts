/**
 * Ingest's analysis workers, and their early start. Most of the time to the first article stored is the first
 * worker loading the pipeline, so the ingest command starts it as the command loads (src/cli/commands/index.ts),
 * before its flags are known: with the default limits, while this thread loads the command's own modules and
 * checks the flags. Flags that ask for other limits or another number of workers get a new pool, and the
 * early one is closed; a run that never takes it (a usage error) is not kept alive by it.
 */
import { isDeepStrictEqual } from 'node:util';
import { AnalysisPool } from './analysis-pool.ts';
import { DEFAULT_LIMITS, type ArticleLimits } from './limits.ts';

/**
 * Up to `workers` analysis workers (default one per core), two articles given to each at a time. The first
 * starts now, the others when articles wait for them: one article is analysed without the other cores
 * loading the pipeline again meanwhile.
 */
export function ingestPool(workers: number | undefined, limits: ArticleLimits = DEFAULT_LIMITS): AnalysisPool {
  return new AnalysisPool({ size: workers, limits, depth: 2, onDemand: true });
}

let early: AnalysisPool | null = null;

/** Start ingest's pool with the default limits before the flags are read; until taken, it keeps no process alive. */
export function startIngestPoolEarly(): AnalysisPool {
  early ??= ingestPool(undefined);
  early.keepAlive(false);
  return early;
}

/** The pool for these flags: the early one when it was started with the same, else a new one (the early one closed). */
export function takeIngestPool(workers: number | undefined, limits: ArticleLimits): AnalysisPool {
  const pool = early;
  early = null;
  if (pool && (workers ?? pool.size) === pool.size && isDeepStrictEqual(limits, pool.limits)) {
    pool.keepAlive(true);
    return pool;
  }
  void pool?.close();
  return ingestPool(workers, limits);
}
