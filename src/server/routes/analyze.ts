import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Api, ServerDeps } from '../context.ts';
import { DateParam } from '../params.ts';
import { DocRef } from '../schemas.ts';
import { problemContent } from '../problem.ts';

/** Article text as the API takes it: something besides white space (as the CLI refuses a blank file). */
export const ArticleText = z.string().min(1, 'give the article text').refine((t) => t.trim() !== '', 'the text is blank; give the article text');

export const AnalyzeBodySchema = z.object({
  text: ArticleText.describe('the article, paragraphs separated by line breaks'),
  published: DateParam.nullable().optional().describe('publication date: the anchor of relative dates ("last week")'),
  id: z.string().max(500).nullable().optional().describe('a name for the document, echoed as doc.id'),
});

const analyzeRoute = createRoute({
  method: 'post',
  path: '/v1/analyze',
  tags: ['analyze'],
  summary: 'Analyze one article; nothing is stored',
  request: { body: { required: true, content: { 'application/json': { schema: AnalyzeBodySchema } } } },
  responses: {
    200: { description: 'the analysed document', content: { 'application/json': { schema: DocRef } } },
    400: problemContent('the body is not valid JSON or fails the schema'),
    413: problemContent('the body is over the size limit'),
    415: problemContent('the body is not sent as application/json'),
    422: problemContent('the article took too long to analyse, or could not be analysed'),
    503: problemContent('every analysis worker is taken and the queue is full: try again after Retry-After seconds'),
  },
});

export function analyzeRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(analyzeRoute, async (c) => {
    const body = c.req.valid('json');
    // The Doc comes as JSON from the worker: sent on as it is, never parsed or built on this thread.
    const json = await deps.analyze({ text: body.text, published: body.published ?? null, id: body.id ?? null });
    return c.body(json, 200, { 'content-type': 'application/json' }) as never; // the Doc schema's JSON, already text
  });
}
