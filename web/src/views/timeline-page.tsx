import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';
import { api, type TimelineRow } from '../api.ts';
import { navigate } from '../router.ts';
import { toneColor } from '../tone.ts';
import { useAsync } from '../use-async.ts';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Volume and tone per week of the events between two actors. */
export function TimelinePage({ params }: { params: URLSearchParams }) {
  const a = params.get('a');
  const b = params.get('b');
  const network = useAsync(() => api.network('events'), []);
  const nodes = network.state === 'done' ? network.value.nodes : [];
  const label = (id: string) => nodes.find((n) => n.id === id)?.label ?? id;

  // With no dyad named, open the busiest one.
  useEffect(() => {
    if ((a && b) || network.state !== 'done') return;
    const top = [...network.value.edges].sort((x, y) => y.count - x.count)[0];
    if (top) navigate('/timeline', { a: top.source, b: top.target });
  }, [a, b, network]);

  const [draft, setDraft] = useState({ a: a ?? '', b: b ?? '' });
  useEffect(() => setDraft({ a: a ?? '', b: b ?? '' }), [a, b]);

  return (
    <div>
      <h2>Dyad timeline{a && b ? `: ${label(a)} ↔ ${label(b)}` : ''}</h2>
      <form className="filters" onSubmit={(e) => { e.preventDefault(); navigate('/timeline', draft); }}>
        <input aria-label="actor a" list="actors" placeholder="actor code or entity" value={draft.a} onChange={(e) => setDraft({ ...draft, a: e.target.value })} />
        <span>↔</span>
        <input aria-label="actor b" list="actors" placeholder="actor code or entity" value={draft.b} onChange={(e) => setDraft({ ...draft, b: e.target.value })} />
        <datalist id="actors">{nodes.map((n) => <option key={n.id} value={n.id}>{n.label}</option>)}</datalist>
        <button type="submit">Show</button>
      </form>
      {network.state === 'done' && network.value.edges.length === 0 && !(a && b) && <p className="muted">The corpus has no coded events yet.</p>}
      {a && b && <DyadCharts a={a} b={b} />}
    </div>
  );
}

function DyadCharts({ a, b }: { a: string; b: string }) {
  const result = useAsync(() => api.timeline(a, b), [a, b]);
  if (result.state === 'loading') return <p className="muted">Loading…</p>;
  if (result.state === 'error') return <p className="error">{result.message}</p>;
  const rows = result.value.rows;
  if (rows.length === 0) return <p className="muted">No events between these two actors.</p>;
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <div data-testid="timeline" data-weeks={rows.length}>
      <p className="muted">{total} events over {rows.length} weeks.</p>
      <Chart rows={rows} kind="volume" />
      <Chart rows={rows} kind="tone" />
    </div>
  );
}

function Chart({ rows, kind }: { rows: TimelineRow[]; kind: 'volume' | 'tone' }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const data = rows.map((r) => {
      const start = new Date(`${r.period}T00:00:00Z`);
      return { ...r, start, end: new Date(start.getTime() + WEEK_MS), mid: new Date(start.getTime() + WEEK_MS / 2) };
    });
    // Both charts share the x domain, so a week sits at the same place in each.
    const domain = [data[0]!.start, data.at(-1)!.end];
    const common = { width: Math.min(1000, ref.current?.clientWidth || 900), height: 220, marginLeft: 50, x: { type: 'utc' as const, label: 'week', domain } };
    const chart = kind === 'volume'
      ? Plot.plot({
        ...common,
        y: { label: 'events', grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
        marks: [Plot.rectY(data, { x1: 'start', x2: 'end', y: 'count', fill: '#4a6fa5', inset: 1, title: (d: (typeof data)[number]) => `${d.period}: ${d.count} events` }), Plot.ruleY([0])],
      })
      : Plot.plot({
        ...common,
        y: { label: 'mean Goldstein', domain: [-10, 10], grid: true },
        marks: [
          Plot.ruleY([0], { stroke: '#888' }),
          Plot.line(data.filter((d) => d.meanGoldstein !== null), { x: 'mid', y: 'meanGoldstein', stroke: '#888' }),
          Plot.dot(data.filter((d) => d.meanGoldstein !== null), {
            x: 'mid', y: 'meanGoldstein', r: 5, fill: (d: (typeof data)[number]) => toneColor(d.meanGoldstein, 'event'),
            title: (d: (typeof data)[number]) => `${d.period}: mean Goldstein ${d.meanGoldstein?.toFixed(2)}`,
          }),
        ],
      });
    ref.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [rows, kind]);
  return (
    <figure className="chart" data-chart={kind}>
      <figcaption>{kind === 'volume' ? 'Events per week' : 'Tone per week (mean Goldstein, −10 hostile … +10 cooperative)'}</figcaption>
      <div ref={ref} />
    </figure>
  );
}
