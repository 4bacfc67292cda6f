import { z } from 'zod';
import { ingest, ingestPool, type IngestSummary } from '../../ingest/ingest.ts';
import { oneLine } from '../../ingest/limits.ts';
import { CalendarDateSchema } from '../../model/index.ts';
import { expandPaths } from '../../ingest/read-inputs.ts';
import { FORMATS } from '../../ingest/readers/article.ts';
import { parseFlags, UsageError, type Command } from '../command.ts';
import { LIMIT_FLAGS, LIMIT_USAGE, LimitFlagsSchema, limitsOf } from './limit-flags.ts';
import { openStore, STORE_FLAGS, StoreFlagsSchema } from './store-flags.ts';
import { bossSchema, countsLine, DEFAULT_JOB_SECONDS, liveWorkers, openQueue, queueCounts } from '../../ingest/queue.ts';
import { isPostgresUrl, openPostgresCorpus, postgresLocation } from '../../store/open-store.ts';
import type { Io } from '../command.ts';

const Flags = StoreFlagsSchema.extend(LimitFlagsSchema.shape).extend({
  format: z.enum(FORMATS).optional(),
  workers: z.string().regex(/^[1-9]\d*$/, 'expected a whole number of workers').transform(Number).optional(),
  published: CalendarDateSchema.optional(),
  'in-order': z.boolean().optional(),
  wait: z.boolean().optional(),
  'job-seconds': z.string().regex(/^[1-9]\d*$/, 'expected a whole number of seconds').transform(Number).optional(),
});

/** How long an ingest waits for another writer to let go of the corpus, per batch. */
const BUSY_MS = 10 * 60_000;

const USAGE = `newsgraph ingest <path...|-> [--published YYYY-MM-DD] [--db FILE|URL] [--format ${FORMATS.join('|')}] [--workers N] [--in-order] [--wait] [--job-seconds N] [--max-article-mb N] [--article-seconds N] [--worker-mb N]

Read articles from files, folders (walked recursively) or standard input (-), analyse them on every core and
store them in the corpus. Rerunning adds nothing twice and completes an interrupted run. In folders only
article files are read (by extension or content: text, HTML, feeds, JSON Lines, WARC); a file named is always read.
  formats  text (one article per file), html (main text, title, URL and date from meta tags and JSON-LD),
           feed (RSS/Atom items; item pages saved beside the feed are read), jsonl (one {"text", "title", "url",
           "published", "source"} per line), warc (WARC or WARC.gz; HTML responses). Detected unless --format.
  --published  the publication date of the articles that state none. An article's date is, first found: its
             own (page, feed, JSON Lines "published"), its dateline's when it gives the year ("OTTAWA, March 14,
             2024 (Reuters) -"), --published, its dateline's with the year inferred (from the dates in the text,
             else the file's modification time; the article gets a message saying so).
             An article stored without a date gets this one when ingested again, and its events are re-dated.
  --db       the corpus: a file (default ./newsgraph.db, or NEWSGRAPH_DB), or a PostgreSQL URL
             (postgres://USER@HOST/DB): then ingest reads and queues the articles, and \`newsgraph worker\`s
             on any machines analyse and store them
  --workers  analysis workers (default: one per core; a corpus file only)
  --wait     (PostgreSQL) show the queue's progress until it is empty
  --job-seconds  (PostgreSQL) how long a worker may hold one article before it counts as lost (its worker
             killed) and goes to another (default ${DEFAULT_JOB_SECONDS}); keep it above --article-seconds
  --in-order store the articles in input order (default: as their analyses finish, so a slow one holds back
             nothing). The corpus is the same either way; this keeps the order rows are listed and exported in
             the same on every run.
Several ingests into one corpus file may run at once: each waits for the other's batch to be written.
${LIMIT_USAGE}
Exit code 0 when every input was read, 1 when some were reported and skipped, 2 for a usage error.`;

export const ingestCommand: Command = {
  name: 'ingest',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags('ingest', argv, {
      ...STORE_FLAGS,
      format: { type: 'string' },
      workers: { type: 'string' },
      published: { type: 'string' },
      'in-order': { type: 'boolean' },
      wait: { type: 'boolean' },
      'job-seconds': { type: 'string' },
      ...LIMIT_FLAGS,
    }, Flags);
    if (positionals.length === 0) throw new UsageError('no input; pass files or folders of articles, or - to read standard input');
    const { files, missing, passedOver, warnings } = expandPaths(positionals);
    if (missing.length > 0) throw new UsageError(`${oneLine(missing[0]!)}: no such file or folder; check the path`);
    for (const w of warnings) io.err.write(`newsgraph ingest: ${oneLine(w)}\n`);
    const skipped = [...passedOver].map(([kind, n]) => `${n} ${kind}`).join(', ');
    const passed = [...passedOver.values()].reduce((a, b) => a + b, 0);
    if (files.length === 0) {
      throw new UsageError(`${oneLine(positionals.join(', '))}: no article files inside${passed ? ` (passed over ${skipped})` : ''}; pass the folder that holds the articles, or name a file to read it anyway`);
    }
    if (isPostgresUrl(flags.db)) return enqueueCommand(flags, files, io);
    if (flags['job-seconds'] !== undefined) throw new UsageError('--job-seconds is for a PostgreSQL corpus (--db postgres://…): a corpus file is analysed here, not queued');
    // The workers first: the first one loads the pipeline (most of the time to the first article stored) while
    // this thread loads the store and opens it. Ingest closes the pool; here only when the store cannot open.
    const limits = limitsOf(flags);
    const pool = ingestPool(flags.workers, limits);
    let store;
    try {
      // Another ingest into the same corpus is waited for, batch by batch (BUSY_MS each).
      store = await openStore(flags.db, false, 256, BUSY_MS);
    } catch (error) {
      await pool.close();
      throw error;
    }
    try {
      const tty = Boolean((io.err as NodeJS.WriteStream).isTTY);
      const summary = await ingest({
        store, files, format: flags.format, workers: flags.workers, stdin: () => io.stdin as NodeJS.ReadStream, log: io.err, tty,
        published: flags.published ?? null, limits, pool, commitOrder: flags['in-order'] ? 'input' : 'finish',
      });
      const rate = summary.added / Math.max(summary.seconds, 1e-3);
      io.err.write(`newsgraph ingest: ${summary.read} read, ${summary.added} added (${summary.duplicates} near-duplicates, `
        + `${summary.notEnglish} not English), ${summary.skipped} already stored, ${summary.errors} errors; `
        + `${summary.seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s; store ${flags.db}`
        + `${passed ? `; passed over ${passed} files that are not articles (${skipped}): name a file to read it anyway` : ''}\n`);
      const dates = datesLine(summary);
      if (dates) io.err.write(`newsgraph ingest: ${dates}\n`);
      return summary.errors > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

/** Where the dates of this run came from, and what is left undated; empty when there is nothing to say. */
function datesLine({ dates }: IngestSummary): string {
  const parts = [
    dates.dateline > 0 ? `${dates.dateline} from datelines` : '',
    dates.inferred > 0 ? `${dates.inferred} from datelines with the year inferred (see each article's messages)` : '',
    dates.flag > 0 ? `${dates.flag} from --published` : '',
    dates.filled > 0 ? `${dates.filled} filled in on articles stored without one (their events re-dated)` : '',
    dates.undated > 0 ? `${dates.undated} added with no date (\`newsgraph status\` lists them; ingest them again with --published YYYY-MM-DD)` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `dates: ${parts.join(', ')}` : '';
}

/** Ingest into a PostgreSQL corpus: read and queue the articles; with --wait, follow the queue until it is empty. */
async function enqueueCommand(flags: z.output<typeof Flags>, files: string[], io: Io): Promise<number> {
  const { enqueue } = await import('../../ingest/enqueue.ts');
  const store = await openPostgresCorpus(flags.db);
  let boss;
  try {
    boss = await openQueue(flags.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  try {
    const summary = await enqueue({
      store, boss, bossSchema: bossSchema(postgresLocation(flags.db).schema), files, format: flags.format,
      stdin: () => io.stdin as NodeJS.ReadStream, log: io.err, limits: limitsOf(flags), published: flags.published ?? null,
      jobSeconds: flags['job-seconds'] ?? Math.max(DEFAULT_JOB_SECONDS, 2 * flags['article-seconds']),
    });
    io.err.write(`newsgraph ingest: ${summary.read} read, ${summary.enqueued} queued for analysis, ${summary.queued} on the queue already, `
      + `${summary.stored} stored already, ${summary.errors} errors; ${summary.seconds.toFixed(1)} s\n`);
    const workers = await liveWorkers(store);
    if (workers === 0) {
      io.err.write(`newsgraph ingest: no worker is running: start one with \`newsgraph worker --db ${flags.db}\` (on this or any machine that reaches the database)\n`);
    }
    if (flags.wait) await follow(boss, flags.db, store, io);
    return summary.errors > 0 ? 1 : 0;
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await store.close();
  }
}

/** Print the queue's counts (one line rewritten on a terminal, a line every 10 s otherwise) until nothing is queued or running. */
async function follow(boss: Awaited<ReturnType<typeof openQueue>>, url: string, store: Awaited<ReturnType<typeof openPostgresCorpus>>, io: Io): Promise<void> {
  const tty = Boolean((io.err as NodeJS.WriteStream).isTTY);
  let lastPrinted = 0;
  let warned = false;
  for (;;) {
    const counts = await queueCounts(boss, url);
    const now = Date.now();
    if (counts.queued === 0 && counts.active === 0) {
      io.err.write(`${tty ? '\r\x1b[K' : ''}newsgraph ingest: queue empty: ${countsLine(counts)}\n`);
      return;
    }
    if (tty) io.err.write(`\r\x1b[Knewsgraph ingest: ${countsLine(counts)}`);
    else if (now - lastPrinted >= 10_000) {
      io.err.write(`newsgraph ingest: ${countsLine(counts)}\n`);
      lastPrinted = now;
    }
    if (!warned && (await liveWorkers(store)) === 0) {
      warned = true;
      io.err.write(`${tty ? '\n' : ''}newsgraph ingest: waiting for a worker: start one with \`newsgraph worker --db ${url}\`\n`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
