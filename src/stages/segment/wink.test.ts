import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CORE_FILE, coreIndexFile, readCore, undoubledBase } from './wink.ts';

test('wink\'s core read through the index the build writes is the core read from its JSON; an index of other bytes is not used', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wink-core-'));
  const fromJson = readCore(path.join(dir, 'none.index'));
  const index = path.join(dir, 'wink-core.index');
  const other = Buffer.concat([readFileSync(CORE_FILE), Buffer.from(' ')]);
  for (const [name, source] of [['its own bytes', readFileSync(CORE_FILE)], ['other bytes', other]] as const) {
    writeFileSync(index, coreIndexFile(source));
    const read = readCore(index);
    const { hash, ...lexeme } = read.features.lexeme;
    const { hash: jsonHash, ...jsonLexeme } = fromJson.features.lexeme;
    assert.deepEqual({ ...read, features: { ...read.features, lexeme } }, { ...fromJson, features: { ...fromJson.features, lexeme: jsonLexeme } }, name);
    for (const word of [...lexeme.list, 'no-such-lexeme', '\n']) assert.equal(hash[word], jsonHash[word], `${name}: ${JSON.stringify(word)}`);
    // What wink learns, forgets and drops reads alike through both.
    for (const h of [hash, jsonHash]) {
      h['learned-word'] = 90000;
      h['forgotten-word'] = 90001;
      h['forgotten-word'] = undefined;
      delete h['learned-word'];
    }
    for (const word of ['learned-word', 'forgotten-word', 'the']) assert.equal(hash[word], jsonHash[word], word);
  }
});

test('undoubledBase: a one-syllable stem with its final consonant left single before -ed/-ing has a base in -e', async (t) => {
  const cases: [string, string, string][] = [
    ['staged', 'stag', 'stage'],
    ['waging', 'wag', 'wage'],
    ['Taped', 'tap', 'tape'],
    // negatives: the consonant doubled, a stem of two vowels or two syllables, w/x/y that never double, a right lemma
    ['tapped', 'tap', 'tap'],
    ['rained', 'rain', 'rain'],
    ['visited', 'visit', 'visit'],
    ['fixed', 'fix', 'fix'],
    ['managed', 'manage', 'manage'],
    ['being', 'be', 'be'],
  ];
  for (const [value, lemma, want] of cases) await t.test(value, () => assert.equal(undoubledBase(value, lemma), want));
});
