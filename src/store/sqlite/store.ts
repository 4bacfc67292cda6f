import Database from 'better-sqlite3';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreBusyError, type ArticleInput, type Store } from '../contract.ts';
import { migrate } from './migrate.ts';
import { SqliteQueries } from './queries.ts';
import { prepareInserts, redateArticle, writeArticle, type Inserts } from './write.ts';

export interface SqliteStoreOptions {
  /**
   * Puts grouped into one transaction (committed at this count, after `maxOpenMs`, on flush and close).
   * Default 1: every put is committed at once. A bulk writer such as ingest asks for more.
   */
  batch?: number;
  maxOpenMs?: number;
  /**
   * How long a write waits for another writer (another process on the same file) before it fails with a
   * StoreBusyError. It waits without blocking the event loop, so reads go on meanwhile. Default 5 s (a
   * server request, answered 503 past it); ingest waits minutes for another ingest's batch.
   */
  busyMs?: number;
}

// The longest the thread itself sleeps on a lock (SQLite's busy timeout): reads in WAL mode never wait on a
// writer, and writes wait in `begin`, between turns of the event loop.
const THREAD_WAIT_MS = 50;
// Opening waits longer: setting WAL mode and migrating a new file take a lock another opener may hold.
const OPEN_WAIT_MS = 30_000;

function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);
}

/**
 * Run an opening step again while another opener holds the lock. SQLite returns busy at once, without its
 * busy timeout, where waiting could deadlock: two processes switching a new file to WAL both hold a shared
 * lock and want an exclusive one. Each step is safe to repeat (the WAL switch; migrations read the version).
 */
function whileBusy<T>(step: () => T): T {
  const until = Date.now() + OPEN_WAIT_MS;
  for (;;) {
    try {
      return step();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= until) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10 + Math.random() * 40);
    }
  }
}

/** Open (creating or migrating) the SQLite store at `file`; ':memory:' for a throwaway one. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const db = new Database(file, { timeout: OPEN_WAIT_MS });
  whileBusy(() => db.pragma('journal_mode = WAL'));
  // NORMAL in WAL mode loses at most the last transactions on power loss, never consistency; a killed
  // process loses nothing committed.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = OFF');
  whileBusy(() => migrate(db));
  db.pragma(`busy_timeout = ${THREAD_WAIT_MS}`);
  return new SqliteStore(db, options.batch ?? 1, options.maxOpenMs ?? 1000, options.busyMs ?? 5000);
}

class SqliteStore extends SqliteQueries implements Store {
  private readonly insert: Inserts;
  private pending = 0;
  private openedAt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(db: Database.Database, private readonly batch: number, private readonly maxOpenMs: number, private readonly busyMs: number) {
    super(db);
    this.insert = prepareInserts(db);
  }

  /**
   * Open a write transaction, taking the write lock at once (IMMEDIATE: a transaction that read first could
   * not take it later without failing), retrying while another writer holds it, for up to `busyMs`.
   */
  private async begin(): Promise<void> {
    const started = Date.now();
    for (let wait = 5; ; wait = Math.min(2 * wait, 250)) {
      try {
        this.db.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        if (!isBusy(error)) throw error;
        const waited = Date.now() - started;
        if (waited >= this.busyMs) {
          throw new StoreBusyError(`the corpus is locked by another writer (another ingest?) and stayed so for ${(waited / 1000).toFixed(1)} s; try again when it is done`);
        }
      }
      await sleep(wait);
    }
  }

  /** `write` in a transaction of its own. */
  private async inTransaction<T>(write: () => T): Promise<T> {
    await this.begin();
    try {
      const result = write();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async putArticle(input: ArticleInput): Promise<boolean> {
    if (this.batch <= 1) return this.inTransaction(() => writeArticle(this.insert, input));
    if (!this.db.inTransaction) {
      await this.begin();
      this.openedAt = Date.now();
      // Committed after maxOpenMs even when no put follows (the next article is slow): the batch holds the
      // write lock, which another ingest or the server may be waiting for.
      this.timer = setTimeout(() => void this.flush(), this.maxOpenMs).unref();
    }
    let added: boolean;
    try {
      added = writeArticle(this.insert, input);
    } catch (error) {
      // No savepoint per article (it costs a fifth of a put): a failed write drops the open batch, which
      // a rerun of the ingest redoes, so no article is ever half stored.
      this.db.exec('ROLLBACK');
      clearTimeout(this.timer);
      this.pending = 0;
      throw error;
    }
    if (added) this.pending += 1;
    if (this.pending >= this.batch || Date.now() - this.openedAt >= this.maxOpenMs) await this.flush();
    return added;
  }

  async redateArticle(input: ArticleInput): Promise<boolean> {
    // Rare (a date filled in on a rerun): its own transaction, after whatever batch is open.
    await this.flush();
    return this.inTransaction(() => redateArticle(this.insert, input));
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.pending = 0;
  }

  async close(): Promise<void> {
    await this.flush();
    this.db.close();
  }
}
