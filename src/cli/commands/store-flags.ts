import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { Store } from '../../store/contract.ts';
import { openSqliteStore } from '../../store/sqlite/store.ts';
import { UsageError } from '../command.ts';

export const DEFAULT_DB = './newsgraph.db';

/** The --db flag every corpus command takes. */
export const STORE_FLAGS = { db: { type: 'string' } } as const;
export const StoreFlagsSchema = z.object({ db: z.string().min(1, 'name the corpus file').default(DEFAULT_DB) });

/** Open the corpus; `mustExist` for queries, so a mistyped --db is an error rather than a new empty file. */
export function openStore(db: string, mustExist = false): Store {
  if (mustExist && db !== ':memory:' && !existsSync(db)) {
    throw new UsageError(`${db}: no corpus there; run \`newsgraph ingest\` first or pass --db FILE`);
  }
  try {
    return openSqliteStore(db);
  } catch (error) {
    throw new UsageError(`${db}: cannot open the corpus (${error instanceof Error ? error.message : String(error)})`);
  }
}
