import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportFixtureStore, sink } from './export-fixture.ts';
import { writePlover } from './plover.ts';

describe('PLOVER export', () => {
  it('writes one JSON record per event with the required fields, compound actors as lists', async () => {
    const store = await exportFixtureStore();
    const out = sink();
    const { rows, skipped } = await writePlover(store, out);
    await store.close();
    const records = out.text().trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(records.length, rows);
    // Only the hand-coded CONSULT event has a PLOVER category; the fixture's others have none.
    assert.equal(rows, 1);
    assert.equal(skipped, 3);
    for (const r of records) {
      for (const field of ['id', 'date', 'actor', 'event']) assert.ok(field in r, `missing ${field}`);
      assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(Array.isArray(r.actor) && r.actor.length > 0);
      assert.ok(Array.isArray(r.event) && r.event.length > 0);
      for (const e of [...r.actor, ...r.recipient]) assert.match(e.code, /^[A-Z]{3}$/);
    }
    assert.deepEqual(records[0].actor.map((a: { code: string }) => a.code), ['RUS', 'CHN']);
    assert.deepEqual(records[0].event, ['CONSULT']);
    assert.deepEqual(records[0].context, ['diplomatic']);
  });
});
