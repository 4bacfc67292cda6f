import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Api, ServerDeps } from '../context.ts';
import { BooleanParam, DateParam, PageParams, pageSchema, toPage } from '../params.ts';
import { problemContent } from '../problem.ts';
import { SentenceRef } from '../schemas.ts';

const searchRoute = createRoute({
  method: 'get',
  path: '/v1/sentences',
  tags: ['sentences'],
  summary: 'Full-text search over the sentences of the articles',
  request: {
    query: PageParams.extend({
      q: z.string().min(1).max(500).describe('words, "phrases", OR'),
      from: DateParam.optional().describe('published on or after'),
      to: DateParam.optional().describe('published on or before'),
      include_duplicates: BooleanParam.optional().describe('search syndicated copies too (default false)'),
    }),
  },
  responses: {
    200: { description: 'one page of sentences', content: { 'application/json': { schema: pageSchema(SentenceRef) } } },
    400: problemContent('a query parameter is invalid'),
  },
});

export function sentenceRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(searchRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await deps.store.searchSentences({
      limit: q.limit, cursor: q.cursor ?? null, q: q.q, from: q.from, to: q.to, includeDuplicates: q.include_duplicates ?? false,
    });
    return c.json(toPage(page), 200);
  });
}
