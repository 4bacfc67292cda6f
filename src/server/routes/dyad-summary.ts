import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { CalendarDateSchema } from '../../model/index.ts';
import type { Store } from '../../store/contract.ts';
import type { EventRow, NetworkNode } from '../../store/rows.ts';
import type { Api, ServerDeps } from '../context.ts';
import { problemContent } from '../problem.ts';
import { resolveActor } from '../../store/actor-name.ts';

const ActorParam = z.string().min(1).max(100).describe('actor code prefix (RUS, CHNGOV) or canonical entity id');

const DyadSchema = z.object({
  a: z.string(),
  b: z.string(),
  aLabel: z.string().describe('entity name, or the code itself'),
  bLabel: z.string(),
  events: z.number().int().describe('events between a and b, both directions, syndicated copies counted once'),
  dated: z.number().int().describe('of those, events with a date: the ones a timeline places'),
  undated: z.number().int().describe('events with no date of their own and no publication date: left off timelines'),
  first: CalendarDateSchema.nullable(),
  last: CalendarDateSchema.nullable(),
  meanGoldstein: z.number().nullable().describe('over every event of the pair, dated or not'),
}).meta({ id: 'Dyad' });
type Dyad = z.infer<typeof DyadSchema>;

const listRoute = createRoute({
  method: 'get',
  path: '/v1/dyads',
  tags: ['dyads'],
  summary: 'The busiest pairs of distinct actors: most dated events first, then most events',
  description: 'A pair is two network nodes with different ids and different names; an actor acting on itself is no pair.',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(100).default(10),
      actor: z.string().min(1).max(100).optional().describe('only the pairs of this network node (entity id or actor code)'),
    }),
  },
  responses: {
    200: { description: 'the pairs, busiest first', content: { 'application/json': { schema: z.object({ items: z.array(DyadSchema) }) } } },
    400: problemContent('a query parameter is invalid'),
  },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/v1/dyads/{a}/{b}',
  tags: ['dyads'],
  summary: 'How many events two actors share, how many of them are dated, and over which dates',
  request: { params: z.object({ a: ActorParam, b: ActorParam }) },
  responses: {
    200: { description: 'the pair', content: { 'application/json': { schema: DyadSchema } } },
    400: problemContent('a parameter is invalid'),
  },
});

const PAGE = 1000;

/** Every event from `source` to `target` (store paging followed to the end). */
async function directedEvents(store: Store, source: string, target: string): Promise<EventRow[]> {
  const rows: EventRow[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.searchEvents({ source, target, limit: PAGE, cursor });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

/** The pair's counts: both directions, an event that names both on each side counted once. */
export async function dyadSummary(store: Store, a: string, b: string, labels: ReadonlyMap<string, string>): Promise<Dyad> {
  // Count the actors the timeline and event routes count: a place entity acts as its actor code.
  const [sa, sb] = [(await resolveActor(store, a)).value, (await resolveActor(store, b)).value];
  const events = new Map<string, EventRow>();
  for (const [s, t] of [[sa, sb], [sb, sa]] as const) {
    for (const e of await directedEvents(store, s, t)) events.set(`${e.article}/${e.id}`, e);
  }
  const dates = [...events.values()].flatMap((e) => (e.date ? [e.date] : [])).sort();
  const scores = [...events.values()].flatMap((e) => (e.goldstein === null ? [] : [e.goldstein]));
  return {
    a, b, aLabel: labels.get(a) ?? a, bLabel: labels.get(b) ?? b,
    events: events.size, dated: dates.length, undated: events.size - dates.length,
    first: dates[0] ?? null, last: dates.at(-1) ?? null,
    meanGoldstein: scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : null,
  };
}

interface Candidate { a: string; b: string; dated: number; all: number }

/** Unordered pairs of distinct nodes with the summed edge counts of both directions, all and dated only. */
function candidates(nodes: NetworkNode[], all: Map<string, number>, dated: Map<string, number>): Candidate[] {
  const label = new Map(nodes.map((n) => [n.id, n.label.toLowerCase()]));
  const out: Candidate[] = [];
  for (const [key, count] of all) {
    const [a, b] = key.split('\u0000') as [string, string];
    if (a === b || label.get(a) === label.get(b)) continue;
    out.push({ a, b, all: count, dated: dated.get(key) ?? 0 });
  }
  return out.sort((x, y) => y.dated - x.dated || y.all - x.all || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

function pairCounts(edges: { source: string; target: string; count: number }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + e.count);
  }
  return counts;
}

const rank = (x: Dyad, y: Dyad) => y.dated - x.dated || y.events - x.events || x.aLabel.localeCompare(y.aLabel) || x.bLabel.localeCompare(y.bLabel);

/**
 * The `limit` busiest pairs. The network's edge counts bound each pair's counts from above (an event is on
 * at least one of the pair's two edges), so pairs are counted exactly in that order until none left can
 * enter the top `limit`.
 */
export async function busiestDyads(store: Store, limit: number, actor?: string): Promise<Dyad[]> {
  const [all, dated] = await Promise.all([store.network({ kind: 'events' }), store.network({ kind: 'events', from: '0001-01-01' })]);
  const labels = new Map(all.nodes.map((n) => [n.id, n.label]));
  const top: Dyad[] = [];
  for (const c of candidates(all.nodes, pairCounts(all.edges), pairCounts(dated.edges))) {
    if (actor && c.a !== actor && c.b !== actor) continue;
    const worst = top.length === limit ? top.at(-1)! : null;
    if (worst && (c.dated < worst.dated || (c.dated === worst.dated && c.all < worst.events))) break;
    top.push(await dyadSummary(store, c.a, c.b, labels));
    top.sort(rank);
    if (top.length > limit) top.pop();
  }
  return top.filter((d) => d.events > 0);
}

export function dyadSummaryRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    return c.json({ items: await busiestDyads(deps.store, q.limit, q.actor) }, 200);
  });

  app.openapi(oneRoute, async (c) => {
    const { a, b } = c.req.valid('param');
    const labels = new Map<string, string>();
    for (const id of [a, b]) {
      const entity = id.startsWith('ent_') ? await deps.store.getEntity(id) : null;
      if (entity) labels.set(id, entity.name);
    }
    return c.json(await dyadSummary(deps.store, a, b, labels), 200);
  });
}
