import { z } from 'zod';
import type { Api, ServerDeps } from '../context.ts';
import { BooleanParam, pageRoute, PublishedPageParams, toPage } from '../params.ts';
import { QuoteRef } from '../schemas.ts';

export const QuoteParams = PublishedPageParams.extend({
  speaker: z.string().min(1).optional().describe('canonical entity id, or a name matched against speaker names and aliases'),
  about: z.string().min(1).optional().describe('canonical entity id or name: quotes whose content names it'),
  q: z.string().min(1).max(500).optional().describe('full-text search over quote content: words, "phrases", OR'),
  include_duplicates: BooleanParam.optional().describe('search syndicated copies too (default false)'),
});

const searchRoute = pageRoute({
  path: '/v1/quotes',
  tag: 'quotes',
  summary: 'Search quotes by speaker, subject, words and date',
  items: 'quotes',
  item: QuoteRef,
  query: QuoteParams,
});

export function quoteRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(searchRoute, async (c) => {
    const q = c.req.valid('query');
    const page = await deps.store.searchQuotes({
      limit: q.limit, cursor: q.cursor ?? null, speaker: q.speaker, about: q.about, q: q.q,
      from: q.from, to: q.to, includeDuplicates: q.include_duplicates ?? false,
    });
    return c.json(toPage(page), 200);
  });
}
