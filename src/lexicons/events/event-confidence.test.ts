import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../../util/shared-data.ts';

test('the committed event-confidence weights are what the training script writes from the rules and the tune half as they are', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train-event-confidence.ts', '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr.trim().split('\n').at(-1));
});
