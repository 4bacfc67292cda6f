import { existsSync } from 'node:fs';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { NewsgraphError } from '../errors.ts';
import type { ApiEnv, ServerDeps } from './context.ts';
import { inputIssues, ProblemError, problemResponse } from './problem.ts';
import { analyzeRoutes } from './routes/analyze.ts';
import { articleSearchRoutes } from './routes/article-search.ts';
import { articleRoutes } from './routes/articles.ts';
import { dyadSummaryRoutes } from './routes/dyad-summary.ts';
import { dyadRoutes } from './routes/dyads.ts';
import { entityRoutes } from './routes/entities.ts';
import { entitySentenceRoutes } from './routes/entity-sentences.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/export.ts';
import { networkRoutes } from './routes/network.ts';
import { quoteRoutes } from './routes/quotes.ts';
import { sentenceRoutes } from './routes/sentences.ts';

import { WEB_DIST } from '../../web/build.ts';

export { WEB_DIST };
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  /** Bearer token write routes require; null or empty: the server takes no writes. */
  token?: string | null;
  /** Largest request body in bytes (413 above it). */
  bodyLimit?: number;
  /** Folder of the built web UI; null serves the API alone. */
  webRoot?: string | null;
  /**
   * Host names (and addresses) requests may be sent to, besides the local ones (localhost, 127.0.0.1, ::1);
   * "*" takes any. A page on another site that rebinds its name to this machine (DNS rebinding) is refused.
   */
  allowedHosts?: string[];
}

const PART_NAMES: Record<string, string> = { json: 'body', query: 'query', param: 'path' };

// The UI is self-contained: it may only talk to this server, and no other site may frame it.
const CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";
const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** The host a request was sent to, as the URL names it (no port; IPv6 in brackets), lower-cased. */
function requestHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Whether a Host is served: a local name, one of `allowed` (IPv6 with or without brackets), or anything with "*". */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  if (allowed.includes('*')) return true;
  const names = [...LOCAL_HOSTS, ...allowed.map((h) => (h.includes(':') && !h.startsWith('[') ? `[${h}]` : h).toLowerCase())];
  return names.includes(host) || host.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(host);
}

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

  const allowedHosts = options.allowedHosts ?? [];
  app.use('*', async (c, next) => {
    const host = requestHost(c.req.url);
    if (!hostAllowed(host, allowedHosts)) {
      const response = problemResponse(c, 'unknown-host', `this server does not answer to the host "${host}"; start it with --allow-host ${host || 'NAME'} if that name is meant to reach it`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
      return response;
    }
    c.set('writeToken', token);
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  app.use('/v1/*', bodyLimit({
    maxSize: limit,
    onError: (c) => problemResponse(c, 'too-large', `the body is over ${limit} bytes; send a shorter article`),
  }));

  for (const routes of [analyzeRoutes, articleRoutes, quoteRoutes, sentenceRoutes, entityRoutes, eventRoutes, dyadRoutes, networkRoutes, exportRoutes,
    // What the workbench's pages read besides the lists above.
    articleSearchRoutes, entitySentenceRoutes, dyadSummaryRoutes]) {
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
    if (error instanceof ProblemError) return problemResponse(c, error.kind, error.detail, error.issues, error.headers);
    if (error instanceof HTTPException && error.status === 400) return problemResponse(c, 'invalid-input', `${error.message}: send a JSON body`);
    if (error instanceof HTTPException && error.status === 413) return problemResponse(c, 'too-large', error.message);
    if (error instanceof HTTPException && error.status === 415) {
      return problemResponse(c, 'unsupported-media-type', 'send the body as JSON with "Content-Type: application/json"');
    }
    // Typed errors say whether the caller can fix them (a cursor the store did not write, an empty search).
    if (error instanceof NewsgraphError && error.problem === 'invalid-input') return problemResponse(c, 'invalid-input', error.message);
    // Another writer (an ingest) held the store longer than a request waits: the client may try again.
    if (error instanceof NewsgraphError && error.problem === 'server-busy') return problemResponse(c, 'server-busy', error.message, undefined, { 'retry-after': '5' });
    console.error(`newsgraph serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error}`);
    return problemResponse(c, 'internal', 'the server failed on this request; the log has the details');
  });

  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    app.get('/*', serveStatic({ root: webRoot }));
  } else {
    // Only an install without vite gets here: `npm ci` and `newsgraph serve` build the UI themselves.
    app.get('/', (c) => c.html('<!doctype html><title>newsgraph</title><p>This install has no workbench (vite, a development dependency, is missing): run <code>npm ci</code>. The API is at <a href="/v1/openapi.json">/v1/openapi.json</a>.</p>'));
  }
  return app;
}
