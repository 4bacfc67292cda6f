import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { ResourceError } from '../errors.ts';
import { once, readLexicon } from './load.ts';

test('readLexicon validates a shipped file against its schema', () => {
  const words = readLexicon('dates/words.json', z.object({ vagueNumbers: z.array(z.string()) }));
  assert.ok(words.vagueNumbers.length > 0);
});

test('a missing or malformed lexicon is a ResourceError that names the file and the fix', () => {
  const cases: [string, z.ZodType, RegExp][] = [
    ['dates/no-such-file.json', z.object({}), /no-such-file\.json: missing or not JSON; restore it from git/],
    ['dates/words.json', z.object({ vagueNumbers: z.number() }), /words\.json: not in the lexicon format \(vagueNumbers: .*\); restore it from git/],
  ];
  for (const [file, schema, message] of cases) {
    assert.throws(() => readLexicon(file, schema), (e: unknown) => e instanceof ResourceError && e.code === 'resource' && message.test(e.message), file);
  }
});

test('once loads on the first call only', () => {
  let loads = 0;
  const load = once(() => ++loads);
  assert.equal(load(), 1);
  assert.equal(load(), 1);
});
