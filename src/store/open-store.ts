/**
 * The one place a corpus location becomes a store: a file path (SQLite) or a postgres:// URL (PostgreSQL).
 * A URL may name the PostgreSQL schema that holds the corpus with ?schema=NAME (default: public); the
 * other parameters are node-postgres's. Problems come back as one line naming the problem and the fix.
 */
import { existsSync } from 'node:fs';
import { NewsgraphError } from '../errors.ts';
import type { Store } from './contract.ts';
import type { PostgresStore } from './postgres/store.ts';

/** A location the store cannot be opened at, or a server it cannot reach: one line with the fix. */
export class StoreOpenError extends NewsgraphError {
  override name = 'StoreOpenError';
  constructor(message: string) {
    super('usage', message);
  }
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** A URL with its password hidden, for messages. */
export function safeUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** The connection string and the corpus schema of a postgres:// URL. */
export function postgresLocation(url: string): { connectionString: string; schema: string | undefined } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StoreOpenError(`${safeUrl(url)}: not a valid URL; write postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`);
  }
  if (!parsed.hostname && !parsed.searchParams.get('host')) {
    throw new StoreOpenError(`${safeUrl(url)}: the URL names no host; write postgres://USER@HOST[:PORT]/DATABASE`);
  }
  const schema = parsed.searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new StoreOpenError(`${safeUrl(url)}: schema "${schema}" is not a plain lower-case name; use letters, digits and _`);
  }
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

/** One line for what went wrong reaching PostgreSQL, with the fix. */
export function postgresProblem(url: string, error: unknown): string {
  const e = error as { code?: string; message?: string };
  const where = safeUrl(url);
  switch (e.code) {
    case 'ECONNREFUSED':
      return `${where}: connection refused: start PostgreSQL (e.g. pg_ctlcluster 15 main start) or check the host and port`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${where}: no such host: check the host name in the URL`;
    case 'ETIMEDOUT':
      return `${where}: the server did not answer in time: check the host, port and firewall`;
    case '3D000':
      return `${where}: ${e.message}: create it (createdb NAME) or name another database in the URL`;
    case '28P01':
    case '28000':
      return `${where}: ${e.message}: check the user and password in the URL`;
    default:
      return `${where}: cannot open the corpus (${e.message ?? String(error)})`;
  }
}

export interface OpenOptions {
  /** For readers: a location with no corpus is an error rather than a new empty one. */
  mustExist?: boolean;
  /** SQLite: puts grouped into one transaction (ingest). */
  batch?: number;
  /** SQLite: how long a write waits for another writer (ingest waits long). */
  busyMs?: number;
}

/** Open the corpus at a file path or a postgres:// URL. */
export async function openCorpus(location: string, options: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) return openPostgresCorpus(location, options);
  if (options.mustExist && location !== ':memory:' && !existsSync(location)) {
    throw new StoreOpenError(`${location}: no corpus there; run \`newsgraph ingest\` first or pass --db FILE`);
  }
  // Each adapter loads when a corpus of its kind opens, not with this module: a command that only parses its
  // flags first (ingest starts its analysis workers before it opens the corpus) does not wait for both.
  const { openSqliteStore } = await import('./sqlite/store.ts');
  try {
    return openSqliteStore(location, { batch: options.batch ?? 1, busyMs: options.busyMs });
  } catch (error) {
    throw new StoreOpenError(`${location}: cannot open the corpus (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Open the corpus at a postgres:// URL: writers create or upgrade its tables, readers need them as they are. */
export async function openPostgresCorpus(url: string, options: OpenOptions = {}): Promise<PostgresStore> {
  const { connectionString, schema } = postgresLocation(url);
  const { openPostgresStore } = await import('./postgres/store.ts');
  try {
    return await openPostgresStore(connectionString, { schema, migrate: !options.mustExist });
  } catch (error) {
    if (error instanceof NewsgraphError) throw new StoreOpenError(`${safeUrl(url)}: ${error.message}`);
    throw new StoreOpenError(postgresProblem(url, error));
  }
}
