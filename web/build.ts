// The workbench built into web/dist. `npm ci` runs this file (the `prepare` script), so a fresh clone serves
// the UI with no further step; `newsgraph serve` and `npm run demo` call `ensureWebBuilt` too, which rebuilds
// when web/ changed since the last build (a `git pull` without `npm ci`, or `npm ci --ignore-scripts`).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../src/util/shared-data.ts';

// From the package root, not this file: the compiled CLI runs this module from dist/web/.
const WEB = path.join(REPO_ROOT, 'web');
export const WEB_DIST = path.join(WEB, 'dist');
const INDEX = path.join(WEB_DIST, 'index.html');

/** Newest modification time of the files the build reads (sources, public files, config). */
function newestSource(dir = WEB): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== WEB_DIST && entry.name !== 'node_modules') newest = Math.max(newest, newestSource(full));
    } else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** True when web/dist is missing or older than a file it is built from. */
export function webBuildStale(): boolean {
  return !existsSync(INDEX) || statSync(INDEX).mtimeMs < newestSource();
}

/** Build web/ into web/dist (or `outDir`) with vite, a development dependency, so imported only when needed. */
export async function buildWeb(outDir = WEB_DIST): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export type WebState = 'fresh' | 'built' | { error: string };

/**
 * Make sure web/dist is there and current. `{error}` when it cannot be built (vite absent after
 * `npm ci --omit=dev`, a read-only install); an existing older build is still served then.
 */
export async function ensureWebBuilt(): Promise<WebState> {
  if (!webBuildStale()) return 'fresh';
  try {
    await buildWeb();
    return 'built';
  } catch (error) {
    return { error: buildError(error) };
  }
}

function buildError(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND') {
    return 'vite is not installed (dev dependencies left out?): run `npm ci`';
  }
  return error instanceof Error ? error.message : String(error);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `npm ci` always rebuilds: the dependencies the bundle holds may have changed with the lock file.
  try {
    await buildWeb();
    console.error('newsgraph: workbench built into web/dist');
  } catch (error) {
    // An install without dev dependencies still gets the CLI and the API: say so, do not fail `npm ci`.
    console.error(`newsgraph: the workbench was not built: ${buildError(error)}`);
  }
}
