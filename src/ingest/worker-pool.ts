import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeTask, AnalyzedArticle, PreparedArticle } from './analyze-article.ts';

const ENTRY = new URL('./worker-entry.js', import.meta.url);

/**
 * Tasks to keep queued per worker: enough that the workers stay busy while the writing thread is held up
 * by a commit (a WAL checkpoint can take tens of milliseconds).
 */
export const TASKS_PER_WORKER = 8;

interface Pending {
  resolve(result: AnalyzedArticle | PreparedArticle): void;
  reject(error: Error): void;
}

/** A fixed pool of analysis workers; tasks go to the least busy worker, results come back by sequence number. */
export class WorkerPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private failure: Error | null = null;
  private closing = false;

  constructor(size = availableParallelism()) {
    for (let i = 0; i < Math.max(1, size); i += 1) {
      const worker = new Worker(ENTRY);
      const slot = { worker, busy: 0 };
      worker.on('message', (message: { seq: number; result?: AnalyzedArticle | PreparedArticle; error?: string }) => {
        slot.busy -= 1;
        const p = this.pending.get(message.seq);
        this.pending.delete(message.seq);
        if (message.error !== undefined) p?.reject(new Error(message.error));
        else p?.resolve(message.result!);
      });
      // A crashed worker fails everything in flight: analysis must not silently lose articles.
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`analysis worker exited with code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  /** The analysed Doc (without its tokens, with its stored form). */
  run(task: AnalyzeTask): Promise<AnalyzedArticle> {
    return this.send(task, false);
  }

  /** The article prepared for the store. */
  prepare(task: AnalyzeTask): Promise<PreparedArticle> {
    return this.send(task, true);
  }

  private send<T extends AnalyzedArticle | PreparedArticle>(task: AnalyzeTask, prepare: boolean): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const seq = (this.seq += 1);
    slot.busy += 1;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as Pending['resolve'], reject });
      slot.worker.postMessage({ ...task, seq, prepare });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
