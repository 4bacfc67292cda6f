import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../src/util/shared-data.ts';

// The bench and development scripts read their flags as the CLI does (scripts/dev-flags.ts): a wrong flag is
// one line naming the fix and exit 2, never a stack trace; --help prints the usage, even without ../shared/data.
function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NEWSGRAPH_DATA: '/nonexistent' } });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('dev script flags', () => {
  const wrong: [string, string[], RegExp][] = [
    ['bench/run.ts', ['--bogus'], /^bench: unknown flag --bogus; run `npm run bench -- --help` for the flags\n$/],
    ['bench/run.ts', ['--rounds', '0'], /^bench: --rounds: .*>=1.*; run `npm run bench -- --help`/],
    ['bench/run.ts', ['--against', '/nonexistent'], /^bench: --against: not a newsgraph checkout/],
    ['bench/first-article.ts', ['--rounds', 'many'], /^first-article: --rounds: .*number/],
    ['bench/stage.ts', ['--bogus'], /^stage: unknown flag --bogus/],
    ['bench/stage.ts', ['--rounds', '2'], /^stage: --stage: /],
    ['scripts/hash-analyses.ts', ['--dump'], /^hash-analyses: .*argument missing/],
    ['scripts/train-ner.ts', ['--bogus'], /^newsgraph train: unknown flag --bogus/],
  ];
  for (const [script, args, message] of wrong) {
    it(`${script} ${args.join(' ')}: one line and exit 2`, () => {
      const r = run(script, args);
      assert.equal(r.status, 2);
      assert.match(r.err, message);
      assert.equal(r.err.trimEnd().split('\n').length, 1);
    });
  }

  it('--help prints the usage and exits 0, before any data is needed', () => {
    const r = run('bench/run.ts', ['--help']);
    assert.equal(r.status, 0);
    assert.match(r.out, /^npm run bench \[-- --rounds R\]/);
  });

  it('good flags pass on to the data check (here: the data is missing)', () => {
    const r = run('scripts/hash-analyses.ts', ['--layers']);
    assert.equal(r.status, 2);
    assert.match(r.err, /^hash-analyses: needs \.\.\/shared\/data/);
  });
});
