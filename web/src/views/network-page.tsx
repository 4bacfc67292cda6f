import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { api, type NetworkEdge, type SizedNode } from '../api.ts';
import { plural, signed } from '../format.ts';
import { href, navigate, paramsOf } from '../router.ts';
import { toneColor, toneOf } from '../theme.ts';
import { useAsync } from '../use-async.ts';
import { PageHead } from './common.tsx';
import { DataTable } from './data-table.tsx';
import { NetworkGraph, type Pair } from './network-graph.tsx';

type Kind = 'both' | 'events' | 'quotes';
const KINDS: Kind[] = ['both', 'events', 'quotes'];
const LEGEND_TYPES: [string, string][] = [['PERSON', 'person'], ['ORG', 'organisation'], ['GPE', 'country or city'], ['NORP', 'nationality or group'], ['ACTOR', 'actor code']];

type Row = NetworkEdge & { sourceLabel: string; targetLabel: string };

/** One line per pair of distinct actors; an actor acting on or speaking about itself is no link here. */
export function pairsOf(edges: NetworkEdge[]): Pair[] {
  const pairs = new Map<string, Pair & { toned: number; toneSum: number }>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    const [a, b] = [e.source, e.target].sort() as [string, string];
    const key = `${a}\u0000${b}`;
    const p = pairs.get(key) ?? { a, b, count: 0, events: 0, quotes: 0, tone: null, toned: 0, toneSum: 0 };
    p.count += e.count;
    if (e.kind === 'event') p.events += e.count;
    else p.quotes += e.count;
    const tone = toneOf(e.tone, e.kind);
    if (tone !== null) {
      p.toned += e.count;
      p.toneSum += tone * e.count;
    }
    p.tone = p.toned ? p.toneSum / p.toned : null;
    pairs.set(key, p);
  }
  return [...pairs.values()].map(({ toned: _, toneSum: __, ...p }) => p);
}

const col = createColumnHelper<Row>();
const focusLink = (id: string, label: string, kind: Kind) => <a href={href('/network', { kind, focus: id })} data-focus={id}>{label}</a>;
function columns(kind: Kind) {
  return [
    col.accessor('sourceLabel', { header: 'Source', cell: (info) => focusLink(info.row.original.source, info.getValue(), kind) }),
    col.accessor('kind', { header: 'Link', cell: (info) => (info.getValue() === 'event' ? 'acts on' : 'speaks about') }),
    col.accessor('targetLabel', { header: 'Target', cell: (info) => focusLink(info.row.original.target, info.getValue(), kind) }),
    col.accessor('count', { header: 'Count', meta: { numeric: true } }),
    col.accessor((r) => r.tone ?? -99, {
      id: 'tone',
      header: 'Tone',
      meta: { numeric: true },
      cell: (info) => {
        const r = info.row.original;
        return <span className="tone" style={{ color: toneColor(toneOf(r.tone, r.kind)) }}>{r.kind === 'event' ? signed(r.tone) : signed(r.tone, 2)}</span>;
      },
    }),
    col.display({
      id: 'more',
      header: '',
      cell: (info) => {
        const r = info.row.original;
        return r.kind === 'event'
          ? <a href={href('/timeline', { a: r.source, b: r.target })}>timeline</a>
          : <a href={href('/quotes', { speaker: r.source, about: r.target })}>quotes</a>;
      },
    }),
  ];
}

/** The node a typed name stands for: an id as it is, else the node of that label. */
function nodeFor(nodes: SizedNode[], text: string): SizedNode | undefined {
  const t = text.trim().toLowerCase();
  return nodes.find((n) => n.id.toLowerCase() === t) ?? nodes.find((n) => n.label.toLowerCase() === t);
}

/** Who acts on or speaks about whom: the graph, a legend, the focused actor's neighbours, and every link. */
export function NetworkPage({ params }: { params: URLSearchParams }) {
  const { kind: rawKind, focus: rawFocus } = paramsOf(params, ['kind', 'focus'] as const);
  const kind: Kind = KINDS.includes(rawKind as Kind) ? (rawKind as Kind) : 'both';
  const focus = rawFocus || null;
  const result = useAsync(() => api.network(kind), [kind]);
  const network = result.state === 'done' ? result.value : null;
  const [pick, setPick] = useState('');

  const labels = useMemo(() => new Map(network?.nodes.map((n) => [n.id, n.label]) ?? []), [network]);
  const pairs = useMemo(() => pairsOf(network?.edges ?? []), [network]);
  const selfLinks = network?.edges.filter((e) => e.source === e.target).length ?? 0;
  const linked = useMemo(() => new Set(pairs.flatMap((p) => [p.a, p.b])), [pairs]);
  // An actor seen only acting on itself has no line to draw.
  const nodes = useMemo(() => network?.nodes.filter((n) => linked.has(n.id)) ?? [], [network, linked]);
  const rows: Row[] = useMemo(() => (network?.edges ?? [])
    .filter((e) => e.source !== e.target && (!focus || e.source === focus || e.target === focus))
    .map((e) => ({ ...e, sourceLabel: labels.get(e.source) ?? e.source, targetLabel: labels.get(e.target) ?? e.target }))
    .sort((a, b) => b.count - a.count || a.sourceLabel.localeCompare(b.sourceLabel)), [network, focus, labels]);
  const node = focus ? network?.nodes.find((n) => n.id === focus) : undefined;
  const neighbours = useMemo(() => (focus ? pairs.filter((p) => p.a === focus || p.b === focus)
    .map((p) => ({ id: p.a === focus ? p.b : p.a, pair: p })).sort((x, y) => y.pair.count - x.pair.count) : []), [pairs, focus]);
  const setFocus = (id: string | null) => navigate('/network', { kind, focus: id });

  return (
    <div>
      <PageHead title="Network" count={network ? `${plural(nodes.length, 'actor')} · ${plural(pairs.length, 'pair')} linked` : null} />
      <div className="filters">
        <fieldset className="segmented">
          <legend className="visually-hidden">Links to draw</legend>
          {KINDS.map((k) => (
            <label key={k}><input type="radio" name="kind" checked={kind === k} onChange={() => navigate('/network', { kind: k, focus })} /> {k === 'both' ? 'events and quotes' : k}</label>
          ))}
        </fieldset>
        <form className="inline" role="search" aria-label="focus an actor" onSubmit={(e) => { e.preventDefault(); const n = network && nodeFor(network.nodes, pick); if (n) setFocus(n.id); }}>
          <input list="network-actors" aria-label="focus on actor" placeholder="focus on an actor…" value={pick} onChange={(e) => setPick(e.target.value)} />
          <datalist id="network-actors">{nodes.map((n) => <option key={n.id} value={n.label} />)}</datalist>
          <button type="submit">Focus</button>
        </form>
        {focus && <button type="button" onClick={() => setFocus(null)}>Show everyone</button>}
      </div>
      {result.state === 'loading' && <p className="muted">Loading the network…</p>}
      {result.state === 'error' && <p className="error" role="alert">{result.message}</p>}
      {network && nodes.length === 0 && <p className="muted">No links yet: the corpus has no events or attributed quotes between two actors.</p>}
      {network && nodes.length > 0 && (
        <div className="network-layout" onKeyDown={(e) => e.key === 'Escape' && focus && setFocus(null)}>
          <NetworkGraph nodes={nodes} pairs={pairs} focus={focus} onFocus={setFocus} />
          <aside className="side-panel" data-testid="network-panel" aria-label="network details">
            {node ? (
              <section>
                <h2>{node.label}</h2>
                <p className="muted">{node.type ?? 'actor'}{node.country ? ` · ${node.country}` : ''} · {plural(node.mentions, 'mention')}</p>
                <p>
                  {node.id.startsWith('ent_') && <><a href={href(`/entity/${node.id}`)}>Entity page</a> · </>}
                  <a href={href('/quotes', { speaker: node.id })}>quotes by</a> · <a href={href('/quotes', { about: node.id })}>about</a> · <a href={href('/events', { actor: node.id })}>events</a>
                </p>
                <h3>Linked to {plural(neighbours.length, 'actor')}</h3>
                <ul className="neighbours">
                  {neighbours.map(({ id, pair }) => (
                    <li key={id}>
                      <a href={href('/network', { kind, focus: id })}>{labels.get(id) ?? id}</a>{' '}
                      <span className="muted">×{pair.count}{pair.events && pair.quotes ? ` (${pair.events} events, ${pair.quotes} quotes)` : ''}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : (
              <section>
                <h2>Reading the picture</h2>
                <p className="muted">Click an actor (or type one above) to zoom to it and its neighbours; Escape or a click on the background shows everyone.</p>
              </section>
            )}
            <Legend selfLinks={selfLinks} />
          </aside>
        </div>
      )}
      {network && rows.length > 0 && (
        <>
          <h2 className="section-title">{focus && node ? `Links of ${node.label}` : 'Every link'} <span className="count">{plural(rows.length, 'link')}</span></h2>
          <DataTable rows={rows} columns={columns(kind)} label="links" rowKey={(r) => `${r.source}/${r.target}/${r.kind}`} />
        </>
      )}
    </div>
  );
}

function Legend({ selfLinks }: { selfLinks: number }) {
  return (
    <section className="legend-box" data-testid="network-legend">
      <h3>Legend</h3>
      <ul className="legend-list">
        {LEGEND_TYPES.map(([type, name]) => <li key={type}><span className={`type-dot type-${type}`} aria-hidden="true" /> {name}</li>)}
      </ul>
      <p>Node size: mentions in the corpus.</p>
      <p>Line width: events and quotes between the two, both directions (the count is written on a focused actor's lines).</p>
      <p>Line colour: mean tone (Goldstein of events, stance of quotes).</p>
      <ul className="legend-list">
        {([[-1, 'hostile'], [0, 'neutral'], [1, 'cooperative'], [null, 'unknown']] as const).map(([tone, name]) => (
          <li key={name}><span className="swatch" style={{ background: toneColor(tone) }} aria-hidden="true" /> {name}</li>
        ))}
      </ul>
      {selfLinks > 0 && <p className="muted" data-testid="self-links">{plural(selfLinks, 'self-link')} (an actor acting on or speaking about itself) not drawn.</p>}
    </section>
  );
}
