// `npm run demo [-- --port N]`: the workbench on the bundled example corpus, in one command.
// Stores the seed article and examples/corpus/*.txt in a throwaway database, then serves it until Ctrl-C.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServe } from '../src/cli/commands/serve.ts';
import { defaultPipeline } from '../src/index.ts';
import { DEFAULT_BODY_LIMIT } from '../src/server/app.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import { loadDemoCorpus } from './demo-corpus.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } } });

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-demo-'));
const db = path.join(dir, 'demo.db');
const store = openSqliteStore(db);
await loadDemoCorpus(store, defaultPipeline());
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
