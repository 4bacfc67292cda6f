import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { skipWithoutData } from '../../util/shared-data.ts';
import { entityLexicons } from './entity-lexicons.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

test('the committed entity lexicons are what the build script writes from the shared data', { skip: skipWithoutData('cameo/phoenix_country_actors.tsv') }, async () => {
  const { files } = await import('../../../scripts/build-entity-lexicons.ts');
  for (const [name, text] of Object.entries(files)) {
    assert.equal(readFileSync(path.join(here, name), 'utf8'), text, `${name} is stale: run node --import tsx scripts/build-entity-lexicons.ts`);
  }
});

test('actors read from the compact file keep their kind and dated codes in order', () => {
  const { actors } = entityLexicons();
  assert.equal(actors.size, 29698);
  assert.deepEqual(actors.get('A GAVAHI'), { kind: 'person', codes: [{ code: 'IGOASABUS', from: '2000-08-01', to: '2002-07-31' }] });
  assert.deepEqual(actors.get('EEC'), { kind: 'org', codes: [{ code: 'IGOEUREEC', from: null, to: null }] });
});
