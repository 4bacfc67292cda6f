import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Api, ServerDeps } from '../context.ts';
import { DateParam } from '../params.ts';
import { DocRef } from '../schemas.ts';
import { problemContent } from '../problem.ts';

export const AnalyzeBodySchema = z.object({
  text: z.string().min(1, 'give the article text').describe('the article, paragraphs separated by line breaks'),
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
  },
});

export function analyzeRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(analyzeRoute, (c) => {
    const body = c.req.valid('json');
    return c.json(deps.analyze({ text: body.text, published: body.published ?? null, id: body.id ?? null }), 200);
  });
}
