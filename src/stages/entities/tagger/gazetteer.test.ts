import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { entityLexicons } from '../../../lexicons/entities/entity-lexicons.ts';
import { REPO_ROOT } from '../../../util/shared-data.ts';
import { buildGazetteer, gazetteerFile, matchGazetteer, readGazetteer } from './gazetteer.ts';

describe('the prebuilt gazetteer', () => {
  it('is what buildGazetteer makes of the committed entity lexicons', () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'src/lexicons/entities/gazetteer.json'), 'utf8');
    assert.equal(committed, gazetteerFile(buildGazetteer(entityLexicons())), 'gazetteer.json is stale: run node --import tsx scripts/build-entity-lexicons.ts');
  });

  it('reads back into the maps buildGazetteer makes, in the same order', () => {
    const read = readGazetteer();
    const built = buildGazetteer(entityLexicons());
    assert.equal(read.maxTokens, built.maxTokens);
    for (const key of ['phrases', 'prefixes', 'firstNames', 'lastNames'] as const) assert.deepEqual([...read[key]], [...built[key]], key);
  });

  const gazetteer = readGazetteer();
  const cases: [string, string[], number[]][] = [
    ['a country', ['in', 'France', 'today'], [0, 1, 0]],
    ['a phrase of several tokens, its first token only', ['the', 'United', 'States', 'said'], [0, 1, 0, 0]],
    ['no match in lower case', ['us', 'france'], [0, 0]],
  ];
  for (const [what, tokens, begins] of cases) {
    it(`matches ${what}`, () => {
      assert.deepEqual([...matchGazetteer(gazetteer, tokens).begin].map((bits) => (bits ? 1 : 0)), begins);
    });
  }
});
