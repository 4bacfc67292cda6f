/**
 * The adapters every adapter-neutral store test runs on, as kysely runs its tests over its dialects: SQLite
 * always, PostgreSQL when a test server answers (see postgres/test-database.ts). `open` gives a fresh, empty store.
 */
import type { StoreFactory } from './contract.ts';
import { openTestPostgresStore, TEST_PG } from './postgres/test-database.ts';
import { openSqliteStore } from './sqlite/store.ts';

export const STORE_ADAPTERS: { name: string; open: StoreFactory }[] = [
  { name: 'sqlite', open: async () => openSqliteStore(':memory:') },
  ...(TEST_PG ? [{ name: 'postgres', open: openTestPostgresStore }] : []),
];
