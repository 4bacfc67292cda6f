import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Api, ServerDeps } from '../context.ts';
import { BooleanParam, DateParam } from '../params.ts';
import { problemContent } from '../problem.ts';
import { TimelineRowRef } from '../schemas.ts';

const ActorParam = z.string().min(1).max(100).describe('actor code prefix (RUS, CHNGOV) or canonical entity id');

const timelineRoute = createRoute({
  method: 'get',
  path: '/v1/dyads/{a}/{b}/timeline',
  tags: ['dyads'],
  summary: 'Volume and tone (mean Goldstein) of the events between two actors, per day or week',
  request: {
    params: z.object({ a: ActorParam, b: ActorParam }),
    query: z.object({
      per: z.enum(['day', 'week']).default('week'),
      directed: BooleanParam.optional().describe('only events from a to b (default false: both directions)'),
      from: DateParam.optional(),
      to: DateParam.optional(),
    }),
  },
  responses: {
    200: {
      description: 'one row per period that has events',
      content: { 'application/json': { schema: z.object({ a: z.string(), b: z.string(), per: z.enum(['day', 'week']), rows: z.array(TimelineRowRef) }) } },
    },
    400: problemContent('a parameter is invalid'),
  },
});

export function dyadRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(timelineRoute, async (c) => {
    const { a, b } = c.req.valid('param');
    const q = c.req.valid('query');
    const rows = await deps.store.timeline({ a, b, per: q.per, directed: q.directed ?? false, from: q.from, to: q.to });
    return c.json({ a, b, per: q.per, rows }, 200);
  });
}
