import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { ResourceError } from '../errors.ts';
import { checkLexicons } from './check.ts';
import { checkReadLexicons, once, readLexicon } from './load.ts';

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
