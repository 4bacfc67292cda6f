import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Store } from '../../store/contract.ts';
import type { SentenceRow } from '../../store/rows.ts';
import type { Api, ServerDeps } from '../context.ts';
import { CursorParam, pageSchema } from '../params.ts';
import { ProblemError, problemContent } from '../problem.ts';
import { SentenceRef } from '../schemas.ts';
import { escapeRegExp } from '../../util/regexp.ts';

const route = createRoute({
  method: 'get',
  path: '/v1/entities/{id}/sentences',
  tags: ['entities'],
  summary: 'Sentences that name an entity: its name or one of its aliases, as written (case and whole words)',
  description: 'The full-text index finds the candidates; a sentence is kept when a name appears in it with the same case '
    + 'as a whole word, so the alias "US" does not match "us". A page may hold fewer than `limit` sentences and still have a next one.',
  request: {
    params: z.object({ id: z.string().min(1) }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: CursorParam }),
  },
  responses: {
    200: { description: 'one page of sentences', content: { 'application/json': { schema: pageSchema(SentenceRef) } } },
    400: problemContent('a parameter is invalid'),
    404: problemContent('no entity has this id'),
  },
});


/** The names to look for: the entity's name and aliases that hold a letter or digit, longest first. */
export function namesOf(entity: { name: string; aliases: string[] }): string[] {
  return [...new Set([entity.name, ...entity.aliases].map((n) => n.trim()))]
    .filter((n) => /[\p{L}\p{N}]/u.test(n))
    .sort((x, y) => y.length - x.length || x.localeCompare(y));
}

/** Whole-word, case-sensitive matcher for any of `names` (the full-text index ignores case and punctuation). */
export function nameMatcher(names: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

// Bounds the work of one request when the index finds many sentences the case check then drops.
const MAX_SCANNED = 2000;

async function sentencesNaming(store: Store, names: string[], limit: number, cursor: string | null) {
  const q = names.map((n) => `"${n.replace(/"/g, ' ')}"`).join(' OR ');
  const matcher = nameMatcher(names);
  const items: SentenceRow[] = [];
  let scanned = 0;
  let next = cursor;
  do {
    const page = await store.searchSentences({ q, limit: limit - items.length, cursor: next });
    scanned += page.items.length;
    items.push(...page.items.filter((s) => matcher.test(s.text)));
    next = page.nextCursor;
  } while (next && items.length < limit && scanned < MAX_SCANNED);
  return { items, next_cursor: next };
}

export function entitySentenceRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const entity = await deps.store.getEntity(id);
    if (!entity) throw new ProblemError('not-found', `no entity with id ${id}; search them at /v1/entities?q=NAME`);
    const names = namesOf(entity);
    if (names.length === 0) return c.json({ items: [], next_cursor: null }, 200);
    return c.json(await sentencesNaming(deps.store, names, q.limit, q.cursor ?? null), 200);
  });
}
