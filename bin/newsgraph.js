#!/usr/bin/env node
// The CLI runs the compiled JavaScript in dist/ (`npm ci` builds it: the prepare script; `npm run build`
// by hand): no TypeScript compiler at start-up, here or in the ingest workers. A checkout whose dist/ is
// missing or older than a file in src/ (`npm ci --ignore-scripts`, a `git pull` or an edit since the
// build) runs src/ through tsx, a development dependency, instead: stale compiled code must not answer
// for source that has changed, and a helper's checkout without a build still works.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist/.built');

/** True when some file under `dir` changed after `time` (ms). */
function changedSince(dir, time) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Joined as strings: path.join's normalizing of each of the ~550 paths cost ~7 ms of CPU at every start.
    const full = `${dir}/${entry.name}`;
    if (entry.isDirectory() ? changedSince(full, time) : statSync(full).mtimeMs > time) return true;
  }
  return false;
}

let cli;
if (existsSync(built) && !changedSince(path.join(root, 'src'), statSync(built).mtimeMs)) {
  cli = await import('../dist/src/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
}
cli.exitQuietlyOnClosedPipe();
process.exitCode = await cli.main(process.argv.slice(2));
