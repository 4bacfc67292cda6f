import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ResourceError } from '../errors.ts';
import { checkLexicons } from './check.ts';
import { builtIndexFile, checkReadLexicons, once, readBuiltIndex, readLexicon } from './load.ts';

test('every shipped lexicon matches its schema exactly: the stages read the files unchecked', () => {
  const files = checkLexicons();
  assert.ok(files.length >= 20, files.join(', '));
  assert.ok(files.includes('entities/actors.json') && files.includes('events/petrarch-verbs.json'));
});

test('a missing lexicon is a ResourceError that names the file and the fix', () => {
  assert.throws(
    () => readLexicon('dates/no-such-file.json', z.object({})),
    (e: unknown) => e instanceof ResourceError && e.code === 'resource' && /no-such-file\.json: missing or not JSON; restore it from git/.test(e.message),
  );
});

test('the check names a file its schema rejects, and one whose schema would change it', () => {
  const cases: [z.ZodType, RegExp][] = [
    [z.object({ vagueNumbers: z.number() }).passthrough(), /words\.json: not in the lexicon format \(vagueNumbers: .*\); restore it from git/],
    [z.object({ vagueNumbers: z.array(z.string()) }), /words\.json: its schema fills in defaults or drops keys/],
  ];
  for (const [schema, message] of cases) {
    readLexicon('dates/words.json', schema);
    assert.throws(() => checkReadLexicons(), (e: unknown) => e instanceof ResourceError && message.test(e.message), String(message));
  }
});

test('once loads on the first call only', () => {
  let loads = 0;
  const load = once(() => ++loads);
  assert.equal(load(), 1);
  assert.equal(load(), 1);
});

test('a built index is read only for the very source bytes and format it was built for', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'built-index-'));
  const file = path.join(dir, 'x.index');
  const source = Buffer.from('alpha\nbeta\n');
  const index = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8);
  writeFileSync(file, builtIndexFile(7, source, index));
  assert.deepEqual([...readBuiltIndex(file, 7, source)!], [...index]);
  assert.equal(readBuiltIndex(file, 7, source)!.byteOffset % 4, 0, 'aligned for typed arrays');
  const cases: [string, string, number, Buffer][] = [
    ['another format', file, 8, source],
    ['other bytes of the same length', file, 7, Buffer.from('alpha\nbetb\n')],
    ['other bytes', file, 7, Buffer.from('alpha\n')],
    ['no index', path.join(dir, 'none.index'), 7, source],
  ];
  for (const [name, f, format, bytes] of cases) assert.equal(readBuiltIndex(f, format, bytes), null, name);
  writeFileSync(file, builtIndexFile(7, source, index).subarray(0, 20));
  assert.equal(readBuiltIndex(file, 7, source), null, 'cut short');
});
