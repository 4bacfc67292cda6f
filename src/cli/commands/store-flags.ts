import { z } from 'zod';
import { StoreQueryError, type Store } from '../../store/contract.ts';
import { CalendarDateSchema } from '../../model/index.ts';
import { MAX_PAGE_LIMIT, type Page } from '../../store/rows.ts';
import { openCorpus } from '../../store/open-store.ts';
import { writeRecords } from '../../export/records.ts';
import { parseFlags, UsageError, type Command } from '../command.ts';

export const DEFAULT_DB = './newsgraph.db';

/** The --db flag every corpus command takes. */
export const STORE_FLAGS = { db: { type: 'string' } } as const;
/** --db: a file (SQLite) or a postgres:// URL; NEWSGRAPH_DB when not given, else ./newsgraph.db. */
export const StoreFlagsSchema = z.object({
  db: z.string().min(1, 'name the corpus file or postgres:// URL').default(() => process.env.NEWSGRAPH_DB || DEFAULT_DB),
});

/**
 * Open the corpus at a file or postgres:// URL; `mustExist` for queries, so a mistyped --db is an error
 * rather than a new empty corpus. Problems are usage errors: one line naming the problem and the fix.
 */
export function openStore(db: string, mustExist = false, batch = 1, busyMs?: number): Promise<Store> {
  return openCorpus(db, { mustExist, batch, busyMs });
}

/** Flags of the query commands: the corpus, the output format and how many results. */
export const QUERY_FLAGS = {
  ...STORE_FLAGS,
  format: { type: 'string' },
  limit: { type: 'string' },
  all: { type: 'boolean' },
} as const;
export const QueryFlagsSchema = StoreFlagsSchema.extend({
  format: z.enum(['text', 'json', 'jsonl', 'csv']).default('text'),
  limit: z.string().regex(/^\d+$/, 'expected a whole number (0 for every result)').transform(Number).optional(),
  all: z.boolean().optional(),
});

/** The date range flags of the commands whose items have dates. */
export const DATE_FLAGS = { from: { type: 'string' }, to: { type: 'string' }, 'include-undated': { type: 'boolean' } } as const;
export const DateFlagsSchema = z.object({
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  'include-undated': z.boolean().optional(),
});

/** The date part of a store query from the flags: the range, and whether undated items stay in it. */
export function dateQuery(flags: z.infer<typeof DateFlagsSchema>): { from?: string; to?: string; includeUndated: boolean } {
  if (flags.from && flags.to && flags.from > flags.to) {
    throw new UsageError(`--from ${flags.from} is after --to ${flags.to}; give the earlier date first`);
  }
  return { from: flags.from, to: flags.to, includeUndated: flags['include-undated'] ?? false };
}

/** What a date range left out, counted by `undatedOnly` (the query with from/to dropped, undated items only). */
export async function undatedLeftOut(dates: ReturnType<typeof dateQuery>, undatedOnly: () => Promise<number>): Promise<number> {
  return (dates.from || dates.to) && !dates.includeUndated ? undatedOnly() : 0;
}

/** Results to print: --limit or --all when given, else 25 for a person to read and every result for a program. */
export function resultLimit(flags: { format: string; limit?: number; all?: boolean }): number {
  if (flags.all && flags.limit !== undefined) throw new UsageError('give --limit N or --all, not both');
  if (flags.all) return Infinity;
  if (flags.limit !== undefined) return flags.limit === 0 ? Infinity : flags.limit;
  return flags.format === 'text' ? 25 : Infinity;
}

/** Walk a paged query up to `limit` results (no cap with Infinity), one page at a time. */
export async function* pages<T>(fetch: (page: { limit: number; cursor: string | null }) => Promise<Page<T>>, limit: number): AsyncIterable<T> {
  let cursor: string | null = null;
  let left = limit;
  do {
    const page: Page<T> = await fetch({ limit: Math.min(MAX_PAGE_LIMIT, left), cursor });
    for (const item of page.items) {
      yield item;
      left -= 1;
    }
    cursor = page.nextCursor;
  } while (cursor !== null && left > 0);
}

/** The query's store errors (bad cursor, empty search) are usage errors; anything else is not. */
export function asUsage(error: unknown): never {
  if (error instanceof StoreQueryError) throw new UsageError(error.message);
  throw error;
}

type FlagOptions = Parameters<typeof parseFlags>[2];

/** What a query command prints: the rows, the columns of its CSV, and one line per row for a person. */
export interface QueryOutput<T> {
  rows: AsyncIterable<T> | Iterable<T>;
  columns: readonly string[];
  text(row: T): string;
  /** what the rows are, plural ("quotes"), for the closing line */
  noun: string;
  /** How many rows match in all, and how many items the dates left out for having none (with how to get them). */
  count(): Promise<ListCount>;
  /** the actors the command's names resolved to, said before the rows */
  resolved?: string[];
  /** write the rows in a machine format itself (network json is one object, not a list) */
  write?(out: NodeJS.WritableStream, format: 'json' | 'jsonl' | 'csv'): Promise<void>;
}

/** How many rows a list has in all, and the undated items its dates left out (what they are, how to get them). */
export interface ListCount {
  total: number;
  undated: number;
  undatedNoun?: string;
  undatedHint?: string;
}

const INCLUDE_UNDATED = 'add --include-undated to list them too; `newsgraph status` lists the undated articles';

function undatedNote(count: ListCount, noun: string): string {
  return `${count.undated} undated ${count.undatedNoun ?? noun} left out (${count.undatedHint ?? INCLUDE_UNDATED})`;
}

/** The closing line of a text list: how many of how many, how to see all, what the dates left out. */
export function closingLine(shown: number, limit: number, count: ListCount, noun: string): string {
  const parts = [count.total === 0 ? `no ${noun} match` : `showing ${shown} of ${count.total} ${noun}`];
  if (shown < count.total && Number.isFinite(limit)) parts.push('--all lists them all (or --limit N)');
  if (count.undated > 0) parts.push(undatedNote(count, noun));
  return parts.join('; ');
}

/** A corpus query command: parse flags, open the corpus, print the rows in the asked format. */
export function queryCommand<S extends typeof QueryFlagsSchema, T>(spec: {
  name: string;
  usage: string;
  options: FlagOptions;
  schema: S;
  query(flags: z.infer<S>, positionals: string[], store: Store): QueryOutput<T> | Promise<QueryOutput<T>>;
}): Command {
  return {
    name: spec.name,
    usage: spec.usage,
    async run(argv, io) {
      const { flags, positionals } = parseFlags(spec.name, argv, { ...QUERY_FLAGS, ...spec.options }, spec.schema);
      const limit = resultLimit(flags);
      const store = await openStore(flags.db, true);
      try {
        const output = await spec.query(flags, positionals, store);
        if (flags.format !== 'text') {
          if (output.write) await output.write(io.out, flags.format);
          else await writeRecords(io.out, output.rows, flags.format, output.columns);
          // A program reads the rows; the person running it still hears what the dates left out.
          const count = await output.count();
          if (count.undated > 0) io.err.write(`newsgraph ${spec.name}: ${undatedNote(count, output.noun)}\n`);
          return 0;
        }
        // A reader that goes away (| head) ends the listing, not the process.
        let gone = false;
        io.out.once('error', () => { gone = true; });
        for (const line of output.resolved ?? []) io.out.write(`${line}\n`);
        let n = 0;
        for await (const row of output.rows) {
          if (gone) break;
          io.out.write(`${output.text(row)}\n`);
          n += 1;
        }
        if (!gone) io.out.write(`${closingLine(n, limit, await output.count(), output.noun)}\n`);
        return 0;
      } catch (error) {
        return asUsage(error);
      } finally {
        await store.close();
      }
    },
  };
}
