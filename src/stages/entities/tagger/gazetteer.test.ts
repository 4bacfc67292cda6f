import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { entityLexicons } from '../../../lexicons/entities/entity-lexicons.ts';
import { REPO_ROOT } from '../../../util/shared-data.ts';
import { buildGazetteer, gazetteerFile, gazetteerIndexFile, matchGazetteer, readGazetteer } from './gazetteer.ts';

describe('the prebuilt gazetteer', () => {
  it('is what buildGazetteer makes of the committed entity lexicons', () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'src/lexicons/entities/gazetteer.json'), 'utf8');
    assert.equal(committed, gazetteerFile(buildGazetteer(entityLexicons())), 'gazetteer.json is stale: run node --import tsx scripts/build-entity-lexicons.ts');
  });

  it('reads back into the maps buildGazetteer makes, in the same order', () => {
    const read = readGazetteer();
    const built = buildGazetteer(entityLexicons());
    assert.equal(read.maxTokens, built.maxTokens);
    assert.deepEqual([...read.phrases], [...built.phrases], 'phrases');
    for (const key of ['prefixes', 'firstNames', 'lastNames'] as const) assert.deepEqual([...read[key].keys()], [...built[key].keys()], key);
  });

  it('reads the same tables through the index the build writes, and ignores an index of other bytes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gazetteer-'));
    const json = readFileSync(path.join(REPO_ROOT, 'src/lexicons/entities/gazetteer.json'));
    const fromJson = readGazetteer(path.join(dir, 'none.index'));
    const other = Buffer.from(JSON.stringify({ source: '', maxTokens: 1, phrases: [['X', 1]], prefixes: [], firstNames: [], lastNames: [] }));
    for (const [name, source] of [['its own bytes', json], ['other bytes', other]] as const) {
      const index = path.join(dir, 'gazetteer.index');
      writeFileSync(index, gazetteerIndexFile(source));
      const read = readGazetteer(index);
      assert.equal(read.maxTokens, fromJson.maxTokens, name);
      assert.deepEqual([...read.phrases], [...fromJson.phrases], name);
      for (const key of ['prefixes', 'firstNames', 'lastNames'] as const) assert.deepEqual([...read[key].keys()], [...fromJson[key].keys()], `${name}: ${key}`);
    }
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
