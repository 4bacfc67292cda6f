/**
 * Ingest into a PostgreSQL corpus: read the inputs (as ingest does: reader thread, web pages taken out in a
 * worker) and put one analysis job per article on the queue, for `newsgraph worker`s to take. Idempotent:
 * an article stored already (and not waiting for the date this run gives it) is not enqueued, and a job's id
 * comes from the article's content hash and date, so enqueueing again adds nothing twice.
 */
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type PgBoss from 'pg-boss';
import type { PostgresStore } from '../store/postgres/store.ts';
import { contentHash } from '../store/content-hash.ts';
import { AnalysisPool } from './analysis-pool.ts';
import { publicationDate } from './ingest.ts';
import { readInWorker } from './input-reader.ts';
import { DEFAULT_LIMITS, oneLine, type ArticleLimits } from './limits.ts';
import { jobId, QUEUE, type JobData } from './queue.ts';
import type { Format, RawArticle } from './readers/article.ts';

export interface EnqueueOptions {
  store: PostgresStore;
  boss: PgBoss;
  /** the queue's tables (pgboss, or NAME_boss) */
  bossSchema: string;
  files: string[];
  format?: Format;
  stdin: () => Readable;
  log: NodeJS.WritableStream;
  limits?: ArticleLimits;
  published?: string | null;
  /** how long a worker may hold one of these jobs before it is given to another */
  jobSeconds: number;
}

export interface EnqueueSummary {
  read: number;
  enqueued: number;
  /** on the queue already (an earlier run, or the same text twice) */
  queued: number;
  /** stored already */
  stored: number;
  errors: number;
  seconds: number;
}

const BATCH = 200;

export async function enqueue(options: EnqueueOptions): Promise<EnqueueSummary> {
  const { store, boss, log } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const started = Date.now();
  const summary: EnqueueSummary = { read: 0, enqueued: 0, queued: 0, stored: 0, errors: 0, seconds: 0 };
  const problem = (name: string, message: string) => {
    summary.errors += 1;
    log.write(`newsgraph ingest: ${oneLine(name)}: ${oneLine(message)}\n`);
  };
  let pool: AnalysisPool | null = null;
  let batch: { id: string; contentId: string; data: JobData; position: number }[] = [];
  let position = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    const jobs = batch;
    batch = [];
    // Stored already: enqueued only when this run gives a stored undated article its date.
    const stored = await store.hasArticles(jobs.map((j) => j.contentId));
    const undated = stored.size === 0 ? new Set<string>() : new Set((await store.query(
      'SELECT id FROM articles WHERE id = ANY($1::text[]) AND published IS NULL', [[...stored]])).map((r) => r.id as string));
    const fresh = jobs.filter((j) => !stored.has(j.contentId) || (undated.has(j.contentId) && j.data.published !== null));
    summary.stored += jobs.length - fresh.length;
    const unique = [...new Map(fresh.map((j) => [j.id, j])).values()];
    summary.queued += fresh.length - unique.length;
    const known = new Set((await boss.getDb().executeSql(`SELECT id::text FROM ${options.bossSchema}.job WHERE name = $1 AND id = ANY($2::uuid[])
      UNION SELECT id::text FROM ${options.bossSchema}.archive WHERE name = $1 AND id = ANY($2::uuid[])`, [QUEUE, unique.map((j) => j.id)])).rows.map((r) => r.id as string));
    const added = unique.filter((j) => !known.has(j.id));
    summary.queued += unique.length - added.length;
    if (added.length > 0) {
      // Jobs are taken highest priority first: falling priorities hand them out in input order, so one worker
      // of concurrency 1 stores the articles in the order ingest into a file would.
      await boss.insert(added.map((j) => ({ id: j.id, name: QUEUE, data: j.data, expireInSeconds: options.jobSeconds, priority: -j.position })));
    }
    summary.enqueued += added.length;
  };

  const modified = new Map<number, Date | null>();
  const modifiedAt = (i: number) => {
    if (!modified.has(i)) {
      const name = options.files[i];
      modified.set(i, name === undefined || name === '-' ? null : statSync(name, { throwIfNoEntry: false })?.mtime ?? null);
    }
    return modified.get(i)!;
  };
  const add = (read: RawArticle, file: number) => {
    const date = publicationDate(read, options.published ?? null, modifiedAt(file));
    const contentId = contentHash(read.text);
    position += 1;
    batch.push({
      id: jobId(contentId, date.published), contentId, position,
      data: {
        name: read.name, text: read.text, title: read.title, url: read.url, source: read.source,
        published: date.published, messages: [...read.messages, ...date.messages],
      },
    });
  };

  try {
    for await (const { item, file } of readInWorker(options.files, { format: options.format, maxBytes: limits.maxBytes, stdin: options.stdin, budgetMs: limits.seconds * 1000, heapMb: limits.workerMb })) {
      if (!item) continue;
      if (item.kind === 'error') problem(item.name, item.message);
      else if (item.kind === 'warning') log.write(`newsgraph ingest: ${oneLine(item.name)}: ${oneLine(item.message)}\n`);
      else if (item.kind === 'article') {
        summary.read += 1;
        add(item.article, file);
      } else {
        summary.read += 1;
        pool ??= new AnalysisPool({ size: 1, limits, depth: 1 });
        const result = await pool.extract(item.page).catch((error: unknown) => ({ problem: `reading the page failed: ${error instanceof Error ? error.message : String(error)}; skipped` }));
        if ('problem' in result) problem(item.page.name, result.problem);
        else add(result.article, file);
      }
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await pool?.close();
  }
  return { ...summary, seconds: (Date.now() - started) / 1000 };
}
