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
    const query = { q: q.q, from: q.from, to: q.to, includeUndated: q.include_undated ?? false, includeDuplicates: q.include_duplicates ?? false };
    const page = await deps.store.searchSentences({ ...query, limit: q.limit, cursor: q.cursor ?? null });
    return c.json(await toPage(page, { ...query, cursor: q.cursor }, (x) => deps.store.countSentences(x)), 200);
  });
}
