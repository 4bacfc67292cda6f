import Database from 'better-sqlite3';
import type { ArticleInput, Store } from '../contract.ts';
import { migrate } from './migrate.ts';
import { SqliteQueries } from './queries.ts';
import { prepareInserts, writeArticle, type Inserts } from './write.ts';

export interface SqliteStoreOptions {
  /**
   * Puts grouped into one transaction (committed at this count, after `maxOpenMs`, on flush and close).
   * Default 1: every put is committed at once. A bulk writer such as ingest asks for more.
   */
  batch?: number;
  maxOpenMs?: number;
}

/** Open (creating or migrating) the SQLite store at `file`; ':memory:' for a throwaway one. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode loses at most the last transactions on power loss, never consistency; a killed
  // process loses nothing committed.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = OFF');
  migrate(db);
  return new SqliteStore(db, options.batch ?? 1, options.maxOpenMs ?? 1000);
}

class SqliteStore extends SqliteQueries implements Store {
  private readonly insert: Inserts;
  private pending = 0;
  private openedAt = 0;

  constructor(db: Database.Database, private readonly batch: number, private readonly maxOpenMs: number) {
    super(db);
    this.insert = prepareInserts(db);
  }

  async putArticle(input: ArticleInput): Promise<boolean> {
    if (this.batch <= 1) return this.db.transaction(() => writeArticle(this.insert, input))();
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN');
      this.openedAt = Date.now();
    }
    let added: boolean;
    try {
      added = writeArticle(this.insert, input);
    } catch (error) {
      // No savepoint per article (it costs a fifth of a put): a failed write drops the open batch, which
      // a rerun of the ingest redoes, so no article is ever half stored.
      this.db.exec('ROLLBACK');
      this.pending = 0;
      throw error;
    }
    if (added) this.pending += 1;
    if (this.pending >= this.batch || Date.now() - this.openedAt >= this.maxOpenMs) await this.flush();
    return added;
  }

  async flush(): Promise<void> {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.pending = 0;
  }

  async close(): Promise<void> {
    await this.flush();
    this.db.close();
  }
}
