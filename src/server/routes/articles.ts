import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireToken } from '../auth.ts';
import type { Api, ServerDeps } from '../context.ts';
import { BooleanParam, DateParam, pageRoute, PublishedPageParams, toPage } from '../params.ts';
import { ProblemError, problemContent } from '../problem.ts';
import { ArticleRef, DocRef } from '../schemas.ts';
import { ArticleIdError, resolveArticleId } from '../../store/article-id.ts';
import { ArticleText } from './analyze.ts';

const ArticleWithDocSchema = z.object({ article: ArticleRef, doc: DocRef });
const IdParams = z.object({ id: z.string().min(1).describe('article id (content hash), or its short form: the first 12 hex digits (any unique prefix of 6 or more)') });

export const ArticleBodySchema = z.object({
  text: ArticleText,
  published: DateParam.nullable().optional(),
  title: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  source: z.string().nullable().optional().describe('outlet or site, e.g. voanews.com'),
  name: z.string().nullable().optional().describe('where it came from, e.g. a file name'),
});

const listRoute = pageRoute({
  path: '/v1/articles',
  tag: 'articles',
  summary: 'Stored articles, newest first',
  items: 'articles',
  item: ArticleRef,
  query: PublishedPageParams.extend({
    include_duplicates: BooleanParam.optional().describe('list syndicated copies too (default true)'),
    undated: BooleanParam.optional().describe('only the articles that have no publication date (from/to ignored)'),
  }),
});

const getRoute = createRoute({
  method: 'get',
  path: '/v1/articles/{id}',
  tags: ['articles'],
  summary: 'One article with its full analysed document',
  request: { params: IdParams },
  responses: {
    200: { description: 'the article and its document', content: { 'application/json': { schema: ArticleWithDocSchema } } },
    404: problemContent('no article has this id'),
  },
});

const postRoute = createRoute({
  method: 'post',
  path: '/v1/articles',
  tags: ['articles'],
  summary: 'Analyze an article and store it (needs the bearer token)',
  security: [{ bearer: [] }],
  middleware: [requireToken] as const,
  request: { body: { required: true, content: { 'application/json': { schema: ArticleBodySchema } } } },
  responses: {
    200: { description: 'the same text was already stored', content: { 'application/json': { schema: ArticleWithDocSchema } } },
    201: { description: 'stored', content: { 'application/json': { schema: ArticleWithDocSchema } } },
    400: problemContent('the body is not valid JSON or fails the schema'),
    401: problemContent('no or wrong bearer token'),
    403: problemContent('the server was started without NEWSGRAPH_TOKEN: it takes no writes'),
    413: problemContent('the body is over the size limit'),
    415: problemContent('the body is not sent as application/json'),
    422: problemContent('the article took too long to analyse, or could not be analysed'),
    503: problemContent('every analysis worker is taken and the queue is full: try again after Retry-After seconds'),
  },
});

async function articleWithDoc(deps: ServerDeps, given: string) {
  let id: string;
  try {
    id = await resolveArticleId(deps.store, given);
  } catch (error) {
    // A prefix several ids share is the caller's to lengthen (400); anything else names no article (404).
    if (error instanceof ArticleIdError && error.kind !== 'ambiguous') throw new ProblemError('not-found', `${error.message}; list them at /v1/articles`);
    throw error;
  }
  const [article, doc] = await Promise.all([deps.store.getArticle(id), deps.store.getDoc(id)]);
  if (!article || !doc) throw new ProblemError('not-found', `no article with id ${id}; list them at /v1/articles`);
  return { article, doc };
}

export function articleRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    const query = {
      from: q.from, to: q.to, includeUndated: q.include_undated ?? false, undated: q.undated ?? false,
      includeDuplicates: q.include_duplicates ?? true,
    };
    const page = await deps.store.listArticles({ ...query, limit: q.limit, cursor: q.cursor ?? null });
    return c.json(await toPage(page, { ...query, cursor: q.cursor }, (x) => deps.store.countArticles(x)), 200);
  });

  app.openapi(getRoute, async (c) => c.json(await articleWithDoc(deps, c.req.valid('param').id), 200));

  app.openapi(postRoute, async (c) => {
    const body = c.req.valid('json');
    const stored = await deps.ingest(body.text, {
      name: body.name ?? null, title: body.title ?? null, url: body.url ?? null, source: body.source ?? null,
      published: body.published ?? null, language: null,
    });
    return c.json(await articleWithDoc(deps, stored.id), stored.created ? 201 : 200);
  });
}
