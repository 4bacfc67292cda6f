import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Store } from '../../store/contract.ts';
import { ArticleRowSchema, MAX_PAGE_LIMIT, type ArticleRow } from '../../store/rows.ts';
import type { Api, ServerDeps } from '../context.ts';
import { BooleanParam, DateParam } from '../params.ts';
import { problemContent } from '../problem.ts';

/** How many matching sentences one search reads: the articles they belong to are the answer. */
export const SCANNED_SENTENCES = 2000;

const HitSchema = ArticleRowSchema.extend({
  hits: z.number().int().positive().describe('matching sentences in this article'),
  snippet: z.string().describe('the first matching sentence'),
}).meta({ id: 'ArticleHit' });

const route = createRoute({
  method: 'get',
  path: '/v1/search/articles',
  tags: ['articles'],
  summary: 'Articles whose text matches a full-text query, in store order, with their counts and first matching sentence',
  description: `Reads the first ${SCANNED_SENTENCES} matching sentences; \`truncated\` says there were more (narrow the query or the dates).`,
  request: {
    query: z.object({
      q: z.string().min(1).max(500).describe('words, "phrases", OR'),
      from: DateParam.optional().describe('published on or after'),
      to: DateParam.optional().describe('published on or before'),
      include_duplicates: BooleanParam.optional().describe('search syndicated copies too (default false)'),
      limit: z.coerce.number().int().min(1).max(500).default(100).describe('most articles to answer'),
    }),
  },
  responses: {
    200: {
      description: 'the matching articles',
      content: { 'application/json': { schema: z.object({ items: z.array(HitSchema), truncated: z.boolean() }) } },
    },
    400: problemContent('a query parameter is invalid'),
  },
});

type Query = { q: string; from?: string; to?: string; includeDuplicates: boolean; limit: number };

export async function searchArticles(store: Store, query: Query): Promise<{ items: (ArticleRow & { hits: number; snippet: string })[]; truncated: boolean }> {
  const found = new Map<string, { hits: number; snippet: string }>();
  let cursor: string | null = null;
  let scanned = 0;
  let truncated = false;
  do {
    const page = await store.searchSentences({
      q: query.q, from: query.from, to: query.to, includeDuplicates: query.includeDuplicates, cursor,
      limit: Math.min(MAX_PAGE_LIMIT, SCANNED_SENTENCES - scanned),
    });
    scanned += page.items.length;
    for (const s of page.items) {
      const hit = found.get(s.article);
      if (hit) hit.hits++;
      else if (found.size < query.limit) found.set(s.article, { hits: 1, snippet: s.text });
      else truncated = true;
    }
    cursor = page.nextCursor;
  } while (cursor && scanned < SCANNED_SENTENCES);
  const rows = await Promise.all([...found].map(async ([id, hit]) => {
    const article = await store.getArticle(id);
    return article ? { ...article, ...hit } : null;
  }));
  return { items: rows.filter((r) => r !== null), truncated: truncated || cursor !== null };
}

export function articleSearchRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    return c.json(await searchArticles(deps.store, { q: q.q, from: q.from, to: q.to, includeDuplicates: q.include_duplicates ?? false, limit: q.limit }), 200);
  });
}
