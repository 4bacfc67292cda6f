import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState } from 'react';
import { resolveActor } from '../actors.ts';
import { api, type Dyad, type EventRow } from '../api.ts';
import { plural, signed } from '../format.ts';
import { navigate, paramsOf, replace } from '../router.ts';
import { cssColor, toneColor, toneOf } from '../theme.ts';
import { chooseScale, MIN_PERIODS, periodLabel, spanDays, tickStarts, toPeriods, type Period, type Scale } from '../timeline-scale.ts';
import { useArticleNames } from '../use-article-names.ts';
import { useAsync } from '../use-async.ts';
import { useDraft } from '../use-draft.ts';
import { ListStatus, PageHead } from './common.tsx';
import { DataTable } from './data-table.tsx';
import { eventColumns, eventDetail, eventKey } from './event-table.tsx';

const SCALE_NAMES: Record<Scale, [string, string]> = { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] };

const dyadLabel = (d: Dyad) => `${d.aLabel} ↔ ${d.bLabel}`;

/**
 * Volume and tone over time of the events between two actors. With no pair named it opens on the busiest pair
 * of distinct actors (of one actor, when only `a` is named); undated events are counted apart.
 */
export function TimelinePage({ params }: { params: URLSearchParams }) {
  const { a, b } = paramsOf(params, ['a', 'b'] as const);
  const busiest = useAsync(() => api.dyads(10, a && !b ? a : null), [a && !b ? a : '']);
  useEffect(() => {
    if ((a && b) || busiest.state !== 'done') return;
    const top = busiest.value.items[0];
    if (top) replace('/timeline', { a: top.a, b: top.b });
  }, [a, b, busiest]);
  const [draft, set] = useDraft({ a, b });
  const [lookup, setLookup] = useState<string | null>(null);
  const pairs = busiest.state === 'done' ? busiest.value.items : [];
  // Names become entity ids (codes and ids pass as they are); a name that is unknown or means several says so.
  async function show() {
    const [x, y] = await Promise.all([resolveActor(draft.a.trim()), resolveActor(draft.b.trim())]);
    const problems = ([[draft.a, x], [draft.b, y]] as const).flatMap(([text, r]) => {
      if (r.state === 'ok') return [];
      if (r.state === 'choose') return [`“${text}” names several actors (${r.choices.slice(0, 5).map((e) => e.name).join(', ')}…): give one of their ids or codes`];
      return [text ? `no actor is named “${text}”` : 'name two actors'];
    });
    setLookup(problems.length ? `${problems.join('; ')}.` : null);
    if (x.state === 'ok' && y.state === 'ok') navigate('/timeline', { a: x.actor, b: y.actor });
  }
  return (
    <div>
      <PageHead title="Timeline" />
      <form className="filters" aria-label="actors" onSubmit={(e) => { e.preventDefault(); void show(); }}>
        {pairs.length > 0 && (
          <label>busiest pairs{' '}
            <select className="wide" aria-label="busiest pairs" value={pairs.some((d) => d.a === a && d.b === b) ? `${a}\u0000${b}` : ''}
              onChange={(e) => { const [x, y] = e.target.value.split('\u0000'); if (x && y) navigate('/timeline', { a: x, b: y }); }}>
              <option value="">choose…</option>
              {pairs.map((d) => <option key={`${d.a}/${d.b}`} value={`${d.a}\u0000${d.b}`}>{dyadLabel(d)} · {plural(d.events, 'event')}, {d.dated} dated</option>)}
            </select>
          </label>
        )}
        <input aria-label="actor a" placeholder="name, code (RUS) or id" value={draft.a} onChange={(e) => set('a', e.target.value)} />
        <span aria-hidden="true">↔</span>
        <input aria-label="actor b" placeholder="name, code (USA) or id" value={draft.b} onChange={(e) => set('b', e.target.value)} />
        <button type="submit" className="primary">Show</button>
      </form>
      {lookup && <p className="error" role="alert">{lookup}</p>}
      {pairs[0] && pairs[0].a === a && pairs[0].b === b && (
        <p className="muted" data-testid="busiest-note">The busiest pair of distinct actors: the most events with a date, then the most events. Pick another above.</p>
      )}
      {busiest.state === 'error' && <p className="error" role="alert">{busiest.message}</p>}
      {busiest.state === 'done' && pairs.length === 0 && !(a && b) && <p className="muted">{a ? `${a} shares no event with another actor.` : 'The corpus has no events between two distinct actors yet.'}</p>}
      {a && b && <DyadTimeline a={a} b={b} />}
    </div>
  );
}

/** Both directions of the pair, each event once (the list under the charts, undated ones included). */
async function pairEvents(a: string, b: string): Promise<{ rows: EventRow[]; more: boolean }> {
  const [ab, ba] = await Promise.all([api.events({ source: a, target: b }, null, 200), api.events({ source: b, target: a }, null, 200)]);
  const rows = new Map([...ab.items, ...ba.items].map((e) => [eventKey(e), e]));
  return { rows: [...rows.values()], more: ab.next_cursor !== null || ba.next_cursor !== null };
}

function DyadTimeline({ a, b }: { a: string; b: string }) {
  const result = useAsync(() => Promise.all([api.dyad(a, b), api.timeline(a, b), pairEvents(a, b)]), [a, b]);
  const names = useArticleNames();
  const scale = result.state === 'done' && result.value[0].first ? chooseScale(result.value[0].first, result.value[0].last!) : 'day';
  const periods = useMemo(() => (result.state === 'done' ? toPeriods(result.value[1].rows, scale, MIN_PERIODS[scale]) : []), [result, scale]);
  if (result.state === 'loading') return <p className="muted">Loading…</p>;
  if (result.state === 'error') return <p className="error" role="alert">{result.message}</p>;
  const [dyad, , events] = result.value;
  const [one, many] = SCALE_NAMES[scale];
  return (
    <div data-testid="timeline" data-scale={scale} data-periods={periods.length} data-dated={dyad.dated} data-undated={dyad.undated}>
      <h2 className="dyad-title">{dyadLabel(dyad)}</h2>
      <p className="summary" data-testid="timeline-summary">
        {dyad.dated > 0
          ? <>{plural(dyad.dated, 'dated event')} {dyad.first === dyad.last ? `on ${periodLabel(dyad.first!, 'day', true)}` : `from ${periodLabel(dyad.first!, 'day', true)} to ${periodLabel(dyad.last!, 'day', true)} (${plural(spanDays(dyad.first!, dyad.last!), 'day')})`}, counted per {one}{periods.length > 1 ? `; the charts span ${plural(periods.length, one, many)}` : ''}. </>
          : <>No event between them has a date. </>}
        {dyad.undated > 0
          ? <span data-testid="undated-note">{plural(dyad.undated, 'more event')} {dyad.undated === 1 ? 'is' : 'are'} undated (no date in the text and no publication date): counted here, not placed on the time axis, and listed below.</span>
          : dyad.events > 0 ? 'Every event between them is dated.' : ''}
        {dyad.meanGoldstein !== null && <> Mean Goldstein over all {plural(dyad.events, 'event')}: <b style={{ color: toneColor(toneOf(dyad.meanGoldstein, 'event')) }}>{signed(dyad.meanGoldstein)}</b>.</>}
      </p>
      {periods.length > 0 && (
        <div className="charts">
          <Chart periods={periods} kind="volume" caption={`Events per ${one}`} />
          <Chart periods={periods} kind="tone" caption={`Mean Goldstein per ${one} (−10 hostile … +10 cooperative)`} />
        </div>
      )}
      {periods.length > 0 && <PeriodTable periods={periods} scale={scale} />}
      <h3>Events between them</h3>
      {events.more && <p className="note">The first 200 events of each direction.</p>}
      <ListStatus loading={false} error={null} rows={events.rows.length} empty="None." />
      <DataTable rows={events.rows} columns={eventColumns(names)} label="events between them" rowKey={eventKey} detail={eventDetail} />
    </div>
  );
}

function PeriodTable({ periods, scale }: { periods: Period[]; scale: Scale }) {
  const shown = periods.filter((p) => p.count > 0);
  return (
    <details className="period-table">
      <summary>Counts and mean Goldstein per {scale} ({plural(shown.length, scale)} with events)</summary>
      <div className="table-wrap">
        <table className="data-table" aria-label="periods">
          <thead><tr><th>{scale === 'week' ? 'Week' : 'Period'}</th><th className="num">Events</th><th className="num">Mean Goldstein</th></tr></thead>
          <tbody>
            {shown.map((p) => <tr key={p.start}><td>{p.label}</td><td className="num">{p.count}</td><td className="num">{signed(p.meanGoldstein, 2)}</td></tr>)}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** One chart over the periods; the x axis is a band per period, labelled by `periodLabel`, never by hour. */
function Chart({ periods, kind, caption }: { periods: Period[]; kind: 'volume' | 'tone'; caption: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setWidth(box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (!ref.current || width === 0) return;
    const labels = new Map(periods.map((p) => [p.start, p.label]));
    const x = { type: 'band' as const, domain: periods.map((p) => p.start), ticks: tickStarts(periods, width), tickFormat: (d: string) => labels.get(d) ?? '', label: null, padding: 0.15 };
    const common = { width, height: kind === 'volume' ? 200 : 220, marginLeft: 48, marginBottom: 32, x, style: { fontSize: '12px' } };
    const scored = periods.filter((p) => p.meanGoldstein !== null);
    const chart = kind === 'volume'
      ? Plot.plot({
        ...common,
        y: { label: 'events', grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
        marks: [
          Plot.barY(periods, { x: 'start', y: 'count', fill: cssColor('--accent'), title: (p: Period) => `${p.label}: ${plural(p.count, 'event')}` }),
          Plot.ruleY([0]),
        ],
      })
      : Plot.plot({
        ...common,
        y: { label: 'mean Goldstein', domain: [-10, 10], grid: true },
        marks: [
          Plot.ruleY([0], { stroke: cssColor('--muted') }),
          Plot.line(scored, { x: 'start', y: 'meanGoldstein', stroke: cssColor('--border-strong') }),
          Plot.dot(scored, {
            x: 'start', y: 'meanGoldstein', r: 5, fill: (p: Period) => toneColor(toneOf(p.meanGoldstein, 'event')),
            title: (p: Period) => `${p.label}: mean Goldstein ${signed(p.meanGoldstein, 2)} over ${plural(p.count, 'event')}`,
          }),
        ],
      });
    ref.current.replaceChildren(chart);
    return () => chart.remove();
  }, [periods, kind, width]);
  return (
    <figure className="chart" data-chart={kind}>
      <figcaption>{caption}</figcaption>
      <div ref={ref} className="chart-box" />
    </figure>
  );
}
