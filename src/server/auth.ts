import { timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { ApiEnv } from './context.ts';
import { ProblemError } from './problem.ts';

/** Write routes: `Authorization: Bearer <NEWSGRAPH_TOKEN>`; with no token configured, writes are off. */
export const requireToken = createMiddleware<ApiEnv>(async (c, next) => {
  const expected = c.get('writeToken');
  if (!expected) throw new ProblemError('writes-disabled', 'start the server with NEWSGRAPH_TOKEN set to accept writes');
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new ProblemError('unauthorized', 'send the header "Authorization: Bearer <token>" with the server\'s NEWSGRAPH_TOKEN');
  if (!sameSecret(match[1]!, expected)) throw new ProblemError('unauthorized', 'the bearer token does not match the server\'s NEWSGRAPH_TOKEN');
  await next();
});

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
