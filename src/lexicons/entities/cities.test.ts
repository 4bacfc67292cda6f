import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citiesNamed } from './cities.ts';

test('citiesNamed gives the records of a name, accents and case aside, most populous first', () => {
  const [first] = citiesNamed('GRANADA');
  assert.ok(first && first.population > 100_000, 'Granada in Spain before smaller Granadas');
  assert.ok(citiesNamed('sao paulo').length > 0 && citiesNamed('São Paulo').length > 0);
  assert.deepEqual(citiesNamed('Notacityatall'), []);
});
