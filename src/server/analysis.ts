/**
 * How the server analyses: in the worker pool ingest uses, so no request holds the thread that serves the
 * others. The pool bounds each analysis in time and what may wait for a worker; past those bounds a client
 * gets a problem (503 with Retry-After when busy, 422 when the article itself is too slow).
 */
import { AnalysisPool } from '../ingest/analysis-pool.ts';
import type { AnalyzeTask } from '../ingest/analyze-article.ts';
import { cutText, sizeText } from '../ingest/limits.ts';
import { PoolError } from '../ingest/worker-pool.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { Store } from '../store/contract.ts';
import type { ServerDeps } from './context.ts';
import { ProblemError } from './problem.ts';
import { storeAnalysed, storeArticle } from './store-article.ts';

/** A pool failure as the problem a client gets. */
function asProblem(error: unknown, pool: AnalysisPool): unknown {
  if (!(error instanceof PoolError)) return error;
  if (error.kind === 'busy' || error.kind === 'closed') {
    const seconds = pool.retryAfterSeconds;
    return new ProblemError('server-busy', `every analysis worker is taken and ${pool.pending} articles wait; try again in ${seconds} s`, undefined, { 'retry-after': String(seconds) });
  }
  if (error.kind === 'timeout') {
    return new ProblemError('too-slow', `the article took longer than ${pool.limits.seconds} s to analyse and was stopped; send a shorter article (at most ${sizeText(pool.limits.maxBytes)} is read)`);
  }
  return new ProblemError('analysis-failed', `the article could not be analysed: ${error.message}`);
}

/** The routes' analysis through the pool. */
export function pooledAnalysis(store: Store, pool: AnalysisPool): Omit<ServerDeps, 'store'> {
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw asProblem(error, pool);
    }
  };
  return {
    analyze: (input: AnalyzeTask) => guarded(() => pool.json(input)),
    ingest: (whole, meta) => guarded(() => {
      // Stored as ingest stores it: cut to the size limit first, the cut said on the document.
      const { text, message } = cutText(whole, pool.limits.maxBytes);
      return storeAnalysed(store, text, meta, (task) => pool.prepare({ text, ...task, messages: [...(message ? [message] : []), ...task.messages] }));
    }),
  };
}

/** The routes' analysis in this process (tests, demos, benches of the store). */
export function inProcessAnalysis(store: Store, pipeline: Pipeline): Omit<ServerDeps, 'store'> {
  return {
    analyze: async (input) => JSON.stringify(pipeline.analyze(input)),
    ingest: (text, meta) => storeArticle(store, pipeline, text, meta),
  };
}
