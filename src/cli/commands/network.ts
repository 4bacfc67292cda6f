import { csvColumns, write, writeRecords } from '../../export/records.ts';
import { z } from 'zod';
import { NetworkEdgeSchema, type Network, type NetworkEdge } from '../../store/rows.ts';
import { DATE_FLAGS, DateFlagsSchema, dateQuery, queryCommand, QueryFlagsSchema, resultLimit, undatedLeftOut } from './store-flags.ts';

const USAGE = `newsgraph network [--kind events|quotes|both] [--from DATE] [--to DATE] [--include-undated] [--min-count N]
                  [--db FILE] [--format text|json|jsonl|csv] [--limit N | --all]

The actor graph, heaviest edges first: who acts on whom (events: count, mean Goldstein) and who speaks about
whom (quotes: count, mean stance). json prints {nodes, edges}; jsonl and csv print one edge per line with the
node labels. --limit keeps the heaviest edges (and their nodes). For Gephi use \`newsgraph export --format gexf\`.`;

type LabelledEdge = NetworkEdge & { sourceLabel: string; targetLabel: string };

/** Heaviest first; ties by labels, so the order is the same on every run. */
function byWeight(a: LabelledEdge, b: LabelledEdge): number {
  return b.count - a.count || a.sourceLabel.localeCompare(b.sourceLabel) || a.targetLabel.localeCompare(b.targetLabel) || a.kind.localeCompare(b.kind);
}

export const networkCommand = queryCommand({
  name: 'network',
  usage: USAGE,
  options: { kind: { type: 'string' }, ...DATE_FLAGS, 'min-count': { type: 'string' } },
  schema: QueryFlagsSchema.extend(DateFlagsSchema.shape).extend({
    kind: z.enum(['events', 'quotes', 'both']).default('both'),
    'min-count': z.string().regex(/^[1-9]\d*$/, 'expected a positive whole number').transform(Number).default(1),
  }),
  async query(flags, positionals, store) {
    const dates = dateQuery(flags);
    const net = await store.network({ kind: flags.kind, ...dates, minCount: flags['min-count'] });
    const labels = new Map(net.nodes.map((n) => [n.id, n.label]));
    const edges: LabelledEdge[] = net.edges
      .map((e) => ({ ...e, sourceLabel: labels.get(e.source) ?? e.source, targetLabel: labels.get(e.target) ?? e.target }))
      .sort(byWeight)
      .slice(0, resultLimit(flags));
    const kept: Network = {
      nodes: net.nodes.filter((n) => edges.some((e) => e.source === n.id || e.target === n.id)),
      edges: edges.map(({ sourceLabel, targetLabel, ...e }) => e),
    };
    const undatedOnly = async () => (flags.kind !== 'quotes' ? await store.countEvents({ undated: true }) : 0)
      + (flags.kind !== 'events' ? await store.countQuotes({ undated: true }) : 0);
    const columns = [...csvColumns(NetworkEdgeSchema), 'sourceLabel', 'targetLabel'];
    return {
      rows: edges,
      columns,
      text: (e: LabelledEdge) => `${e.sourceLabel} → ${e.targetLabel}  ${e.kind === 'event' ? 'acts on' : 'speaks of'}  ×${e.count}`
        + `${e.tone === null ? '' : `  tone ${e.tone > 0 ? '+' : ''}${e.tone.toFixed(2)}`}`,
      noun: 'edges',
      async write(out, format) {
        if (format === 'json') await write(out, `${JSON.stringify(kept, null, 2)}\n`);
        else await writeRecords(out, edges, format, columns);
      },
      count: async () => ({
        total: net.edges.length,
        undated: await undatedLeftOut(dates, undatedOnly),
        undatedNoun: flags.kind === 'events' ? 'events' : flags.kind === 'quotes' ? 'quotes' : 'events and quotes',
      }),
    };
  },
});
