/** The analysis workers ingest and the server share: page extraction and analysis under the article limits. */
import type { AnalyzeTask, PreparedArticle } from './analyze-article.ts';
import { DEFAULT_LIMITS, type ArticleLimits } from './limits.ts';
import type { RawArticle, RawPage } from './readers/article.ts';
import { moduleUrl } from '../util/module-url.ts';
import { WorkerPool, type PoolOptions } from './worker-pool.ts';

export type AnalysisTask =
  | { kind: 'extract'; page: RawPage; maxBytes: number }
  | { kind: 'prepare'; article: AnalyzeTask }
  | { kind: 'json'; article: AnalyzeTask; maxBytes: number };

export interface AnalysisPoolOptions extends Pick<PoolOptions, 'size' | 'maxWaiting' | 'depth'> {
  limits?: ArticleLimits;
}

export class AnalysisPool {
  private readonly pool: WorkerPool<any>;
  readonly limits: ArticleLimits;

  constructor(options: AnalysisPoolOptions = {}) {
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.pool = new WorkerPool({
      ...options, entry: moduleUrl('./analyze-worker', import.meta.url), budgetMs: this.limits.seconds * 1000, heapMb: this.limits.workerMb,
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
