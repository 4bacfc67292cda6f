import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `dir` that holds a package.json. */
function packageRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) return dir;
  }
}

/** Root of the repository (where package.json is): two folders up in src/, three in the compiled dist/src/. */
export const REPO_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

/**
 * The training and reference data sets (`../shared/data` beside the repository, or NEWSGRAPH_DATA).
 * They are not shipped: training, evaluation and the tests that need them look here.
 */
export function sharedDataDir(): string {
  return process.env.NEWSGRAPH_DATA ?? path.resolve(REPO_ROOT, '../shared/data');
}

/** Path of a file in the shared data, or null when it is absent (tests skip with a reason). */
export function sharedDataFile(relative: string): string | null {
  const file = path.join(sharedDataDir(), relative);
  return existsSync(file) ? file : null;
}

/** A node:test `skip` value: false when the file is there, else the one-line reason. */
export function skipWithoutData(relative: string): false | string {
  return sharedDataFile(relative) ? false : `needs ${relative} from ../shared/data (not in this checkout)`;
}
