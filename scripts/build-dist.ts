/**
 * Build dist/: the TypeScript of src/ compiled by tsc (tsconfig.build.json: imports rewritten to .js), and
 * the data files beside it (lexicons, migrations, export tables, the worker entry) copied to the same
 * places, so every path a module reads relative to itself holds in dist/src/ too. Then the modules a process
 * or thread starts from (PROCESS_ENTRIES, WORKER_ENTRIES) are each replaced by esbuild's bundle of what they
 * import from src/ (see bundleEntries). Models are read from the package root. Ends by writing dist/.built,
 * which bin/newsgraph.js compares with src/ to know the build is current. `npm ci` runs this (the prepare script); `npm run build`
 * does by hand. It first checks every lexicon file against its schema: the stages read them unchecked. The
 * bench builds each checkout it compares through `buildDist` too, so it measures the JavaScript users run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { REPO_ROOT } from '../src/util/shared-data.ts';
import { checkLexicons } from '../src/lexicons/check.ts';
import { EVAL_TASKS } from '../src/eval/scorer.ts';
import { CLUSTERS_INDEX_FILE, readWordClusters } from '../src/stages/entities/tagger/word-clusters.ts';
import { MODEL_INDEX_FILE } from '../src/stages/entities/tagger/model-files.ts';
import { modelIndexFile } from '../src/stages/entities/tagger/model-file.ts';
import { COMMON_WORDS_INDEX, commonWordsIndexFile } from '../src/lexicons/common-words.ts';
import { GAZETTEER_INDEX, gazetteerIndexFile } from '../src/stages/entities/tagger/gazetteer.ts';
import { ACTORS_INDEX, actorsIndexFile } from '../src/lexicons/entities/entity-lexicons.ts';
import { CORE_FILE, CORE_INDEX, coreIndexFile } from '../src/stages/segment/wink.ts';

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

/**
 * The modules of dist/src/ a process starts from: the CLI and the scorers `newsgraph eval` imports by name
 * (one module graph: they share chunks). Each is one folder down in dist/src/, as the chunks are (chunks/)
 * and the workers: the same relative path leads from any of them to a module's old place.
 */
const PROCESS_ENTRIES = ['cli/main.js', ...EVAL_TASKS.map((task) => `eval/${task}.js`)];

/**
 * The modules a worker thread starts from (named by URL, see moduleUrl): bundled apart from the CLI, so a
 * worker loads a few large files (its chunks in worker-chunks/), not the CLI's many small ones; what a worker
 * imports on demand stays on demand (a reader of text does not compile zod for the JSON Lines reader).
 */
const WORKER_ENTRIES = ['ingest/analyze-worker.js', 'ingest/read-worker.js'];

/**
 * Packages the bundles hold: ES modules of many files each, which Node's loader reads one by one (zod alone:
 * about 0.1 s of CPU before the CLI can start its workers; zod, chrono-node and franc-min about 0.3 s in each
 * worker; under half of that bundled). zod's users among the packages go with it (@hono/zod-openapi and the
 * packages it imports that are no direct dependency): the server hands them its schemas, made by the zod they
 * must share. Every other direct dependency stays external, loaded from node_modules as before (CommonJS,
 * native code, data files read relative to the package).
 */
const BUNDLED_PACKAGES = ['zod', '@hono/zod-openapi', 'chrono-node', 'franc-min'];

/**
 * zod's classic API without its locales, written into `stage` for the bundles (an alias of 'zod'), or null when this
 * zod's files are not as expected (then the bundles hold zod whole). Of the 755 KB that zod is in a bundle, its 40-odd
 * locales are 340 KB that the CLI and each analysis worker compiled at every start for nothing: the namespaces
 * `z.locales` and `z.core.locales`, which nothing here reads, are what kept them (English, the messages' language,
 * is imported by zod's schemas on its own). The two modules that export those namespaces are copied without them.
 */
function zodWithoutLocales(stage: string): string | null {
  const v4 = path.join(path.dirname(createRequire(import.meta.url).resolve('zod')), 'v4');
  const external = path.join(v4, 'classic/external.js');
  const core = path.join(v4, 'core/index.js');
  const slim = { [external]: path.join(stage, 'zod/external.js'), [core]: path.join(stage, 'zod/core.js') };
  const LOCALES = /^export \* as locales from "\.\.\/locales\/index\.js";$/m;
  for (const [from, to] of Object.entries(slim)) {
    if (!existsSync(from)) return null;
    const text = readFileSync(from, 'utf8');
    if (!LOCALES.test(text)) return null;
    // Each relative import made absolute, to the slim copy of core/index.js where it names that.
    const moved = text.replace(LOCALES, '').replace(/from "(\.[^"]+)"/g, (_, relative: string) => {
      const target = path.resolve(path.dirname(from), relative);
      return `from ${JSON.stringify(slim[target] ?? target)}`;
    });
    mkdirSync(path.dirname(to), { recursive: true });
    writeFileSync(to, moved);
  }
  const entry = path.join(stage, 'zod/index.js');
  writeFileSync(entry, `export * as z from ${JSON.stringify(slim[external])};\n`);
  return entry;
}

/** Every .js file under `dir`, as paths relative to it. */
function jsFiles(dir: string, relative = ''): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(relative, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : jsFiles(dir, file);
    return entry.name.endsWith('.js') ? [file] : [];
  });
}

/**
 * Replace each entry module (PROCESS_ENTRIES, WORKER_ENTRIES) of `dist`/src/ by esbuild's bundle of what it
 * imports from src/ and BUNDLED_PACKAGES; code that entries or modules imported on demand share goes to chunks
 * (what a command imports on demand stays on demand). Node 20's module loader resolves, reads and compiles
 * each file in turn: some 200 of them before an ingest worker could analyse, and about 70 in the CLI before
 * it could start that worker. The other compiled modules stay as tsc wrote them, for the library's users and
 * the bench. No source maps: a stack trace names the bundle's lines. esbuild is tsx's dependency (this
 * script runs under tsx, so it is there whenever the build can run).
 */
function bundleEntries(repo: string, dist: string): void {
  // A bundle's `import.meta.url` names the bundle: in a copy of dist/, each module's is made the URL of its own
  // file again, relative to the bundle's (one folder down in dist/src/, as every entry and chunk is, checked
  // below), so the data files, workers and packages it finds from there are found as before.
  const src = path.join(dist, 'src');
  const stage = path.join(dist, '.bundle');
  const input = path.join(stage, 'in');
  for (const file of jsFiles(dist)) {
    const own = path.relative(path.join(src, 'chunks'), path.join(dist, file)).split(path.sep).join('/');
    const code = readFileSync(path.join(dist, file), 'utf8').replace(/\bimport\.meta\.url\b/g, `new URL(${JSON.stringify(own)}, import.meta.url).href`);
    mkdirSync(path.dirname(path.join(input, file)), { recursive: true });
    writeFileSync(path.join(input, file), code);
  }
  const output = path.join(stage, 'out');
  const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const external = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
    .filter((name) => !BUNDLED_PACKAGES.includes(name)).flatMap((name) => [name, `${name}/*`]);
  // The bench builds other checkouts with this script: an entry one of them does not have is left out.
  const entries = (list: string[]) => list.map((entry) => path.join(input, 'src', entry)).filter((file) => existsSync(file));
  // src/ and @hono/zod-openapi import zod only as `import { z } from 'zod'`, all the slim entry exports (another name fails the build).
  const zod = zodWithoutLocales(stage);
  const common = {
    bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', external, logLevel: 'warning', outbase: path.join(input, 'src'), outdir: output,
    ...(zod ? { alias: { zod } } : {}),
  } as const;
  buildSync({ ...common, entryPoints: entries(PROCESS_ENTRIES), chunkNames: 'chunks/[name]-[hash]' });
  buildSync({ ...common, entryPoints: entries(WORKER_ENTRIES), chunkNames: 'worker-chunks/[name]-[hash]' });
  for (const file of jsFiles(output)) {
    if (path.dirname(file) === '.' || path.dirname(path.dirname(file)) !== '.') throw new Error(`${file}: a bundle must be one folder down in dist/src/ (its import.meta.url rewriting assumes it)`);
    mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
    renameSync(path.join(output, file), path.join(src, file));
  }
  rmSync(stage, { recursive: true, force: true });
}

/**
 * Index `repo`'s NER model, word cluster table, common-word list, gazetteer and Phoenix actors, and wink's core model,
 * into dist/, where the compiled modules read them (each index's place under src/): the worker then reads them
 * instead of unzipping the model and building its weight table, and hashing 200,000, 86,000, 90,000, 30,000 and
 * 87,000 words, at every start. A file missing in `repo` gets no index; one the index does not match (checked at
 * load) is read from its source at load.
 */
function writeIndexes(repo: string, dist: string): void {
  const model = path.join(repo, 'models/ner/tagger.bin.gz');
  if (existsSync(model)) writeFileSync(path.join(dist, path.relative(REPO_ROOT, MODEL_INDEX_FILE)), modelIndexFile(readFileSync(model)));
  const table = path.join(repo, 'models/ner/word-clusters.tsv.gz');
  if (existsSync(table)) {
    const bytes = gunzipSync(readFileSync(table));
    const built = readWordClusters(table, path.join(dist, 'no index'));
    writeFileSync(path.join(dist, path.relative(REPO_ROOT, CLUSTERS_INDEX_FILE)), built.indexFile(bytes));
  }
  const list = path.join(repo, 'src/lexicons/common-words.txt');
  if (existsSync(list)) writeFileSync(path.join(dist, path.relative(REPO_ROOT, fileURLToPath(COMMON_WORDS_INDEX))), commonWordsIndexFile(readFileSync(list)));
  const lexicons: [string, URL, (bytes: Uint8Array) => Buffer][] = [
    ['src/lexicons/entities/gazetteer.json', GAZETTEER_INDEX, gazetteerIndexFile],
    ['src/lexicons/entities/actors.json', ACTORS_INDEX, actorsIndexFile],
  ];
  for (const [source, index, indexFile] of lexicons) {
    const file = path.join(repo, source);
    if (existsSync(file)) writeFileSync(path.join(dist, path.relative(REPO_ROOT, fileURLToPath(index))), indexFile(readFileSync(file)));
  }
  // wink's model, from the package installed (node_modules is shared by the checkouts the bench builds).
  writeFileSync(path.join(dist, path.relative(REPO_ROOT, fileURLToPath(CORE_INDEX))), coreIndexFile(readFileSync(CORE_FILE)));
}

/** Compile `repo`'s src/ into `dist` (emptied first) with its data files; returns how many data files were copied. */
export function buildDist(repo = REPO_ROOT, dist = path.join(repo, 'dist')): number {
  rmSync(dist, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(repo, 'tsconfig.build.json'), '--outDir', dist], { stdio: 'inherit' });
  if (compiled.status !== 0) throw new Error(`tsc could not build ${dist} (see above)`);
  const copied = copyData(repo, dist, 'src');
  bundleEntries(repo, dist);
  writeIndexes(repo, dist);
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
