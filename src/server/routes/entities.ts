import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Api, ServerDeps } from '../context.ts';
import { PageParams, pageRoute, toPage } from '../params.ts';
import { ProblemError, problemContent } from '../problem.ts';
import { EntityRef } from '../schemas.ts';

const listRoute = pageRoute({
  path: '/v1/entities',
  tag: 'entities',
  summary: 'People, organisations and places resolved across articles, most mentioned first',
  items: 'entities',
  item: EntityRef,
  query: PageParams.extend({
    q: z.string().min(1).max(200).optional().describe('name or alias, case-insensitive substring'),
    type: z.string().min(1).optional().describe('PERSON, ORG, GPE, …'),
    country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO-3 country code such as RUS').optional(),
  }),
});

const getRoute = createRoute({
  method: 'get',
  path: '/v1/entities/{id}',
  tags: ['entities'],
  summary: 'One canonical entity with its counts',
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    200: { description: 'the entity', content: { 'application/json': { schema: EntityRef } } },
    404: problemContent('no entity has this id'),
  },
});

export function entityRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const query = { q: q.q, type: q.type, country: q.country };
    const page = await deps.store.listEntities({ ...query, limit: q.limit, cursor: q.cursor ?? null });
    return c.json(await toPage(page, { cursor: q.cursor }, () => deps.store.countEntities(query)), 200);
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    const entity = await deps.store.getEntity(id);
    if (!entity) throw new ProblemError('not-found', `no entity with id ${id}; search them at /v1/entities?q=NAME`);
    return c.json(entity, 200);
  });
}
