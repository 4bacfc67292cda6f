import { useEffect, useState } from 'react';
import { resolveActor, type Resolved } from '../actors.ts';
import { api, type EventRow, type Page, type Params } from '../api.ts';
import { QUAD_CLASSES, ROOTS, rootsOf } from '../cameo.ts';
import { countLabel } from '../format.ts';
import { href, navigate, paramsOf } from '../router.ts';
import { useArticleNames } from '../use-article-names.ts';
import { useDraft } from '../use-draft.ts';
import { usePages } from '../use-pages.ts';
import { DateNote, ListStatus, MoreButton, PageHead } from './common.tsx';
import { DataTable } from './data-table.tsx';
import { eventColumns, eventDetail, eventKey } from './event-table.tsx';

const FILTERS = ['actor', 'root', 'quad', 'from', 'to'] as const;

/**
 * The events of a quad class: the API filters by one root, so each of the class's roots is asked and the
 * answers merged; the cursor carries every root's own cursor (null once a root is done).
 */
async function quadPage(params: Params, quad: number, cursor: string | null): Promise<Page<EventRow>> {
  const cursors: Record<string, string | null> = cursor ? JSON.parse(cursor) : Object.fromEntries(rootsOf(quad).map((r) => [r, '']));
  const open = Object.entries(cursors).filter(([, c]) => c !== null);
  const pages = await Promise.all(open.map(async ([root, c]) => [root, await api.events({ ...params, root }, c || null)] as const));
  for (const [root, page] of pages) cursors[root] = page.next_cursor;
  const more = Object.values(cursors).some((c) => c !== null);
  return { items: pages.flatMap(([, page]) => page.items), next_cursor: more ? JSON.stringify(cursors) : null };
}

/** Events by actor (name, code or entity), CAMEO root, quad class and date; each row leads to its sentence. */
export function EventsPage({ params }: { params: URLSearchParams }) {
  const applied = paramsOf(params, FILTERS);
  const [draft, set] = useDraft(applied);
  const names = useArticleNames();
  // The resolution of the actor box as it was typed: one for an older value is never used.
  const [resolution, setResolution] = useState<{ of: string; value: Resolved } | null>(null);
  useEffect(() => {
    let current = true;
    const of = applied.actor;
    resolveActor(of).then((value) => current && setResolution({ of, value }), () => current && setResolution({ of, value: { state: 'unknown' } }));
    return () => {
      current = false;
    };
  }, [applied.actor]);
  const resolved = resolution?.of === applied.actor ? resolution.value : null;

  const actor = resolved?.state === 'ok' ? resolved.actor : undefined;
  const ready = resolved !== null && (resolved.state === 'ok' || resolved.state === 'none');
  const quad = Number(applied.quad) || 0;
  const base: Params = { actor, from: applied.from, to: applied.to };
  const list = usePages(
    (cursor) => (applied.root || !quad ? api.events({ ...base, root: applied.root }, cursor) : quadPage(base, quad, cursor)),
    ready ? JSON.stringify({ ...applied, actor }) : null,
  );
  const rootQuad = ROOTS.find((r) => r.code === applied.root)?.quadClass;
  const filtered = FILTERS.some((f) => applied[f]);

  return (
    <div>
      <PageHead title="Events" count={!ready || (list.loading && list.rows.length === 0) ? null : countLabel(list.rows.length, list.hasMore, 'event', list.total)} />
      <form className="filters" role="search" aria-label="events" onSubmit={(e) => { e.preventDefault(); navigate('/events', draft); }}>
        <input type="search" aria-label="actor" placeholder="actor: name, code (RUS) or entity id" value={draft.actor} onChange={(e) => set('actor', e.target.value)} />
        <label>CAMEO root{' '}
          <select value={draft.root} onChange={(e) => set('root', e.target.value)}>
            <option value="">any</option>
            {[1, 2, 3, 4].map((q) => (
              <optgroup key={q} label={QUAD_CLASSES[q]}>
                {ROOTS.filter((r) => r.quadClass === q).map((r) => <option key={r.code} value={r.code}>{r.code} {r.name}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <label>quad class{' '}
          <select value={draft.quad} onChange={(e) => set('quad', e.target.value)}>
            <option value="">any</option>
            {[1, 2, 3, 4].map((q) => <option key={q} value={q}>{q} {QUAD_CLASSES[q]}</option>)}
          </select>
        </label>
        <label>from <input type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} /></label>
        <label>to <input type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} /></label>
        <button type="submit" className="primary">Filter</button>
        {filtered && <a href={href('/events')}>clear</a>}
      </form>
      {resolved?.state === 'ok' && resolved.entity && (
        <p className="note" data-testid="actor-resolved">
          “{applied.actor}” is <a href={href(`/entity/${resolved.entity.id}`)}>{resolved.entity.name}</a> ({resolved.entity.type}).
          {resolved.entity.actorCode && <> Every actor coded <a href={href('/events', { ...applied, actor: resolved.entity.actorCode })}><code>{resolved.entity.actorCode}</code></a> instead.</>}
        </p>
      )}
      {resolved?.state === 'choose' && (
        <div className="note" role="alert" data-testid="actor-choices">
          “{applied.actor}” names several actors; pick one:{' '}
          {resolved.choices.map((e, i) => <span key={e.id}>{i > 0 && ', '}<a href={href('/events', { ...applied, actor: e.id })}>{e.name}</a> <span className="muted">{e.type}{e.actorCode ? ` ${e.actorCode}` : ''}</span></span>)}
        </div>
      )}
      {resolved?.state === 'unknown' && <p className="error" role="alert">No actor is named “{applied.actor}”: try a CAMEO code such as RUS or USAGOV.</p>}
      {rootQuad && quad && rootQuad !== quad ? <p className="note">Root {applied.root} is in quad class {rootQuad}, not {quad}: the quad class is set aside.</p> : null}
      {(applied.from || applied.to) && <DateNote what="undated events" undated={list.undated} />}
      {ready && <ListStatus loading={list.loading} error={list.error} rows={list.rows.length} empty={filtered ? 'No event matches.' : 'The corpus has no coded events yet.'} />}
      <DataTable rows={list.rows} columns={eventColumns(names)} label="events" rowKey={eventKey} detail={eventDetail} />
      <MoreButton {...list} />
    </div>
  );
}
