/**
 * The analysis queue of a PostgreSQL corpus, kept by pg-boss in the same database: ingest enqueues one job
 * per article (its text and what the input said about it), workers on any machine take them. A job's id is
 * derived from the article's content hash and date, so enqueueing the same input again adds nothing.
 */
import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import type { PostgresStore } from '../store/postgres/store.ts';
import { postgresLocation, postgresProblem, safeUrl, StoreOpenError } from '../store/open-store.ts';

export const QUEUE = 'newsgraph-analyse';
/** Retries of a failed job, the first after RETRY_DELAY seconds, doubling (pg-boss's backoff). */
export const RETRY_LIMIT = 3;
export const RETRY_DELAY = 2;
/** How long a worker may hold a job before it counts as lost (its worker killed) and is given to another. */
export const DEFAULT_JOB_SECONDS = 300;
/** A worker says it is alive this often; one not heard from for three times as long is gone. */
export const HEARTBEAT_SECONDS = 5;

export const JobDataSchema = z.object({
  name: z.string(),
  text: z.string().min(1),
  title: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  messages: z.array(z.object({ level: z.enum(['info', 'warning']), rule: z.string(), text: z.string(), start: z.number().nullable().optional(), end: z.number().nullable().optional() })),
});
export type JobData = z.infer<typeof JobDataSchema>;

/** The job id of an article: a UUID made from its content hash and publication date. */
export function jobId(contentId: string, published: string | null): string {
  const h = createHash('sha256').update(`${contentId}\u0000${published ?? ''}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** pg-boss's schema beside the corpus's: pgboss, or NAME_boss for a corpus in schema NAME. */
export function bossSchema(schema: string | undefined): string {
  return schema ? `${schema}_boss` : 'pgboss';
}

export interface QueueOptions {
  /** Run pg-boss's maintenance (expiring the jobs of killed workers, archiving) in this process. */
  supervise?: boolean;
  /** Seconds between maintenance runs (pg-boss runs it in one process at a time). */
  maintenanceSeconds?: number;
}

/** Errors of two processes installing pg-boss's tables or the queue at the same moment: worth another try. */
const INSTALL_RACE = new Set(['40P01', '23505', '42P06', '42P07', '42710']);

/**
 * Start pg-boss on the corpus's database (installing its tables the first time) and make sure the queue
 * exists. A worker and an ingest starting together on a new database may race to install: the loser tries again.
 */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const { connectionString, schema } = postgresLocation(url);
  // pg-boss loads here, when a queue opens: ingest imports this module (its constants) for a corpus file too.
  const { default: Boss } = await import('pg-boss');
  for (let attempt = 1; ; attempt += 1) {
    const boss = new Boss({
      connectionString, schema: bossSchema(schema), max: 4, schedule: false, supervise: options.supervise ?? false,
      maintenanceIntervalSeconds: options.maintenanceSeconds ?? 10, monitorStateIntervalSeconds: 60,
    });
    // pg-boss reports lost connections as events; the calls that fail say so themselves.
    boss.on('error', () => {});
    try {
      await boss.start();
      if (!(await boss.getQueue(QUEUE))) {
        await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: RETRY_LIMIT, retryDelay: RETRY_DELAY, retryBackoff: true }).catch(async (error) => {
          // Another process created it at the same moment.
          if (!(await boss.getQueue(QUEUE))) throw error;
        });
      }
      return boss;
    } catch (error) {
      await boss.stop({ graceful: false, wait: false }).catch(() => {});
      if (attempt < 5 && INSTALL_RACE.has((error as { code?: string }).code ?? '')) {
        await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
        continue;
      }
      throw new StoreOpenError(`${postgresProblem(url, error).replace(safeUrl(url), `${safeUrl(url)} (queue)`)}`);
    }
  }
}

export interface QueueCounts {
  /** waiting for a worker (new, or to be retried) */
  queued: number;
  active: number;
  done: number;
  failed: number;
}

/** The queue's counts as one line. */
export function countsLine(c: QueueCounts): string {
  return `${c.queued} queued, ${c.active} being analysed, ${c.done} done, ${c.failed} failed`;
}

/** How many jobs are in each state (archived ones included). */
export async function queueCounts(boss: PgBoss, url: string): Promise<QueueCounts> {
  const schema = bossSchema(postgresLocation(url).schema);
  const { rows } = await boss.getDb().executeSql(`SELECT state, count(*)::int AS n FROM (
    SELECT state FROM ${schema}.job WHERE name = $1 UNION ALL SELECT state FROM ${schema}.archive WHERE name = $1) j GROUP BY state`, [QUEUE]);
  const n = (state: string) => rows.filter((r: { state: string }) => r.state === state).reduce((s: number, r: { n: number }) => s + r.n, 0);
  return { queued: n('created') + n('retry'), active: n('active'), done: n('completed'), failed: n('failed') + n('cancelled') };
}

/** The failed jobs' names and last errors, newest first. */
export async function failedJobs(boss: PgBoss, url: string, limit = 10): Promise<{ name: string; error: string }[]> {
  const schema = bossSchema(postgresLocation(url).schema);
  const { rows } = await boss.getDb().executeSql(`SELECT data->>'name' AS name, output FROM (
    SELECT data, output, completed_on FROM ${schema}.job WHERE name = $1 AND state = 'failed'
    UNION ALL SELECT data, output, completed_on FROM ${schema}.archive WHERE name = $1 AND state = 'failed') j
    ORDER BY completed_on DESC NULLS LAST LIMIT $2`, [QUEUE, limit]);
  return rows.map((r: { name: string | null; output: { message?: string; value?: { message?: string } } | null }) => ({
    name: r.name ?? '(no name)', error: r.output?.message ?? r.output?.value?.message ?? JSON.stringify(r.output),
  }));
}

/** Workers heard from in the last three heartbeats. */
export async function liveWorkers(store: PostgresStore): Promise<number> {
  const [row] = await store.query(`SELECT count(*) AS n FROM queue_workers WHERE seen > now() - make_interval(secs => $1)`, [3 * HEARTBEAT_SECONDS]);
  return Number(row!.n);
}
