import { readdirSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';

const MIGRATIONS = new URL('./migrations/', import.meta.url);

/**
 * Apply migrations/NNN-*.sql above PRAGMA user_version, each in its own transaction. Safe when two processes
 * open a new file at once: each migration takes the write lock first (IMMEDIATE) and reads the version under
 * it, so the second opener finds the tables made and skips them.
 */
export function migrate(db: Database.Database): void {
  const files = readdirSync(MIGRATIONS).filter((f) => /^\d{3}-.*\.sql$/.test(f)).sort();
  for (const file of files) {
    const version = Number(file.slice(0, 3));
    if (version <= (db.pragma('user_version', { simple: true }) as number)) continue;
    const sql = readFileSync(new URL(file, MIGRATIONS), 'utf8');
    db.transaction(() => {
      if (version <= (db.pragma('user_version', { simple: true }) as number)) return;
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}
