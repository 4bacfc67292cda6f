/**
 * `newsgraph worker`: take analysis jobs from a PostgreSQL corpus's queue, analyse each article in a worker
 * thread and commit it (entities resolved, near-duplicates found) in one transaction. Any number of these
 * run at once, on any machines that reach the database. A job that fails is retried with backoff and, after
 * the last retry, left failed with its error; a job whose worker dies is given to another once its time is
 * up. A lost database connection is waited out: the worker logs it and goes on when the server is back.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import type { PostgresStore } from '../store/postgres/store.ts';
import { contentHash } from '../store/content-hash.ts';
import { AnalysisPool } from './analysis-pool.ts';
import { commitLocked, type LockedOutcome } from './locked-commit.ts';
import { DEFAULT_LIMITS, oneLine, type ArticleLimits } from './limits.ts';
import { HEARTBEAT_SECONDS, JobDataSchema, QUEUE, queueCounts } from './queue.ts';
import type { RawArticle } from './readers/article.ts';

export interface WorkerOptions {
  store: PostgresStore;
  boss: PgBoss;
  /** the corpus URL (for the queue's counts) */
  url: string;
  /** articles analysed at once (worker threads) */
  concurrency: number;
  limits?: ArticleLimits;
  log: NodeJS.WritableStream;
  /** stop once nothing is queued or running (benchmarks, tests); else run until `stop` */
  untilEmpty?: boolean;
  /** seconds between progress lines */
  progressEvery?: number;
}

export interface WorkerSummary {
  done: number;
  added: number;
  duplicates: number;
  stored: number;
  redated: number;
  failed: number;
  seconds: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Errors of a lost or refused connection, or a server shutting down: worth waiting out, not failing the job. */
export function connectionLost(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (typeof e?.code === 'string' && (/^(08|57P)/.test(e.code) || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(e.code))) return true;
  return /Connection terminated|connection timeout|not queryable|Client has encountered a connection error/i.test(e?.message ?? '');
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class QueueWorker {
  readonly id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private stopping = false;
  private readonly summary: WorkerSummary = { done: 0, added: 0, duplicates: 0, stored: 0, redated: 0, failed: 0, seconds: 0 };
  private downSince: number | null = null;
  /** With one analysis thread, commits go in the order the jobs were taken (the last one's turn ends here). */
  private lastTurn: Promise<void> = Promise.resolve();
  private fetching: Promise<void> = Promise.resolve();

  constructor(private readonly o: WorkerOptions) {}

  /** Finish the jobs in hand and stop taking new ones. */
  stop(): void {
    this.stopping = true;
  }

  private say(line: string): void {
    this.o.log.write(`newsgraph worker: ${line}\n`);
  }

  /** Run `fn` until it gets through: a lost connection is logged once and retried every second. */
  private async persist<T>(what: string, fn: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        const result = await fn();
        if (this.downSince !== null) {
          this.say(`the database is back after ${((Date.now() - this.downSince) / 1000).toFixed(0)} s; going on`);
          this.downSince = null;
        }
        return result;
      } catch (error) {
        if (!connectionLost(error)) throw error;
        if (this.downSince === null) {
          this.downSince = Date.now();
          this.say(`lost the database while ${what} (${oneLine(errorText(error))}); retrying every second until it is back`);
        }
        await sleep(1000);
      }
    }
  }

  private async heartbeat(): Promise<void> {
    await this.o.store.query(`INSERT INTO queue_workers (id, host, pid, concurrency) VALUES ($1, $2, $3, $4)
      ON CONFLICT (id) DO UPDATE SET seen = now()`, [this.id, hostname(), process.pid, this.o.concurrency]);
  }

  async run(): Promise<WorkerSummary> {
    const { store, concurrency } = this.o;
    const started = Date.now();
    const pool = new AnalysisPool({ size: concurrency, limits: this.o.limits ?? DEFAULT_LIMITS, depth: 1 });
    await this.persist('saying it is alive', () => this.heartbeat());
    const beat = setInterval(() => { this.heartbeat().catch(() => {}); }, HEARTBEAT_SECONDS * 1000);
    let last = { ...this.summary };
    const progress = setInterval(() => {
      if (this.summary.done === last.done && this.summary.failed === last.failed) return;
      last = { ...this.summary };
      this.say(this.line(Date.now() - started));
    }, (this.o.progressEvery ?? 10) * 1000);
    try {
      // Two jobs in hand per analysis thread: one is analysed while the other is committed.
      await Promise.all(Array.from({ length: 2 * concurrency }, () => this.loop(pool)));
    } finally {
      clearInterval(beat);
      clearInterval(progress);
      await pool.close();
      await store.query('DELETE FROM queue_workers WHERE id = $1', [this.id]).catch(() => {});
    }
    this.summary.seconds = (Date.now() - started) / 1000;
    return { ...this.summary };
  }

  line(ms: number): string {
    const s = this.summary;
    return `${s.done} articles done (${s.added} added, ${s.duplicates} near-duplicates, ${s.redated} re-dated, ${s.stored} stored already), `
      + `${s.failed} failed; ${(s.done / Math.max(ms / 1000, 1e-3)).toFixed(1)} articles/s`;
  }

  private async loop(pool: AnalysisPool): Promise<void> {
    const { boss } = this.o;
    while (!this.stopping) {
      // One fetch at a time in this process: jobs are taken, and their turns to commit given, in queue order.
      const previous = this.fetching;
      let fetched!: () => void;
      this.fetching = new Promise((resolve) => { fetched = resolve; });
      await previous;
      let jobs: PgBoss.JobWithMetadata<unknown>[];
      let turns: ReturnType<QueueWorker['turn']>[];
      try {
        jobs = await this.persist('taking a job', () => boss.fetch<unknown>(QUEUE, { batchSize: 1, includeMetadata: true }));
        turns = jobs.map(() => this.turn());
      } finally {
        fetched();
      }
      if (jobs.length === 0) {
        if (this.o.untilEmpty) {
          const counts = await this.persist('counting jobs', () => queueCounts(boss, this.o.url));
          if (counts.queued === 0 && counts.active === 0) return;
        }
        await sleep(300);
        continue;
      }
      for (const [i, job] of jobs.entries()) await this.handle(pool, job, turns[i]!);
    }
  }

  /**
   * A job's turn to commit, taken when the job is: with --concurrency 1 each waits for the job taken before
   * it, so one such worker stores articles in queue order (as ingest into a file does, and the GDELT export
   * then matches it byte for byte); with more threads, commits run as analyses finish.
   */
  private turn(): { wait: Promise<void>; done: () => void } {
    if (this.o.concurrency > 1) return { wait: Promise.resolve(), done: () => {} };
    const wait = this.lastTurn;
    let done!: () => void;
    this.lastTurn = new Promise((resolve) => { done = resolve; });
    return { wait, done };
  }

  private async handle(pool: AnalysisPool, job: PgBoss.JobWithMetadata<unknown>, turn: { wait: Promise<void>; done: () => void }): Promise<void> {
    try {
      await this.process(pool, job, turn.wait);
    } finally {
      turn.done();
    }
  }

  private async process(pool: AnalysisPool, job: PgBoss.JobWithMetadata<unknown>, myTurn: Promise<void>): Promise<void> {
    const { boss, store } = this.o;
    const parsed = JobDataSchema.safeParse(job.data);
    if (!parsed.success) {
      // Nothing to analyse: each retry fails at once, and the job ends failed with this message.
      const message = 'the job holds no article (its text is gone or it was queued by another version): ingest the input again';
      this.say(`job ${job.id}: ${message}`);
      await this.persist('failing a job', () => boss.fail(QUEUE, job.id, { message }));
      if (job.retryCount >= job.retryLimit) this.summary.failed += 1;
      return;
    }
    const data = parsed.data;
    const raw: RawArticle = { name: data.name, text: data.text, title: data.title, url: data.url, source: data.source, published: data.published, messages: [] };
    const id = contentHash(data.text);
    let outcome: LockedOutcome;
    try {
      const prepared = await pool.prepare({ text: data.text, id, published: data.published, messages: data.messages });
      await myTurn;
      outcome = await this.persist('storing an article', () => commitLocked(store, raw, id, prepared));
    } catch (error) {
      const last = job.retryCount >= job.retryLimit;
      this.say(`${oneLine(data.name)}: ${oneLine(errorText(error))}; ${last ? 'failed for good (newsgraph status lists it)' : `retried later (${job.retryCount + 1} of ${job.retryLimit})`}`);
      await this.persist('failing a job', () => boss.fail(QUEUE, job.id, { message: errorText(error) }));
      if (last) this.summary.failed += 1;
      return;
    }
    await this.persist('completing a job', () => boss.complete(QUEUE, job.id, { outcome }));
    this.summary.done += 1;
    if (outcome === 'added') this.summary.added += 1;
    else if (outcome === 'duplicate') { this.summary.added += 1; this.summary.duplicates += 1; }
    else if (outcome === 'redated') this.summary.redated += 1;
    else this.summary.stored += 1;
  }
}
