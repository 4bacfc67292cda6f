import { existsSync } from 'node:fs';
import { availableParallelism, hostname, networkInterfaces } from 'node:os';
import { z } from 'zod';
import { ensureWebBuilt } from '../../../web/build.ts';
import { AnalysisPool } from '../../ingest/analysis-pool.ts';
import { pooledAnalysis } from '../../server/analysis.ts';
import { createApp, DEFAULT_BODY_LIMIT, WEB_DIST } from '../../server/app.ts';
import { listen, type Listening } from '../../server/listen.ts';
import { parseFlags, UsageError, type Command, type Io } from '../command.ts';
import { LIMIT_FLAGS, LIMIT_USAGE, LimitFlagsSchema, limitsOf } from './limit-flags.ts';
import { DEFAULT_DB, openStore, STORE_FLAGS, StoreFlagsSchema } from './store-flags.ts';
import { isPostgresUrl } from '../../store/open-store.ts';

/** Analyses that may wait for a worker per worker before clients are told to come back later. */
const WAITING_PER_WORKER = 4;

const whole = (what: string) => z.string().regex(/^[1-9]\d*$/, `expected ${what}`).transform(Number);

const Flags = StoreFlagsSchema.extend(LimitFlagsSchema.shape).extend({
  port: z.string().regex(/^\d+$/, 'expected a port number').transform(Number).refine((p) => p <= 65535, 'a port is at most 65535').default(8080),
  host: z.string().min(1).default('127.0.0.1'),
  'body-limit': whole('a size in bytes').default(DEFAULT_BODY_LIMIT),
  workers: whole('a whole number of workers').optional(),
  queue: z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).optional(),
  'allow-host': z.array(z.string().min(1)).default([]),
});
export type ServeFlags = z.output<typeof Flags>;

const USAGE = `newsgraph serve [--db FILE] [--port N] [--host 127.0.0.1] [--body-limit BYTES] [--workers N] [--queue N] [--allow-host NAME]

Open the workbench on a corpus: the web UI at http://HOST:PORT/ and the HTTP API under /v1
(described at /v1/openapi.json). Stop it with Ctrl-C. Articles are analysed in worker threads, so a long
one holds no other request; past the queue, clients get 503 with Retry-After.
  --db          the corpus file (default ./newsgraph.db)
  --port        port to listen on (default 8080; 0 picks a free one)
  --host        address to bind (default 127.0.0.1, this machine only; 0.0.0.0 opens it to the network)
  --body-limit  largest request body in bytes (default ${DEFAULT_BODY_LIMIT})
  --workers     analysis workers (default: one per core, less one for serving)
  --queue       analyses that may wait for a worker (default ${WAITING_PER_WORKER} per worker)
  --allow-host  a host name clients use to reach the server, besides localhost and the bound address
                (repeat it for several; * for any). Other Host headers are refused (DNS rebinding).
${LIMIT_USAGE}
Writes (POST /v1/articles) need "Authorization: Bearer $NEWSGRAPH_TOKEN"; without NEWSGRAPH_TOKEN set the
server takes none.`;

/** The names a server bound to `host` is reached by: that address, or every address and the machine's name for 0.0.0.0 and ::. */
export function boundHosts(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const addresses = Object.values(networkInterfaces()).flat().map((i) => i!.address);
  return [hostname(), ...addresses];
}

/** Open the store and the analysis workers and start the server; the caller stops it with `close()`. */
export async function startServe(flags: ServeFlags, token: string | null, io: Io): Promise<Listening> {
  // With writes off, a mistyped --db must not silently serve a new empty corpus; the default one is no typo:
  // a first `serve` opens the workbench on it, empty, and `newsgraph ingest` fills it while it runs.
  const fresh = !isPostgresUrl(flags.db) && !existsSync(flags.db);
  const store = await openStore(flags.db, !token && flags.db !== DEFAULT_DB);
  // `npm ci` built the UI; this covers `--ignore-scripts` and a `git pull` since (about two seconds).
  const web = await ensureWebBuilt();
  const size = flags.workers ?? Math.max(1, availableParallelism() - 1);
  const pool = new AnalysisPool({ size, limits: limitsOf(flags), depth: 1, maxWaiting: flags.queue ?? WAITING_PER_WORKER * size });
  const app = createApp(
    { store, ...pooledAnalysis(store, pool) },
    { token, bodyLimit: flags['body-limit'], webRoot: WEB_DIST, allowedHosts: [...boundHosts(flags.host), ...flags['allow-host']] },
  );
  let server: Listening;
  try {
    server = await listen(app, { port: flags.port, host: flags.host });
  } catch (error) {
    await pool.close();
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
      await pool.close();
      await store.close();
    },
  };
}

export const serveCommand: Command = {
  name: 'serve',
  usage: USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseFlags('serve', argv, {
      ...STORE_FLAGS,
      port: { type: 'string' },
      host: { type: 'string' },
      'body-limit': { type: 'string' },
      workers: { type: 'string' },
      queue: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      ...LIMIT_FLAGS,
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
