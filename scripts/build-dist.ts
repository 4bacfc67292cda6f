/**
 * Build dist/: the TypeScript of src/ compiled by tsc (tsconfig.build.json: imports rewritten to .js), and
 * the data files beside it (lexicons, migrations, export tables, the worker entry) copied to the same
 * places, so every path a module reads relative to itself holds in dist/src/ too. Models are read from
 * the package root. Ends by writing dist/.built, which bin/newsgraph.js compares with src/ to know the
 * build is current. `npm ci` runs this (the prepare script); `npm run build` does by hand. It first checks
 * every lexicon file against its schema: the stages read them unchecked. The bench builds each checkout
 * it compares through `buildDist` too, so it measures the JavaScript users run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../src/util/shared-data.ts';
import { checkLexicons } from '../src/lexicons/check.ts';

/** Every file under `repo`/`dir` that is neither TypeScript nor a test's fixture, copied to the same place under `dist`. */
function copyData(repo: string, dist: string, dir: string): number {
  let n = 0;
  for (const entry of readdirSync(path.join(repo, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) n += copyData(repo, dist, relative);
    else if (!entry.name.endsWith('.ts')) {
      cpSync(path.join(repo, relative), path.join(dist, relative));
      n += 1;
    }
  }
  return n;
}

/** Compile `repo`'s src/ into `dist` (emptied first) with its data files; returns how many data files were copied. */
export function buildDist(repo = REPO_ROOT, dist = path.join(repo, 'dist')): number {
  rmSync(dist, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(repo, 'tsconfig.build.json'), '--outDir', dist], { stdio: 'inherit' });
  if (compiled.status !== 0) throw new Error(`tsc could not build ${dist} (see above)`);
  const copied = copyData(repo, dist, 'src');
  writeFileSync(path.join(dist, '.built'), `${new Date().toISOString()}\n`);
  return copied;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    checkLexicons();
    const copied = buildDist();
    console.error(`newsgraph: compiled into dist/ (${copied} data files copied)`);
  } catch (e) {
    console.error(`newsgraph: ${(e as Error).message}`);
    process.exit(1);
  }
}
