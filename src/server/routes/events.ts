import { z } from 'zod';
import type { Api, ServerDeps } from '../context.ts';
import { BooleanParam, pageRoute, PublishedPageParams, toPage } from '../params.ts';
import { EventRef } from '../schemas.ts';
import { resolveActor } from '../../store/actor-name.ts';

const ActorParam = z.string().min(1).max(100);
const ACTOR = 'a CAMEO code (RUS also matches RUSGOV), an entity id, or a name or alias the corpus knows (Russia, Moscow, Vladimir Putin; ambiguous names are refused with the candidates)';

const searchRoute = pageRoute({
  path: '/v1/events',
  tag: 'events',
  summary: 'Search CAMEO-coded events by actor, code and date',
  items: 'events',
  item: EventRef,
  query: PublishedPageParams.extend({
    actor: ActorParam.optional().describe(`either side: ${ACTOR}`),
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
    const resolve = async (name: string | undefined) => (name === undefined ? undefined : (await resolveActor(deps.store, name)).value);
    const query = {
      actor: await resolve(q.actor), source: await resolve(q.source), target: await resolve(q.target), cameo: q.cameo, root: q.root,
      from: q.from, to: q.to, includeUndated: q.include_undated ?? false, includeDuplicates: q.include_duplicates ?? false,
    };
    const page = await deps.store.searchEvents({ ...query, limit: q.limit, cursor: q.cursor ?? null });
    return c.json(await toPage(page, { ...query, cursor: q.cursor }, (x) => deps.store.countEvents(x)), 200);
  });
}
