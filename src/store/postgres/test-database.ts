/**
 * Where the PostgreSQL tests run: NEWSGRAPH_TEST_PG, else the server CI runs on 127.0.0.1:5432 (database
 * test) when it answers at once, else nowhere (the tests skip, saying so once). Every store a test opens
 * gets its own schema, dropped when the test file ends.
 */
import { after } from 'node:test';
import pg from 'pg';
import type { PostgresStore } from './store.ts';
import { openPostgresStore } from './store.ts';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';

async function answers(url: string): Promise<boolean> {
  // Nothing listening is refused at once; a server that is there may be slow to answer on a busy machine.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 20_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function findTestPostgres(): Promise<string | null> {
  const given = process.env.NEWSGRAPH_TEST_PG;
  if (given) return given;
  if (await answers(DEFAULT_URL)) return DEFAULT_URL;
  process.stderr.write('PostgreSQL tests skipped: no server on 127.0.0.1:5432; run them with NEWSGRAPH_TEST_PG=postgres://USER@HOST:PORT/DB\n');
  return null;
}

/** The test server's URL, or null when there is none (the PostgreSQL tests then skip). */
export const TEST_PG: string | null = await findTestPostgres();

const schemas: string[] = [];
// At the end of the test file (the root test), whatever its tests left.
if (TEST_PG) after(() => dropTestSchemas());

/** A schema name of its own for one store (several per process, several processes at once). */
export function testSchema(): string {
  const name = `ng_test_${process.pid}_${schemas.length}_${Math.random().toString(36).slice(2, 8)}`;
  schemas.push(name);
  return name;
}

/** Drop every schema this process made (and the queue schemas beside them). */
export async function dropTestSchemas(): Promise<void> {
  if (!TEST_PG || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  try {
    for (const name of schemas.splice(0)) {
      await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(name)} CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(`${name}_boss`)} CASCADE`);
    }
  } finally {
    await client.end();
  }
}

/** A fresh, empty PostgreSQL store in a schema of its own. */
export async function openTestPostgresStore(): Promise<PostgresStore> {
  return openPostgresStore(TEST_PG!, { schema: testSchema() });
}


/** The test server's URL naming a corpus schema of its own (?schema=…), for the CLI. */
export function testCorpusUrl(): string {
  const url = new URL(TEST_PG!);
  url.searchParams.set('schema', testSchema());
  return url.toString();
}
