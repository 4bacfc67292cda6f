// A checkout compiled the way `npm run build` compiles it (scripts/build-dist.ts), into .bench/built/, so a
// bench process runs the JavaScript users run: no TypeScript loader in it (tsx's hooks run in a thread of
// their own, about 35 MB of the process's RSS that the built CLI does not have). Both sides of a comparison
// are built here alike, and nothing is written into the checkout measured.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDist } from '../scripts/build-dist.ts';

const CACHE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.bench', 'built');

/**
 * Build `repo` afresh (a build is quick beside a bench round, and never stale) and return the root to run
 * it from: package.json (the package root the modules look for), dist/, and links to the checkout's models
 * and node_modules. The root is this process's own, removed when it exits: two benches run at once from one
 * checkout each rebuilt the other's directory under it.
 */
export function buildCheckout(repo: string): string {
  const root = path.join(CACHE, `${path.basename(repo)}-${createHash('sha256').update(path.resolve(repo)).digest('hex').slice(0, 8)}-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  mkdirSync(root, { recursive: true });
  copyFileSync(path.join(repo, 'package.json'), path.join(root, 'package.json'));
  for (const link of ['models', 'node_modules']) symlinkSync(path.resolve(repo, link), path.join(root, link));
  buildDist(repo, path.join(root, 'dist'));
  return root;
}
