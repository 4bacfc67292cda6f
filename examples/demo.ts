// `npm run demo [-- --port N]`: the workbench on the bundled example corpus, in one command.
// Stores the seed article and examples/corpus/*.txt in a throwaway database, then serves it until Ctrl-C.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServe } from '../src/cli/commands/serve.ts';
import { defaultPipeline } from '../src/index.ts';
import { DEFAULT_BODY_LIMIT, WEB_DIST } from '../src/server/app.ts';
import { storeArticle } from '../src/server/store-article.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } } });

if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
  console.error('demo: building the web UI…');
  const { build } = await import('vite');
  await build({ configFile: path.join(here, '../web/vite.config.ts'), logLevel: 'warn' });
}

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-demo-'));
const db = path.join(dir, 'demo.db');
const articles = [
  { file: path.join(here, 'seed-article.txt'), published: '2020-10-23' },
  ...readdirSync(path.join(here, 'corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ file: path.join(here, 'corpus', f), published: null })),
];
const store = openSqliteStore(db);
const pipeline = defaultPipeline();
for (const { file, published } of articles) {
  const name = path.basename(file);
  await storeArticle(store, pipeline, readFileSync(file, 'utf8'), { name, title: null, url: null, source: null, published, language: null });
}
const stats = await store.stats();
await store.close();
console.error(`demo: ${stats.articles} articles, ${stats.quotes} quotes, ${stats.events} events, ${stats.entities} entities in ${db}`);

const server = await startServe({ db, port: Number(values.port), host: values.host!, 'body-limit': DEFAULT_BODY_LIMIT }, null, { out: process.stdout, err: process.stderr, stdin: process.stdin });
console.error('demo: open the address above in a browser; Ctrl-C stops it and deletes the database');
await new Promise<void>((resolve) => {
  process.once('SIGINT', resolve);
  process.once('SIGTERM', resolve);
});
await server.close();
rmSync(dir, { recursive: true, force: true });
