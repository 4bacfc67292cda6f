/**
 * Build dist/: the TypeScript of src/ compiled by tsc (tsconfig.build.json: imports rewritten to .js), and
 * the data files beside it (lexicons, migrations, export tables, the worker entry) copied to the same
 * places, so every path a module reads relative to itself holds in dist/src/ too. Models are read from
 * the package root. Ends by writing dist/.built, which bin/newsgraph.js compares with src/ to know the
 * build is current. `npm ci` runs this (the prepare script); `npm run build` does by hand. It first checks
 * every lexicon file against its schema: the stages read them unchecked.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '../src/util/shared-data.ts';
import { checkLexicons } from '../src/lexicons/check.ts';

try {
  checkLexicons();
} catch (e) {
  console.error(`newsgraph: ${(e as Error).message}`);
  process.exit(1);
}

const DIST = path.join(REPO_ROOT, 'dist');
rmSync(DIST, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(REPO_ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (compiled.status !== 0) {
  console.error('newsgraph: tsc could not build dist/ (see above)');
  process.exit(1);
}

/** Every file under src/ that is neither TypeScript nor a test's fixture. */
function copyData(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) n += copyData(relative);
    else if (!entry.name.endsWith('.ts')) {
      cpSync(path.join(REPO_ROOT, relative), path.join(DIST, relative));
      n += 1;
    }
  }
  return n;
}

const copied = copyData('src');
writeFileSync(path.join(DIST, '.built'), `${new Date().toISOString()}\n`);
console.error(`newsgraph: compiled into dist/ (${copied} data files copied)`);
