import { z } from 'zod';
import type { ArticleRow } from '../../store/rows.ts';
import { countsLine, failedJobs, liveWorkers, openQueue, queueCounts } from '../../ingest/queue.ts';
import type { Store } from '../../store/contract.ts';
import { isPostgresUrl } from '../../store/open-store.ts';
import type { PostgresStore } from '../../store/postgres/store.ts';
import { parseFlags, UsageError, type Command } from '../command.ts';
import { closingLine, openStore, pages, QUERY_FLAGS, QueryFlagsSchema, resultLimit } from './store-flags.ts';

const USAGE = `newsgraph status [--db FILE|URL] [--format text|json] [--limit N | --all]

What the corpus holds (articles, copies, quotes, events, entities) and which articles have no publication
date: their events and quotes are left out of every date range, the timeline and the GDELT and PLOVER exports.
Date one by ingesting it again with the date: newsgraph ingest FILE --published YYYY-MM-DD.
On a PostgreSQL corpus, also its analysis queue: jobs queued, being analysed, done and failed (with the
errors of the last failed ones), and the workers running.`;

/** The analysis queue of a PostgreSQL corpus: counts, live workers, the last failed jobs. */
async function queueStatus(url: string, store: Store) {
  const boss = await openQueue(url);
  try {
    return { ...(await queueCounts(boss, url)), workers: await liveWorkers(store as PostgresStore), failedJobs: await failedJobs(boss, url) };
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
  }
}

/** An article as a list line: short id, date, title, where it came from. */
export function articleLine(a: ArticleRow): string {
  return `${a.id.slice(0, 12)}  ${a.published ?? '----------'}  ${a.title ?? '(no title)'}${a.name && a.name !== a.title ? `  (${a.name})` : ''}`;
}

export const statusCommand: Command = {
  name: 'status',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags('status', argv, QUERY_FLAGS, QueryFlagsSchema.extend({ format: z.enum(['text', 'json']).default('text') }));
    if (positionals.length > 0) throw new UsageError(`unexpected ${positionals[0]}; name the corpus with --db FILE`);
    const limit = resultLimit(flags);
    const store = await openStore(flags.db, true);
    try {
      const stats = await store.stats();
      const queue = isPostgresUrl(flags.db) ? await queueStatus(flags.db, store) : null;
      const undated = pages((page) => store.listArticles({ ...page, undated: true }), limit);
      if (flags.format === 'json') {
        const list: ArticleRow[] = [];
        for await (const a of undated) list.push(a);
        io.out.write(`${JSON.stringify({ ...stats, undatedArticles: list, ...(queue ? { queue } : {}) }, null, 2)}\n`);
        return 0;
      }
      io.out.write(`${flags.db}: ${stats.articles} articles (${stats.duplicates} syndicated copies, ${stats.notEnglish} not English, `
        + `${stats.undated} undated), ${stats.quotes} quotes, ${stats.events} events, ${stats.entities} entities\n`);
      if (queue) {
        io.out.write(`queue: ${countsLine(queue)}; ${queue.workers} workers running${queue.workers === 0 && queue.queued > 0
          ? ` (start one with \`newsgraph worker --db ${flags.db}\`)` : ''}\n`);
        for (const job of queue.failedJobs) io.out.write(`  failed: ${job.name}: ${job.error}\n`);
      }
      if (stats.undated === 0) return 0;
      io.out.write(`\nundated articles (their quotes and events are in no date range): date one with newsgraph ingest FILE --published YYYY-MM-DD\n`);
      let n = 0;
      for await (const a of undated) {
        io.out.write(`${articleLine(a)}\n`);
        n += 1;
      }
      io.out.write(`${closingLine(n, limit, { total: stats.undated, undated: 0 }, 'undated articles')}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
