import { z } from 'zod';
import type { ArticleRow } from '../../store/rows.ts';
import { parseFlags, UsageError, type Command } from '../command.ts';
import { closingLine, openStore, pages, QUERY_FLAGS, QueryFlagsSchema, resultLimit } from './store-flags.ts';

const USAGE = `newsgraph status [--db FILE] [--format text|json] [--limit N | --all]

What the corpus holds (articles, copies, quotes, events, entities) and which articles have no publication
date: their events and quotes are left out of every date range, the timeline and the GDELT and PLOVER exports.
Date one by ingesting it again with the date: newsgraph ingest FILE --published YYYY-MM-DD.`;

/** An article as a list line: short id, date, title, where it came from. */
export function articleLine(a: ArticleRow): string {
  return `${a.id.slice(0, 12)}  ${a.published ?? '----------'}  ${a.title ?? '(no title)'}${a.name && a.name !== a.title ? `  (${a.name})` : ''}`;
}

export const statusCommand: Command = {
  name: 'status',
  summary: 'what the corpus holds, and the articles that have no date',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags('status', argv, QUERY_FLAGS, QueryFlagsSchema.extend({ format: z.enum(['text', 'json']).default('text') }));
    if (positionals.length > 0) throw new UsageError(`unexpected ${positionals[0]}; name the corpus with --db FILE`);
    const limit = resultLimit(flags);
    const store = await openStore(flags.db, true);
    try {
      const stats = await store.stats();
      const undated = pages((page) => store.listArticles({ ...page, undated: true }), limit);
      if (flags.format === 'json') {
        const list: ArticleRow[] = [];
        for await (const a of undated) list.push(a);
        io.out.write(`${JSON.stringify({ ...stats, undatedArticles: list }, null, 2)}\n`);
        return 0;
      }
      io.out.write(`${flags.db}: ${stats.articles} articles (${stats.duplicates} syndicated copies, ${stats.notEnglish} not English, `
        + `${stats.undated} undated), ${stats.quotes} quotes, ${stats.events} events, ${stats.entities} entities\n`);
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
