import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERRORS, InputError, NewsgraphError, ResourceError, UsageError, type ErrorCode } from './errors.ts';
import { PipelineError } from './pipeline/pipeline.ts';
import { StoreBusyError, StoreQueryError } from './store/contract.ts';
import { decodeArticle } from './ingest/decode-article.ts';
import { main } from './cli/main.ts';
import { PassThrough } from 'node:stream';

test('each error class carries its stable code, and the code decides exit code and problem type', () => {
  const cases: [NewsgraphError, ErrorCode, number, string][] = [
    [new UsageError('bad flag'), 'usage', 2, 'invalid-input'],
    [new InputError('empty'), 'input', 2, 'invalid-input'],
    [new StoreQueryError('bad cursor'), 'query', 2, 'invalid-input'],
    [new ResourceError('m.bin', 'missing', 'retrain'), 'resource', 2, 'internal'],
    [new PipelineError('stage twice'), 'pipeline', 1, 'internal'],
    [new StoreBusyError('locked'), 'busy', 1, 'server-busy'],
  ];
  for (const [error, code, exit, problem] of cases) {
    assert.equal(error.code, code, error.name);
    assert.equal(error.exitCode, exit, error.name);
    assert.equal(error.problem, problem, error.name);
    assert.equal(ERRORS[code].exit, exit);
  }
});

test('decodeArticle refuses empty and binary input with an input error, not a CLI error', () => {
  for (const bytes of [Buffer.from(''), Buffer.from('  \n'), Buffer.from([0, 1, 2, 3])]) {
    assert.throws(() => decodeArticle('a.txt', bytes), (e: unknown) => e instanceof InputError && !(e instanceof UsageError) && e.code === 'input');
  }
  assert.equal(decodeArticle('a.txt', Buffer.from('Hello.')).text, 'Hello.');
});

test('the CLI prints a typed error as one line and exits with its code', async () => {
  const err = new PassThrough();
  let written = '';
  err.on('data', (chunk) => (written += chunk));
  const code = await main(['analyze', '--no-such-flag'], { out: new PassThrough(), err, stdin: new PassThrough() });
  assert.equal(code, 2);
  assert.match(written, /^newsgraph analyze: unknown flag --no-such-flag; run `newsgraph analyze --help` for the flags\n$/);
});
