import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { NewsgraphError } from '../errors.ts';
import type { ApiEnv, ServerDeps } from './context.ts';
import { inputIssues, ProblemError, problemResponse } from './problem.ts';
import { analyzeRoutes } from './routes/analyze.ts';
import { articleRoutes } from './routes/articles.ts';
import { dyadRoutes } from './routes/dyads.ts';
import { entityRoutes } from './routes/entities.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/export.ts';
import { networkRoutes } from './routes/network.ts';
import { quoteRoutes } from './routes/quotes.ts';
import { sentenceRoutes } from './routes/sentences.ts';

/** Where `npm run build:web` writes the UI. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  /** Bearer token write routes require; null or empty: the server takes no writes. */
  token?: string | null;
  /** Largest request body in bytes (413 above it). */
  bodyLimit?: number;
  /** Folder of the built web UI; null serves the API alone. */
  webRoot?: string | null;
}

const PART_NAMES: Record<string, string> = { json: 'body', query: 'query', param: 'path' };

// The UI is self-contained: it may only talk to this server.
const CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";

/** The HTTP API under /v1 and, when built, the web UI at /. */
export function createApp(deps: ServerDeps, options: AppOptions = {}): OpenAPIHono<ApiEnv> {
  const token = options.token || null;
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const webRoot = options.webRoot === undefined ? WEB_DIST : options.webRoot;

  const app = new OpenAPIHono<ApiEnv>({
    defaultHook(result, c) {
      if (!result.success) {
        const part = PART_NAMES[result.target] ?? result.target;
        const issues = inputIssues(part, result.error);
        const detail = issues.map((i) => `${i.where}: ${i.message}`).join('; ');
        return problemResponse(c, 'invalid-input', `${detail}; see /v1/openapi.json for the parameters`, issues);
      }
    },
  });

  app.use('*', async (c, next) => {
    c.set('writeToken', token);
    await next();
  });
  app.use('/v1/*', bodyLimit({
    maxSize: limit,
    onError: (c) => problemResponse(c, 'too-large', `the body is over ${limit} bytes; send a shorter article`),
  }));

  for (const routes of [analyzeRoutes, articleRoutes, quoteRoutes, sentenceRoutes, entityRoutes, eventRoutes, dyadRoutes, networkRoutes, exportRoutes]) {
    routes(app, deps);
  }

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http', scheme: 'bearer', description: 'the NEWSGRAPH_TOKEN the server was started with',
  });
  app.doc31('/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version: '1',
      description: 'Who said what about whom, who did what to whom, and when: quotes, entities and events of a news corpus, each pointing at the characters it came from. Errors are RFC 9457 problem+json; lists page with limit, cursor and next_cursor.',
    },
  });

  app.notFound((c) => problemResponse(c, 'not-found', `no route ${c.req.method} ${c.req.path}; the API is described at /v1/openapi.json`));
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error.kind, error.detail, error.issues);
    if (error instanceof HTTPException && error.status === 400) return problemResponse(c, 'invalid-input', `${error.message}: send a JSON body`);
    if (error instanceof HTTPException && error.status === 413) return problemResponse(c, 'too-large', error.message);
    if (error instanceof HTTPException && error.status === 415) {
      return problemResponse(c, 'unsupported-media-type', 'send the body as JSON with "Content-Type: application/json"');
    }
    // Typed errors say whether the caller can fix them (a cursor the store did not write, an empty search).
    if (error instanceof NewsgraphError && error.problem === 'invalid-input') return problemResponse(c, 'invalid-input', error.message);
    console.error(`newsgraph serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error}`);
    return problemResponse(c, 'internal', 'the server failed on this request; the log has the details');
  });

  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    app.use('/*', async (c, next) => {
      await next();
      c.header('content-security-policy', CSP);
    });
    app.get('/*', serveStatic({ root: webRoot }));
  } else {
    app.get('/', (c) => c.html('<!doctype html><title>newsgraph</title><p>The web UI is not built: run <code>npm run build:web</code>. The API is at <a href="/v1/openapi.json">/v1/openapi.json</a>.</p>'));
  }
  return app;
}
