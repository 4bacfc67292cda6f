import { z } from 'zod';
import type { Api, ServerDeps } from '../context.ts';
import { BooleanParam, pageRoute, PublishedPageParams, toPage } from '../params.ts';
import { EventRef } from '../schemas.ts';

const ActorParam = z.string().min(1).max(100);

const searchRoute = pageRoute({
  path: '/v1/events',
  tag: 'events',
  summary: 'Search CAMEO-coded events by actor, code and date',
  items: 'events',
  item: EventRef,
  query: PublishedPageParams.extend({
    actor: ActorParam.optional().describe('actor code prefix (RUS matches RUSGOV) or canonical entity id, either side'),
    source: ActorParam.optional().describe('as actor, source side only'),
    target: ActorParam.optional().describe('as actor, target side only'),
    cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code of 2–4 digits, e.g. 042').optional().describe('CAMEO code and its sub-codes'),
    root: z.string().regex(/^\d{2}$/, 'expected a CAMEO root of 2 digits, e.g. 04').optional(),
    include_duplicates: BooleanParam.optional().describe('search syndicated copies too (default false)'),
  }),
});

export function eventRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(searchRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await deps.store.searchEvents({
      limit: q.limit, cursor: q.cursor ?? null, actor: q.actor, source: q.source, target: q.target,
      cameo: q.cameo, root: q.root, from: q.from, to: q.to, includeDuplicates: q.include_duplicates ?? false,
    });
    return c.json(toPage(page), 200);
  });
}
