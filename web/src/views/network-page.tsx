import { createColumnHelper } from '@tanstack/react-table';
import { MultiDirectedGraph } from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { api, type NetworkEdge, type SizedNode } from '../api.ts';
import { href, navigate } from '../router.ts';
import { toneColor } from '../tone.ts';
import { useAsync } from '../use-async.ts';
import { DataTable } from './data-table.tsx';

type Kind = 'both' | 'events' | 'quotes';

// Node colours match the entity underlines of the article view.
const TYPE_COLORS: Record<string, string> = { PERSON: '#7b3fa0', GPE: '#1f8a8a', LOC: '#1f8a8a', NORP: '#1f8a8a', ORG: '#3b6ea8', LAW: '#a06a00', EVENT: '#a06a00' };
type Row = NetworkEdge & { sourceLabel: string; targetLabel: string };

const col = createColumnHelper<Row>();
const focusLink = (id: string, label: string) => <a href={href('/network', { focus: id })} data-focus={id}>{label}</a>;
const columns = [
  col.accessor('sourceLabel', { header: 'Source', cell: (info) => focusLink(info.row.original.source, info.getValue()) }),
  col.accessor('kind', { header: 'Kind', cell: (info) => (info.getValue() === 'event' ? 'acts on' : 'speaks about') }),
  col.accessor('targetLabel', { header: 'Target', cell: (info) => focusLink(info.row.original.target, info.getValue()) }),
  col.accessor('count', { header: 'Count' }),
  col.accessor('tone', {
    header: 'Tone',
    cell: (info) => {
      const tone = info.getValue();
      return tone === null ? '—' : <span style={{ color: toneColor(tone, info.row.original.kind) }}>{tone.toFixed(2)}</span>;
    },
  }),
  col.display({
    id: 'timeline',
    header: '',
    cell: (info) => info.row.original.kind === 'event'
      ? <a href={href('/timeline', { a: info.row.original.source, b: info.row.original.target })}>timeline</a>
      : <a href={href('/quotes', { speaker: info.row.original.source, about: info.row.original.target })}>quotes</a>,
  }),
];

/** Actor network: nodes sized by mentions, edges coloured by mean tone; click a node to keep its neighbourhood. */
export function NetworkPage({ params }: { params: URLSearchParams }) {
  const kind = (params.get('kind') ?? 'both') as Kind;
  const focus = params.get('focus');
  const result = useAsync(() => api.network(kind), [kind]);
  const network = result.state === 'done' ? result.value : null;

  const labels = useMemo(() => new Map(network?.nodes.map((n) => [n.id, n.label]) ?? []), [network]);
  const rows: Row[] = useMemo(() => (network?.edges ?? [])
    .filter((e) => !focus || e.source === focus || e.target === focus)
    .map((e) => ({ ...e, sourceLabel: labels.get(e.source) ?? e.source, targetLabel: labels.get(e.target) ?? e.target }))
    .sort((a, b) => b.count - a.count), [network, focus, labels]);
  const node = focus ? network?.nodes.find((n) => n.id === focus) : undefined;

  return (
    <div>
      <h2>Actor network</h2>
      <div className="filters">
        {(['both', 'events', 'quotes'] as const).map((k) => (
          <label key={k}><input type="radio" name="kind" checked={kind === k} onChange={() => navigate('/network', { kind: k, focus })} /> {k}</label>
        ))}
        {focus && <button onClick={() => navigate('/network', { kind })}>Show everyone</button>}
        <span className="muted">Node size: mentions. Edge colour: mean Goldstein (events) or stance (quotes), <span style={{ color: toneColor(-10, 'event') }}>hostile</span> to <span style={{ color: toneColor(10, 'event') }}>cooperative</span>. Click a node to filter.</span>
        <span className="muted">{Object.entries({ person: 'PERSON', place: 'GPE', organisation: 'ORG', 'law or event': 'LAW' }).map(([name, type]) => (
          <span key={type} className="swatch"><span style={{ background: TYPE_COLORS[type] }} /> {name}</span>
        ))}</span>
      </div>
      {result.state === 'loading' && <p className="muted">Loading the network…</p>}
      {result.state === 'error' && <p className="error">{result.message}</p>}
      {network && network.nodes.length === 0 && <p className="muted">No actors yet: the corpus has no events or attributed quotes.</p>}
      {network && network.nodes.length > 0 && (
        <div className="network-layout">
          <NetworkGraph nodes={network.nodes} edges={network.edges} focus={focus} onFocus={(id) => navigate('/network', { kind, focus: id })} />
          <aside className="doc-side" data-testid="network-panel">
            {node ? (
              <section>
                <h3>{node.label}</h3>
                <p className="muted">{node.type ?? 'actor'}{node.country ? ` · ${node.country}` : ''} · {node.mentions} mentions</p>
                <p><a href={href('/quotes', { speaker: node.id })}>Quotes by {node.label}</a> · <a href={href('/quotes', { about: node.id })}>about {node.label}</a></p>
              </section>
            ) : <p className="muted">{network.nodes.length} actors, {network.edges.length} links.</p>}
          </aside>
        </div>
      )}
      {network && <DataTable rows={rows.slice(0, 200)} columns={columns} label="links" />}
    </div>
  );
}

function NetworkGraph({ nodes, edges, focus, onFocus }: { nodes: SizedNode[]; edges: NetworkEdge[]; focus: string | null; onFocus: (id: string | null) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const onFocusRef = useRef(onFocus);
  onFocusRef.current = onFocus;

  const graph = useMemo(() => {
    const g = new MultiDirectedGraph();
    const maxMentions = Math.max(1, ...nodes.map((n) => n.mentions));
    for (const n of nodes) g.addNode(n.id, { label: n.label, size: 4 + 16 * Math.sqrt(n.mentions / maxMentions), color: TYPE_COLORS[n.type ?? ''] ?? '#7a8696' });
    const maxCount = Math.max(1, ...edges.map((e) => e.count));
    for (const e of edges) {
      if (!g.hasNode(e.source) || !g.hasNode(e.target) || e.source === e.target) continue;
      g.addEdge(e.source, e.target, { size: 2 + 5 * (e.count / maxCount), color: toneColor(e.tone, e.kind), type: 'arrow', label: `${e.kind} ×${e.count}` });
    }
    circular.assign(g);
    if (g.order > 1) forceAtlas2.assign(g, { iterations: 150, settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 500 } });
    return g;
  }, [nodes, edges]);

  useEffect(() => {
    if (!container.current) return;
    try {
      const renderer = new Sigma(graph, container.current, { enableEdgeEvents: true, labelRenderedSizeThreshold: 6, defaultEdgeType: 'arrow' });
      renderer.on('clickNode', ({ node }) => onFocusRef.current(node));
      renderer.on('clickStage', () => onFocusRef.current(null));
      sigma.current = renderer;
      setFailure(null);
      return () => {
        renderer.kill();
        sigma.current = null;
      };
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }, [graph]);

  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer) return;
    const keep = focus && graph.hasNode(focus) ? new Set([focus, ...graph.neighbors(focus)]) : null;
    renderer.setSetting('nodeReducer', (id, attrs) => (keep && !keep.has(id) ? { ...attrs, hidden: true } : id === focus ? { ...attrs, highlighted: true } : attrs));
    renderer.setSetting('edgeReducer', (id, attrs) => (keep && !graph.extremities(id).includes(focus!) ? { ...attrs, hidden: true } : attrs));
    renderer.refresh();
  }, [focus, graph]);

  return (
    <div className="network-graph" data-testid="network-graph" data-nodes={graph.order} data-edges={graph.size}>
      <div ref={container} className="sigma-container" />
      {failure && <p className="error">The network needs WebGL, which this browser refused: {failure}. The table below lists the links.</p>}
    </div>
  );
}
