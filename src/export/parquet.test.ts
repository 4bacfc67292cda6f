import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { exportFixtureStore } from './export-fixture.ts';
import { writeParquet } from './parquet.ts';
import { TABLES } from './tables.ts';

describe('Parquet export', () => {
  for (const table of ['articles', 'quotes', 'events', 'entities'] as const) {
    it(`reads back the ${table} table with the same rows and columns`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-parquet-'));
      const store = await exportFixtureStore();
      try {
        const expected: Record<string, unknown>[] = [];
        for await (const row of TABLES[table].rows(store) as AsyncIterable<Record<string, unknown>>) expected.push(row);
        const file = path.join(dir, `${table}.parquet`);
        const { rows } = await writeParquet(TABLES[table].rows(store), TABLES[table].schema, file);
        const back = await parquetReadObjects({ file: await asyncBufferFromFile(file) });
        assert.equal(rows, expected.length);
        assert.equal(back.length, expected.length);
        assert.deepEqual(Object.keys(back[0]!), Object.keys(TABLES[table].schema.shape));
        const key = table === 'entities' ? 'name' : 'id';
        assert.deepEqual(back.map((r) => r[key]), expected.map((r) => r[key]));
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
