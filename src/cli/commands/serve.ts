import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ensureWebBuilt } from '../../../web/build.ts';
import { analyze, defaultPipeline } from '../../index.ts';
import { createApp, DEFAULT_BODY_LIMIT, WEB_DIST } from '../../server/app.ts';
import { listen, type Listening } from '../../server/listen.ts';
import { storeArticle } from '../../server/store-article.ts';
import { parseFlags, UsageError, type Command, type Io } from '../command.ts';
import { DEFAULT_DB, openStore, STORE_FLAGS, StoreFlagsSchema } from './store-flags.ts';

const Flags = StoreFlagsSchema.extend({
  port: z.string().regex(/^\d+$/, 'expected a port number').transform(Number).refine((p) => p <= 65535, 'a port is at most 65535').default(8080),
  host: z.string().min(1).default('127.0.0.1'),
  'body-limit': z.string().regex(/^[1-9]\d*$/, 'expected a size in bytes').transform(Number).default(DEFAULT_BODY_LIMIT),
});
export type ServeFlags = z.output<typeof Flags>;

const USAGE = `newsgraph serve [--db FILE] [--port N] [--host 127.0.0.1] [--body-limit BYTES]

Open the workbench on a corpus: the web UI at http://HOST:PORT/ and the HTTP API under /v1
(described at /v1/openapi.json). Stop it with Ctrl-C.
  --db          the corpus file (default ./newsgraph.db)
  --port        port to listen on (default 8080; 0 picks a free one)
  --host        address to bind (default 127.0.0.1, this machine only; 0.0.0.0 opens it to the network)
  --body-limit  largest request body in bytes (default ${DEFAULT_BODY_LIMIT})
Writes (POST /v1/articles) need "Authorization: Bearer $NEWSGRAPH_TOKEN"; without NEWSGRAPH_TOKEN set the
server takes none.`;

/** Open the store and start the server; the caller stops it with `close()`. */
export async function startServe(flags: ServeFlags, token: string | null, io: Io): Promise<Listening> {
  // With writes off, a mistyped --db must not silently serve a new empty corpus; the default one is no typo:
  // a first `serve` opens the workbench on it, empty, and `newsgraph ingest` fills it while it runs.
  const fresh = !existsSync(flags.db);
  const store = openStore(flags.db, !token && flags.db !== DEFAULT_DB);
  // `npm ci` built the UI; this covers `--ignore-scripts` and a `git pull` since (about two seconds).
  const web = await ensureWebBuilt();
  const pipeline = defaultPipeline();
  const app = createApp(
    { store, analyze, ingest: (text, meta) => storeArticle(store, pipeline, text, meta) },
    { token, bodyLimit: flags['body-limit'], webRoot: WEB_DIST },
  );
  let server: Listening;
  try {
    server = await listen(app, { port: flags.port, host: flags.host });
  } catch (error) {
    await store.close();
    throw new UsageError(`cannot listen on ${flags.host}:${flags.port} (${error instanceof Error ? error.message : String(error)}); pick another --port`);
  }
  const ui = typeof web === 'object' ? ` (the workbench could not be built: ${web.error})` : '';
  const corpus = fresh ? `${flags.db} (new and empty: add articles with \`newsgraph ingest\`)` : flags.db;
  io.err.write(`newsgraph serve: workbench at ${server.url}/${ui}, API at ${server.url}/v1/openapi.json, corpus ${corpus}; `
    + `writes ${token ? 'need the bearer token' : 'off (set NEWSGRAPH_TOKEN to allow them)'}\n`);
  return {
    url: server.url,
    async close() {
      await server.close();
      await store.close();
    },
  };
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'open the workbench (web UI and HTTP API) on the corpus',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags('serve', argv, {
      ...STORE_FLAGS,
      port: { type: 'string' },
      host: { type: 'string' },
      'body-limit': { type: 'string' },
    }, Flags);
    if (positionals.length > 0) throw new UsageError(`unexpected ${positionals[0]}; name the corpus with --db FILE`);
    const server = await startServe(flags, process.env.NEWSGRAPH_TOKEN || null, io);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return 0;
  },
};
