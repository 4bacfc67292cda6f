import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { NetworkNodeSchema, type Network } from '../../store/rows.ts';
import type { Api, ServerDeps } from '../context.ts';
import { DateParam } from '../params.ts';
import { problemContent } from '../problem.ts';
import { NetworkEdgeRef } from '../schemas.ts';

const SizedNodeSchema = NetworkNodeSchema.extend({
  mentions: z.number().int().nonnegative().describe('mentions of the entity across articles; for a bare actor code, the events and quotes it takes part in'),
}).meta({ id: 'NetworkNode' });
const SizedNetworkSchema = z.object({ nodes: z.array(SizedNodeSchema), edges: z.array(NetworkEdgeRef) });

const networkRoute = createRoute({
  method: 'get',
  path: '/v1/network',
  tags: ['network'],
  summary: 'Actor network: who acts on or speaks about whom, with counts and mean tone',
  request: {
    query: z.object({
      kind: z.enum(['events', 'quotes', 'both']).default('both'),
      from: DateParam.optional(),
      to: DateParam.optional(),
      min_count: z.coerce.number().int().min(1).max(1_000_000).default(1).describe('drop edges seen fewer times'),
    }),
  },
  responses: {
    200: { description: 'nodes and edges', content: { 'application/json': { schema: SizedNetworkSchema } } },
    400: problemContent('a query parameter is invalid'),
  },
});

/** Size each node by its entity's mentions; actor codes without an entity by the edges they are on. */
async function sized(deps: ServerDeps, network: Network) {
  const touching = new Map<string, number>();
  for (const e of network.edges) {
    touching.set(e.source, (touching.get(e.source) ?? 0) + e.count);
    touching.set(e.target, (touching.get(e.target) ?? 0) + e.count);
  }
  const nodes = await Promise.all(network.nodes.map(async (node) => {
    const entity = await deps.store.getEntity(node.id);
    return { ...node, mentions: entity?.mentions ?? touching.get(node.id) ?? 0 };
  }));
  return { nodes, edges: network.edges };
}

export function networkRoutes(app: Api, deps: ServerDeps): void {
  app.openapi(networkRoute, async (c) => {
    const q = c.req.valid('query');
    const network = await deps.store.network({ kind: q.kind, from: q.from, to: q.to, minCount: q.min_count });
    return c.json(await sized(deps, network), 200);
  });
}
