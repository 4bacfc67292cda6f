import { z } from 'zod';
import type { Api, ServerDeps } from '../context.ts';
import { BooleanParam, pageRoute, PublishedPageParams, toPage } from '../params.ts';
import { SentenceRef } from '../schemas.ts';

const searchRoute = pageRoute({
  path: '/v1/sentences',
  tag: 'sentences',
  summary: 'Full-text search over the sentences of the articles',
  items: 'sentences',
  item: SentenceRef,
  query: PublishedPageParams.extend({
    q: z.string().min(1).max(500).describe('words, "phrases", OR'),
    include_duplicates: BooleanParam.optional().describe('search syndicated copies too (default false)'),
  }),
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
