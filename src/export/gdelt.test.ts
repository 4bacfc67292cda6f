import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { exportFixtureStore, sink } from './export-fixture.ts';
import { GDELT_COLUMNS, writeGdelt } from './gdelt.ts';

const CAMEO = new Set((JSON.parse(readFileSync(new URL('../lexicons/events/cameo-codes.json', import.meta.url), 'utf8')) as { code: string }[]).map((c) => c.code));

describe('GDELT 2.0 Events export', () => {
  it('ships the 61 GDELT column names in order', () => {
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.equal(GDELT_COLUMNS[0], 'GlobalEventID');
    assert.equal(GDELT_COLUMNS[26], 'EventCode');
    assert.equal(GDELT_COLUMNS[60], 'SOURCEURL');
  });

  it('writes 61 tab-separated columns per dyad with valid codes, copies counted in NumArticles', async () => {
    const store = await exportFixtureStore();
    const out = sink();
    const { rows } = await writeGdelt(store, out);
    await store.close();
    const lines = out.text().trimEnd().split('\n').map((l) => l.split('\t'));
    assert.equal(lines.length, rows);
    // First article: the compound source (RUS+CHN → USA) gives two rows, the second event one; second article two.
    assert.equal(rows, 5);
    const col = (line: string[], name: string) => line[GDELT_COLUMNS.indexOf(name)]!;
    for (const line of lines) {
      assert.equal(line.length, 61);
      assert.match(col(line, 'GlobalEventID'), /^\d+$/);
      assert.match(col(line, 'Day'), /^\d{8}$/);
      assert.equal(col(line, 'MonthYear'), col(line, 'Day').slice(0, 6));
      assert.ok(CAMEO.has(col(line, 'EventCode')), `unknown CAMEO code ${col(line, 'EventCode')}`);
      assert.ok(col(line, 'EventCode').startsWith(col(line, 'EventRootCode')));
      assert.ok(col(line, 'EventCode').startsWith(col(line, 'EventBaseCode')));
      assert.match(col(line, 'QuadClass'), /^[1-4]$/);
      assert.match(col(line, 'Actor1Code'), /^[A-Z]{3}/);
      assert.match(col(line, 'Actor1CountryCode'), /^([A-Z]{3})?$/);
      assert.match(col(line, 'DATEADDED'), /^\d{14}$/);
    }
    assert.deepEqual(lines.slice(0, 3).map((l) => [col(l, 'Actor1Code'), col(l, 'Actor2Code'), col(l, 'EventCode'), col(l, 'NumArticles')]),
      [['RUS', 'USA', '040', '2'], ['CHN', 'USA', '040', '2'], ['RUS', 'USA', '111', '2']]);
    assert.equal(col(lines[3]!, 'NumArticles'), '1');
    assert.equal(col(lines[0]!, 'Day'), '20201020');
    assert.equal(col(lines[0]!, 'SOURCEURL'), 'https://example.com/putin-on-Monday');
    assert.equal(col(lines[0]!, 'Actor1Name'), 'RUSSIA');
  });
});
