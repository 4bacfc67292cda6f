import { createHash } from 'node:crypto';
import pg from 'pg';
import type { ArticleInput, Store } from '../contract.ts';
import { migrate } from './migrate.ts';
import { PostgresQueries, type Queryable } from './queries.ts';
import { redateArticle, writeArticle } from './write.ts';

export interface PostgresStoreOptions {
  /** The PostgreSQL schema (namespace) holding the corpus; default the connection's search_path (public). */
  schema?: string;
  /** Create or upgrade the tables (writers); readers only check the schema version. Default true. */
  migrate?: boolean;
  /** Connections in the pool. */
  connections?: number;
}

/** 64-bit integers (counts, keys) as numbers: a corpus stays far below 2^53 rows. */
const TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/** A PostgreSQL store: the `Store` contract plus transactions that serialise writers on named keys. */
export interface PostgresStore extends Store {
  /**
   * Run `body` in one transaction on one connection, after taking a transaction-scoped advisory lock on
   * each of `locks` (in one global order, so writers never deadlock on them). Writers that share a key wait
   * for each other: ingest locks its entity keys and MinHash bands, so two workers resolving the same
   * entity or storing two copies of one story at once see each other's rows.
   */
  transaction<T>(locks: string[], body: (store: Store) => Promise<T>): Promise<T>;
  /** A statement of the corpus's own bookkeeping beside the contract (the queue's worker list). */
  query(sql: string, params?: unknown[]): Promise<Record<string, any>[]>;
}

/** A lock key as a signed 64-bit integer (pg_advisory_xact_lock's argument). */
function lockId(key: string): bigint {
  return createHash('sha256').update(key).digest().readBigInt64BE(0);
}

/**
 * BEGIN and the advisory locks on `locks` in one round trip: the keys as one sorted array literal (integers
 * this code made, so nothing to escape), locked by one statement in that order (PostgreSQL evaluates a
 * volatile select list after ORDER BY).
 */
export function beginLocked(locks: string[]): string {
  const ids = [...new Set(locks.map(lockId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length === 0) return 'BEGIN';
  return `BEGIN; SELECT pg_advisory_xact_lock(k) FROM unnest('{${ids.join(',')}}'::bigint[]) WITH ORDINALITY AS x(k, i) ORDER BY i`;
}

/** Open (creating or migrating, when asked) the corpus at a postgres:// URL. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.connections ?? 4,
    types: TYPES,
    connectionTimeoutMillis: 10_000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // A connection dropped while idle (server restart) is replaced on next use; without a listener it would crash the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      if (options.schema && (options.migrate ?? true)) await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(options.schema)}`);
      await migrate(client, options.migrate ?? true);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PoolStore(pool);
}

/** A store bound to one connection inside an open transaction: every put is part of it. */
class TransactionStore extends PostgresQueries implements Store {
  constructor(db: pg.ClientBase) {
    super(db);
  }

  async putArticle(input: ArticleInput): Promise<boolean> {
    return writeArticle(this.db as pg.ClientBase, input);
  }

  async redateArticle(input: ArticleInput): Promise<boolean> {
    return redateArticle(this.db as pg.ClientBase, input);
  }

  async flush(): Promise<void> {}
  async close(): Promise<void> {}
}

/** Whether `store` is a PostgreSQL corpus, whose writers commit through `transaction` with locks. */
export function isPostgresStore(store: Store): store is PostgresStore {
  return store instanceof PoolStore;
}

class PoolStore extends PostgresQueries implements PostgresStore {
  constructor(private readonly pool: pg.Pool) {
    super(pool as Queryable);
  }

  async transaction<T>(locks: string[], body: (store: Store) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    // A connection lost between two statements is reported as an event (an unheard one ends the process);
    // the next statement then fails, and the caller hears it from there.
    const lost = (error: Error) => { broken = error; };
    client.on('error', lost);
    try {
      // No StoreBusyError here, unlike SQLite: a PostgreSQL writer that meets another's row or advisory lock
      // waits inside the server without holding this process's thread, and readers never wait on writers.
      // Another ingest is not an error to report; a lost server is (the caller hears the connection error).
      await client.query(beginLocked(locks));
      const result = await body(new TransactionStore(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot roll back is dropped from the pool, not handed out again.
      await client.query('ROLLBACK').catch((e: Error) => { broken = e; });
      throw error;
    } finally {
      client.off('error', lost);
      client.release(broken);
    }
  }

  query(sql: string, params: unknown[] = []): Promise<Record<string, any>[]> {
    return this.rows(sql, params);
  }

  async putArticle(input: ArticleInput): Promise<boolean> {
    return this.transaction([], (tx) => tx.putArticle(input));
  }

  async redateArticle(input: ArticleInput): Promise<boolean> {
    return this.transaction([], (tx) => tx.redateArticle(input));
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {
    await this.pool.end();
  }
}
