/** The analysis workers ingest and the server share: page extraction and analysis under the article limits. */
import v8 from 'node:v8';
import type { AnalyzeTask, PreparedArticle } from './analyze-article.ts';
import { DEFAULT_LIMITS, type ArticleLimits } from './limits.ts';
import type { RawArticle, RawPage } from './readers/article.ts';
import { moduleUrl } from '../util/module-url.ts';
import { WorkerPool, type PoolOptions } from './worker-pool.ts';

export type AnalysisTask =
  | { kind: 'extract'; page: RawPage; maxBytes: number }
  | { kind: 'prepare'; article: AnalyzeTask }
  | { kind: 'json'; article: AnalyzeTask; maxBytes: number };

export interface AnalysisPoolOptions extends Pick<PoolOptions, 'size' | 'maxWaiting' | 'depth' | 'onDemand'> {
  limits?: ArticleLimits;
}

/**
 * V8 heap settings for a process that analyses articles. An analysis makes much short-lived garbage and
 * keeps under 100 MB live (lexicons, models), but V8 lets the old generation grow to up to four times what
 * its last full collection kept before it collects again: on the one-core bench's whole corpus a process
 * peaked at 340-530 MB of RSS, more the longer it ran. Growing by a quarter at most, it peaks under 300 MB,
 * for about twice as many full collections (20 instead of 9 on that corpus, about a second of CPU in 30). It
 * is a rate, not a limit: a 5 MB article analysed whole still gets all the heap it needs (1.2 GB of RSS,
 * 1.6 GB before), up to a worker's `workerMb`.
 */
export const ANALYSIS_HEAP_GROWTH_PERCENT = 25;

/**
 * First old-generation limit of a thread started from now on, in MB. An analysis worker loads some 60 MB of
 * lexicons and models that stay for good; from V8's small first limit, growing by a quarter at a time, it
 * collected the whole heap 7 times on the way (a tenth of its start-up CPU, 735 -> 695 ms with this), once
 * with it. Only the first limit: from the first full collection on, ANALYSIS_HEAP_GROWTH_PERCENT rules.
 */
const ANALYSIS_INITIAL_OLD_MB = 96;

/**
 * Apply ANALYSIS_HEAP_GROWTH_PERCENT to this process, and ANALYSIS_INITIAL_OLD_MB to the threads it starts.
 * V8's flags are the process's: the growth is read when a full collection ends, so it holds for this thread
 * from then on and for every worker thread; the first limit is read when a thread's heap is made, so it holds
 * for workers started after this (not for this thread). The CLI sets them before a command runs
 * (src/cli/main.ts), an AnalysisPool when it is made (a library user's pool too).
 */
export function fitAnalysisHeap(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${ANALYSIS_HEAP_GROWTH_PERCENT}`);
  v8.setFlagsFromString(`--initial-old-space-size=${ANALYSIS_INITIAL_OLD_MB}`);
}

/**
 * Semi-space of an analysing thread's young generation, in MB: 8 instead of V8's 16 on 64-bit. Almost all of an
 * analysis's garbage dies young at either size; the smaller one collects it twice as often, for about 21 MB less
 * peak RSS per analysing thread (one-core bench, interleaved with the checkout before: 274 against 295 MB) at
 * 0.95x per CPU-second, within that run's 10% spread. A worker gets it as its young-generation limit (V8's young
 * generation is three semi-spaces); a process only from its command line, as ANALYSIS_NODE_FLAGS: the bench
 * runs its one-core measurement with them, the way a worker analyses.
 */
const ANALYSIS_SEMI_SPACE_MB = 8;
const ANALYSIS_YOUNG_GENERATION_MB = 3 * ANALYSIS_SEMI_SPACE_MB;
export const ANALYSIS_NODE_FLAGS: readonly string[] = [`--max-semi-space-size=${ANALYSIS_SEMI_SPACE_MB}`];

export class AnalysisPool {
  private readonly pool: WorkerPool<any>;
  readonly limits: ArticleLimits;

  constructor(options: AnalysisPoolOptions = {}) {
    this.limits = options.limits ?? DEFAULT_LIMITS;
    fitAnalysisHeap();
    this.pool = new WorkerPool({
      ...options, entry: moduleUrl('./analyze-worker', import.meta.url), budgetMs: this.limits.seconds * 1000, heapMb: this.limits.workerMb,
      youngMb: ANALYSIS_YOUNG_GENERATION_MB,
    });
  }

  get size(): number {
    return this.pool.size;
  }

  get pending(): number {
    return this.pool.pending;
  }

  get retryAfterSeconds(): number {
    return this.pool.retryAfterSeconds;
  }

  /** A web page's article (its text taken out), or why it has none. */
  extract(page: RawPage): Promise<{ article: RawArticle } | { problem: string }> {
    return this.pool.run({ kind: 'extract', page, maxBytes: this.limits.maxBytes } satisfies AnalysisTask);
  }

  /** The article analysed and prepared for the store; `onSignature` hears its MinHash as soon as the analysis starts. */
  prepare(article: AnalyzeTask, onSignature?: (minhash: number[]) => void): Promise<PreparedArticle> {
    return this.pool.run({ kind: 'prepare', article } satisfies AnalysisTask, { onStart: onSignature as (early: unknown) => void });
  }

  /** The analysed Doc as JSON, UTF-8 bytes (the text cut to the size limit first). */
  json(article: AnalyzeTask): Promise<Uint8Array<ArrayBuffer>> {
    return this.pool.run({ kind: 'json', article, maxBytes: this.limits.maxBytes } satisfies AnalysisTask);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
