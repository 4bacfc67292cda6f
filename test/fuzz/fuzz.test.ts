/** The fuzz suite with small budgets, seeded so a failure replays (`npm run fuzz` runs it long). */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeFuzz, fuzz } from './fuzz.ts';

it('every fuzz case ends in a clear message or an exact Doc, within its time bound', { timeout: 300_000 }, async (t) => {
  const report = await fuzz({ seconds: 6, runs: 60, seed: 17 });
  for (const line of describeFuzz(report).split('\n')) t.diagnostic(line);
  for (const target of report.targets) assert.ok(!target.failed, `${target.name}\n${target.failure}`);
});
