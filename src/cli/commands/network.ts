import { z } from 'zod';
import { NetworkEdgeSchema, type NetworkEdge } from '../../store/rows.ts';
import { CalendarDateSchema } from '../../model/index.ts';
import { queryCommand, QueryFlagsSchema } from './store-flags.ts';

const USAGE = `newsgraph network [--kind events|quotes|both] [--from DATE] [--to DATE] [--min-count N] [--db FILE]
                  [--format text|json|jsonl|csv]

The actor graph: who acts on whom (events: count, mean Goldstein) and who speaks about whom (quotes: count,
mean stance). json prints {nodes, edges}; jsonl and csv print one edge per line with the node labels.
For Gephi use \`newsgraph export --format gexf\`.`;

export const networkCommand = queryCommand({
  name: 'network',
  summary: 'actor graph with edge counts and tone',
  usage: USAGE,
  options: { kind: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, 'min-count': { type: 'string' } },
  schema: QueryFlagsSchema.extend({
    kind: z.enum(['events', 'quotes', 'both']).default('both'),
    from: CalendarDateSchema.optional(), to: CalendarDateSchema.optional(),
    'min-count': z.string().regex(/^[1-9]\d*$/, 'expected a positive whole number').transform(Number).default(1),
  }),
  query(flags, positionals, store) {
    const labels = new Map<string, string>();
    const rows = (async function* () {
      const net = await store.network({ kind: flags.kind, from: flags.from, to: flags.to, minCount: flags['min-count'] });
      for (const n of net.nodes) labels.set(n.id, n.label);
      for (const e of net.edges) yield { ...e, sourceLabel: labels.get(e.source) ?? e.source, targetLabel: labels.get(e.target) ?? e.target };
    })();
    return {
      rows,
      columns: [...Object.keys(NetworkEdgeSchema.shape), 'sourceLabel', 'targetLabel'],
      text: (e: NetworkEdge & { sourceLabel: string; targetLabel: string }) =>
        `${e.sourceLabel} → ${e.targetLabel}  ${e.kind === 'event' ? 'acts on' : 'speaks of'}  ×${e.count}`
        + `${e.tone === null ? '' : `  tone ${e.tone > 0 ? '+' : ''}${e.tone.toFixed(2)}`}`,
      empty: 'no edges',
    };
  },
});
