import { z } from 'zod';
import { ingest } from '../../ingest/ingest.ts';
import { expandPaths } from '../../ingest/read-inputs.ts';
import { FORMATS } from '../../ingest/readers/article.ts';
import { parseFlags, UsageError, type Command } from '../command.ts';
import { openStore, STORE_FLAGS, StoreFlagsSchema } from './store-flags.ts';

const Flags = StoreFlagsSchema.extend({
  format: z.enum(FORMATS).optional(),
  workers: z.string().regex(/^[1-9]\d*$/, 'expected a whole number of workers').transform(Number).optional(),
});

const USAGE = `newsgraph ingest <path...|-> [--db FILE] [--format ${FORMATS.join('|')}] [--workers N]

Read articles from files, folders (walked recursively) or standard input (-), analyse them on every core and
store them in the corpus. Rerunning adds nothing twice and completes an interrupted run.
  formats  text (one article per file), html (main text, title, URL and date from meta tags and JSON-LD),
           feed (RSS/Atom items; item pages saved beside the feed are read), jsonl (one {"text", "title", "url",
           "published", "source"} per line), warc (WARC or WARC.gz; HTML responses). Detected unless --format.
  --db       the corpus file (default ./newsgraph.db)
  --workers  analysis workers (default: one per core)
Exit code 0 when every input was read, 1 when some were reported and skipped, 2 for a usage error.`;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'add articles (text, HTML, feeds, JSONL, WARC) to the corpus store',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags('ingest', argv, {
      ...STORE_FLAGS,
      format: { type: 'string' },
      workers: { type: 'string' },
    }, Flags);
    if (positionals.length === 0) throw new UsageError('no input; pass files or folders of articles, or - to read standard input');
    const { files, missing } = expandPaths(positionals);
    if (missing.length > 0) throw new UsageError(`${missing[0]}: no such file or folder; check the path`);
    if (files.length === 0) throw new UsageError(`${positionals.join(', ')}: no files inside; pass the folder that holds the articles`);
    const store = openStore(flags.db, false, 256);
    try {
      const tty = Boolean((io.err as NodeJS.WriteStream).isTTY);
      const summary = await ingest({
        store, files, format: flags.format, workers: flags.workers, stdin: () => io.stdin as NodeJS.ReadStream, log: io.err, tty,
      });
      const rate = summary.added / Math.max(summary.seconds, 1e-3);
      io.err.write(`newsgraph ingest: ${summary.read} read, ${summary.added} added (${summary.duplicates} near-duplicates, `
        + `${summary.notEnglish} not English), ${summary.skipped} already stored, ${summary.errors} errors; `
        + `${summary.seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s; store ${flags.db}\n`);
      return summary.errors > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
