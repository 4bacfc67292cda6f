import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { CalendarDateSchema } from '../model/index.ts';
import { MAX_PAGE_LIMIT, type Page } from '../store/rows.ts';
import { problemContent } from './problem.ts';

// Query strings arrive as text: these schemas turn them into the typed values the store contract takes.

export const LimitParam = z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(50)
  .describe(`page size, 1–${MAX_PAGE_LIMIT}`);
export const CursorParam = z.string().min(1).optional()
  .describe('next_cursor of the previous page; omit for the first page');
export const DateParam = CalendarDateSchema.describe('a date, YYYY-MM-DD');
export const BooleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const PageParams = z.object({ limit: LimitParam, cursor: CursorParam });
/** A page of things that have a publication date: the date range they were published in. */
export const PublishedPageParams = PageParams.extend({
  from: DateParam.optional().describe('published on or after'),
  to: DateParam.optional().describe('published on or before'),
});

/** The page envelope every list route answers with. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    next_cursor: z.string().nullable().describe('pass as cursor to get the next page; null on the last page'),
  });
}

export function toPage<T>(page: Page<T>): { items: T[]; next_cursor: string | null } {
  return { items: page.items, next_cursor: page.nextCursor };
}

/** A GET route answering one page of `item`s for the query parameters `query` (PageParams extended). */
export function pageRoute<Q extends typeof PageParams, T extends z.ZodType>(spec: {
  path: string; tag: string; summary: string; query: Q; item: T; items: string;
}) {
  return createRoute({
    method: 'get',
    path: spec.path,
    tags: [spec.tag],
    summary: spec.summary,
    request: { query: spec.query },
    responses: {
      200: { description: `one page of ${spec.items}`, content: { 'application/json': { schema: pageSchema(spec.item) } } },
      400: problemContent('a query parameter is invalid'),
    },
  });
}
