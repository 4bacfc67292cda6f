import { existsSync } from 'node:fs';
import { z } from 'zod';
import { StoreQueryError, type Store } from '../../store/contract.ts';
import { MAX_PAGE_LIMIT, type Page } from '../../store/rows.ts';
import { openSqliteStore } from '../../store/sqlite/store.ts';
import { writeRecords } from '../../export/records.ts';
import { parseFlags, UsageError, type Command } from '../command.ts';

export const DEFAULT_DB = './newsgraph.db';

/** The --db flag every corpus command takes. */
export const STORE_FLAGS = { db: { type: 'string' } } as const;
export const StoreFlagsSchema = z.object({ db: z.string().min(1, 'name the corpus file').default(DEFAULT_DB) });

/** Open the corpus; `mustExist` for queries, so a mistyped --db is an error rather than a new empty file. */
export function openStore(db: string, mustExist = false, batch = 1): Store {
  if (mustExist && db !== ':memory:' && !existsSync(db)) {
    throw new UsageError(`${db}: no corpus there; run \`newsgraph ingest\` first or pass --db FILE`);
  }
  try {
    return openSqliteStore(db, { batch });
  } catch (error) {
    throw new UsageError(`${db}: cannot open the corpus (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Flags of the query commands: the corpus, the output format and how many results. */
export const QUERY_FLAGS = {
  ...STORE_FLAGS,
  format: { type: 'string' },
  limit: { type: 'string' },
} as const;
export const QueryFlagsSchema = StoreFlagsSchema.extend({
  format: z.enum(['text', 'json', 'jsonl', 'csv']).default('text'),
  limit: z.string().regex(/^\d+$/, 'expected a whole number (0 for every result)').transform(Number).optional(),
});

/** Results to print: --limit when given, else 25 for a person to read and every result for a program. */
export function resultLimit(flags: { format: string; limit?: number }): number {
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
  empty: string;
}

/** A corpus query command: parse flags, open the corpus, print the rows in the asked format. */
export function queryCommand<S extends typeof QueryFlagsSchema, T>(spec: {
  name: string;
  summary: string;
  usage: string;
  options: FlagOptions;
  schema: S;
  query(flags: z.infer<S>, positionals: string[], store: Store): QueryOutput<T>;
}): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    async run(argv, io) {
      const { flags, positionals } = parseFlags(spec.name, argv, { ...QUERY_FLAGS, ...spec.options }, spec.schema);
      const store = openStore(flags.db, true);
      try {
        const output = spec.query(flags, positionals, store);
        if (flags.format !== 'text') {
          await writeRecords(io.out, output.rows, flags.format, output.columns);
          return 0;
        }
        // A reader that goes away (| head) ends the listing, not the process.
        let gone = false;
        io.out.once('error', () => { gone = true; });
        let n = 0;
        for await (const row of output.rows) {
          if (gone) break;
          io.out.write(`${output.text(row)}\n`);
          n += 1;
        }
        if (n === 0) io.out.write(`${output.empty}\n`);
        return 0;
      } catch (error) {
        return asUsage(error);
      } finally {
        await store.close();
      }
    },
  };
}
