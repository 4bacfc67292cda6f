import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Api, ServerDeps } from '../context.ts';
import { BooleanParam, DateParam } from '../params.ts';
import { problemContent } from '../problem.ts';
import { TimelineRowRef } from '../schemas.ts';
import { resolveActor } from '../../store/actor-name.ts';
import { dyadSummary } from './dyad-summary.ts';

const ActorParam = z.string().min(1).max(100)
  .describe('a CAMEO code (RUS, CHNGOV; a prefix), an entity id, or a name or alias the corpus knows (Russia, Vladimir Putin)');

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
      content: {
        'application/json': {
          schema: z.object({
            a: z.string().describe('the code or entity id a resolved to'), b: z.string(), per: z.enum(['day', 'week']), rows: z.array(TimelineRowRef),
            undated: z.number().int().nonnegative().describe('events of the dyad that have no date, so no period: not in rows'),
          }),
        },
      },
    },
    400: problemContent('a parameter is invalid'),
  },
});

export function dyadRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(timelineRoute, async (c) => {
    const param = c.req.valid('param');
    const q = c.req.valid('query');
    const [a, b] = [(await resolveActor(deps.store, param.a)).value, (await resolveActor(deps.store, param.b)).value];
    const directed = q.directed ?? false;
    const rows = await deps.store.timeline({ a, b, per: q.per, directed, from: q.from, to: q.to });
    // Both directions: an event naming both actors on each side is one event, as the dyad summary counts it.
    const undated = directed ? await deps.store.countEvents({ source: a, target: b, undated: true }) : (await dyadSummary(deps.store, a, b, new Map())).undated;
    return c.json({ a, b, per: q.per, rows, undated }, 200);
  });
}
