/**
 * A pool of worker threads that run one kind of task each, in order, with a bound on each task's time,
 * on what waits, and on each worker's memory. A worker that dies (out of memory on one article, a crash) or
 * overruns its time is replaced: the task it was running fails once, with the reason, and the tasks it had
 * been given but not started go to another worker. Nothing else fails.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const ENTRY = new URL('./worker-entry.js', import.meta.url);

/** Why a task did not give a result. */
export type PoolFailure = 'timeout' | 'crashed' | 'busy' | 'closed' | 'failed';

export class PoolError extends Error {
  override name = 'PoolError';
  constructor(readonly kind: PoolFailure, message: string) {
    super(message);
  }
}

export interface PoolOptions {
  /** module the workers run (a URL): it answers `{seq, task}` messages through serveTasks (worker-task.ts) */
  entry: URL;
  /** data every worker starts with */
  workerData?: unknown;
  /** workers (default one per core) */
  size?: number;
  /** longest a task may run in a worker, in ms (0: no bound) */
  budgetMs?: number;
  /** tasks that may wait for a worker beyond those given to one; more are refused (`busy`) */
  maxWaiting?: number;
  /** tasks given to a worker at once, so it does not idle while the main thread is busy (1: fairest) */
  depth?: number;
  /** old-generation heap of each worker, in MB: one huge input kills its worker, not the process */
  heapMb?: number;
  /** young-generation heap of each worker, in MB (default: V8's) */
  youngMb?: number;
  /**
   * Start the workers after the first only when a task waits that the ready ones cannot take (default: all
   * of them once the first is ready, as a server wants them warm). Each loads its resources (the analysis
   * pipeline: most of a CPU-second): a run of one or two articles would spend that against its first analysis.
   */
  onDemand?: boolean;
}

interface Task<R> {
  seq: number;
  /** structured-cloned, never transferred: a task may be given again to another worker */
  message: unknown;
  resolve(result: R): void;
  reject(error: Error): void;
  /** told when the worker starts it, with what the worker says then (see worker-task.ts) */
  onStart?(early: unknown): void;
}

interface Slot {
  worker: Worker;
  /** [seq of the task running, 0 between tasks]: written by the worker, read when it dies or overruns */
  running: Int32Array;
  /** Date.now() when the running task started */
  startedAt: Float64Array;
  given: Task<any>[];
  ready: boolean;
  overran: boolean;
  error: Error | null;
}

/** Consecutive workers that die before they are ready: the code or the machine is broken, not an input. */
const MAX_START_FAILURES = 3;

export class WorkerPool<R = unknown> {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Task<R>[] = [];
  private readonly options: Required<Omit<PoolOptions, 'workerData' | 'youngMb'>> & Pick<PoolOptions, 'youngMb'> & { workerData: unknown };
  private readonly watchdog: NodeJS.Timeout | null;
  private seq = 0;
  private startFailures = 0;
  private broken: Error | null = null;
  private closing = false;
  /** mean ms of recent tasks, for Retry-After */
  private meanMs = 1000;

  constructor(options: PoolOptions) {
    this.options = {
      size: Math.max(1, options.size ?? availableParallelism()), budgetMs: options.budgetMs ?? 0, maxWaiting: options.maxWaiting ?? Infinity,
      depth: Math.max(1, options.depth ?? 1), heapMb: options.heapMb ?? 2048, youngMb: options.youngMb, entry: options.entry, workerData: options.workerData ?? null,
      onDemand: options.onDemand ?? false,
    };
    // One worker first, the others once it is ready (see grow): loading the pipeline (about a CPU-second) alone
    // on the cores, it takes the first article sooner than when every worker loads at once.
    this.spawn();
    const budget = this.options.budgetMs;
    this.watchdog = budget > 0 ? setInterval(() => this.checkTimes(), Math.min(1000, Math.max(20, budget / 4))) : null;
    this.watchdog?.unref();
  }

  get size(): number {
    return this.options.size;
  }

  /** Workers started (ready or loading), at most `size`. */
  get started(): number {
    return this.slots.size;
  }

  /** Tasks not finished: waiting or given to a worker. */
  get pending(): number {
    let given = 0;
    for (const slot of this.slots) given += slot.given.length;
    return this.waiting.length + given;
  }

  /** Seconds a client refused as busy may wait before it tries again. */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((this.meanMs * (this.pending / this.size + 1)) / 1000));
  }

  /** Run a task; `onStart` hears what the worker says when it starts it (an early part of the result). */
  run(message: unknown, options: { onStart?: (early: unknown) => void } = {}): Promise<R> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closing) return Promise.reject(new PoolError('closed', 'the pool is closed'));
    if (this.pending >= this.options.size * this.options.depth + this.options.maxWaiting) {
      return Promise.reject(new PoolError('busy', `${this.pending} tasks are already waiting`));
    }
    return new Promise<R>((resolve, reject) => {
      const started = Date.now();
      const done = (finish: () => void) => {
        this.meanMs = 0.8 * this.meanMs + 0.2 * (Date.now() - started);
        finish();
      };
      this.waiting.push({
        seq: (this.seq += 1), message, onStart: options.onStart,
        resolve: (r) => done(() => resolve(r)), reject: (e) => done(() => reject(e)),
      });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.watchdog) clearInterval(this.watchdog);
    const error = new PoolError('closed', 'the pool was closed before the task ran');
    for (const task of this.waiting.splice(0)) task.reject(error);
    await Promise.all([...this.slots].map((slot) => {
      for (const task of slot.given.splice(0)) task.reject(error);
      return slot.worker.terminate();
    }));
    this.slots.clear();
  }

  private spawn(): void {
    const shared = new SharedArrayBuffer(16);
    const slot: Slot = {
      worker: new Worker(ENTRY, {
        workerData: { entry: this.options.entry.href, shared, data: this.options.workerData },
        resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, ...(this.options.youngMb ? { maxYoungGenerationSizeMb: this.options.youngMb } : {}) },
      }),
      running: new Int32Array(shared, 0, 1),
      startedAt: new Float64Array(shared, 8, 1),
      given: [],
      ready: false,
      overran: false,
      error: null,
    };
    slot.worker.on('message', (m: { ready?: true; seq?: number; early?: unknown; result?: R; error?: string }) => this.onMessage(slot, m));
    slot.worker.on('error', (error) => {
      slot.error = error;
    });
    slot.worker.on('exit', (code) => this.onExit(slot, code));
    this.slots.add(slot);
  }

  private onMessage(slot: Slot, m: { ready?: true; seq?: number; early?: unknown; result?: R; error?: string }): void {
    if (m.ready) {
      slot.ready = true;
      this.startFailures = 0;
      this.dispatch();
      return;
    }
    const task = slot.given.find((t) => t.seq === m.seq);
    if (!task) return;
    if ('early' in m) {
      task.onStart?.(m.early);
      return;
    }
    slot.given.splice(slot.given.indexOf(task), 1);
    if (m.error !== undefined) task.reject(new PoolError('failed', m.error));
    else task.resolve(m.result!);
    this.dispatch();
  }

  private onExit(slot: Slot, code: number): void {
    this.slots.delete(slot);
    if (this.closing) return;
    const running = Atomics.load(slot.running, 0);
    const culprit = slot.given.find((t) => t.seq === running);
    const reason = slot.overran
      ? new PoolError('timeout', `took longer than ${this.options.budgetMs / 1000} s; stopped`)
      : new PoolError('crashed', `its worker died (${slot.error ? slot.error.message : `exit code ${code}`})`);
    if (culprit) culprit.reject(reason);
    // What it was given but had not started goes first to the next worker, in its order.
    this.waiting.unshift(...slot.given.filter((t) => t !== culprit));
    slot.given = [];
    if (!slot.ready) {
      this.startFailures += 1;
      if (this.startFailures >= MAX_START_FAILURES) {
        this.broken = new PoolError('failed', `analysis workers cannot start (${reason.message})`);
        for (const task of this.waiting.splice(0)) task.reject(this.broken);
        return;
      }
    }
    this.spawn();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.ready && slot.given.length < this.options.depth && this.waiting.length > 0) {
        const task = this.waiting.shift()!;
        slot.given.push(task);
        slot.worker.postMessage({ seq: task.seq, task: task.message });
      }
    }
    this.grow();
  }

  /** The workers after the first, once one is ready: all of them, or (onDemand) when tasks wait for a worker. */
  private grow(): void {
    if (this.closing || this.slots.size >= this.options.size || (this.options.onDemand && this.waiting.length === 0)) return;
    if (![...this.slots].some((slot) => slot.ready)) return;
    while (this.slots.size < this.options.size) this.spawn();
  }

  private checkTimes(): void {
    const now = Date.now();
    for (const slot of this.slots) {
      if (slot.overran || Atomics.load(slot.running, 0) === 0) continue;
      if (now - slot.startedAt[0]! > this.options.budgetMs) {
        slot.overran = true;
        void slot.worker.terminate();
      }
    }
  }
}
