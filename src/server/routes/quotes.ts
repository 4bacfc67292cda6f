import { z } from 'zod';
import type { Api, ServerDeps } from '../context.ts';
import { BooleanParam, pageRoute, PublishedPageParams, toPage } from '../params.ts';
import { QuoteRef } from '../schemas.ts';
import { resolveEntityName } from '../../store/actor-name.ts';
import { QuoteFormsParam, quoteForms } from '../../store/quote-forms.ts';

export const QuoteParams = PublishedPageParams.extend({
  speaker: z.string().min(1).optional().describe('canonical entity id, or a name matched against speaker names and aliases (a name several entities share is refused with the candidates)'),
  about: z.string().min(1).optional().describe('canonical entity id or name: quotes whose content names it'),
  q: z.string().min(1).max(500).optional().describe('full-text search over quote content: words, "phrases", OR'),
  form: QuoteFormsParam.optional().openapi({ example: 'statement,question' })
    .describe('kinds of attribution, separated by commas: statement, question, belief, stance, evidence, other; all for every one (default statement)'),
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
    const resolve = async (name: string | undefined) => (name === undefined ? undefined : (await resolveEntityName(deps.store, name)).value);
    const query = {
      speaker: await resolve(q.speaker), about: await resolve(q.about), q: q.q, forms: quoteForms(q.form),
      from: q.from, to: q.to, includeUndated: q.include_undated ?? false, includeDuplicates: q.include_duplicates ?? false,
    };
    const page = await deps.store.searchQuotes({ ...query, limit: q.limit, cursor: q.cursor ?? null });
    return c.json(await toPage(page, { ...query, cursor: q.cursor }, (x) => deps.store.countQuotes(x)), 200);
  });
}
