import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';
import { NewsgraphError } from '../../errors.ts';

const MIGRATIONS = new URL('./migrations/', import.meta.url);
// Any fixed number: writers opening the same database at once migrate it one after another.
const MIGRATION_LOCK = 0x6e657773;

function migrationFiles(): { version: number; file: string }[] {
  return readdirSync(MIGRATIONS).filter((f) => /^\d{3}-.*\.sql$/.test(f)).sort().map((file) => ({ version: Number(file.slice(0, 3)), file }));
}

/** The schema version this code writes and reads. */
export const SCHEMA_VERSION = Math.max(...migrationFiles().map((m) => m.version));

/** A database whose corpus schema this newsgraph cannot use as it is; the message names the fix. */
export class SchemaVersionError extends NewsgraphError {
  override name = 'SchemaVersionError';
  constructor(message: string) {
    super('usage', message);
  }
}

/** The corpus schema version of the connected schema: 0 when it holds no corpus. */
export async function schemaVersion(db: pg.ClientBase): Promise<number> {
  const exists = await db.query(`SELECT to_regclass('newsgraph_schema') IS NOT NULL AS found`);
  if (!exists.rows[0].found) return 0;
  return (await db.query('SELECT max(version) AS v FROM newsgraph_schema')).rows[0].v ?? 0;
}

/**
 * Apply migrations/NNN-*.sql above the stored version, each in its own transaction, under an advisory
 * lock so that workers starting together migrate once. `upgrade` false (readers) only checks the version.
 */
export async function migrate(db: pg.ClientBase, upgrade: boolean): Promise<void> {
  if (!upgrade) {
    const current = await schemaVersion(db);
    if (current === SCHEMA_VERSION) return;
    if (current === 0) throw new SchemaVersionError('no corpus there; run `newsgraph ingest --db URL PATH` first, or check the URL');
    throw new SchemaVersionError(current < SCHEMA_VERSION
      ? `the corpus schema is version ${current}, this newsgraph reads version ${SCHEMA_VERSION}: run \`newsgraph worker --db URL\` (or ingest) once to upgrade it`
      : `the corpus schema is version ${current}, newer than this newsgraph knows (${SCHEMA_VERSION}): upgrade newsgraph`);
  }
  await db.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await db.query('CREATE TABLE IF NOT EXISTS newsgraph_schema (version INTEGER PRIMARY KEY)');
    const current = await schemaVersion(db);
    if (current > SCHEMA_VERSION) {
      throw new SchemaVersionError(`the corpus schema is version ${current}, newer than this newsgraph knows (${SCHEMA_VERSION}): upgrade newsgraph`);
    }
    for (const { version, file } of migrationFiles()) {
      if (version <= current) continue;
      await db.query('BEGIN');
      try {
        await db.query(readFileSync(new URL(file, MIGRATIONS), 'utf8'));
        await db.query('INSERT INTO newsgraph_schema (version) VALUES ($1)', [version]);
        await db.query('COMMIT');
      } catch (error) {
        await db.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
