import { createColumnHelper } from '@tanstack/react-table';
import { api, type EntityRow } from '../api.ts';
import { countLabel } from '../format.ts';
import { href, navigate, paramsOf } from '../router.ts';
import { useDraft } from '../use-draft.ts';
import { usePages } from '../use-pages.ts';
import { ListStatus, MoreButton, PageHead } from './common.tsx';
import { DataTable } from './data-table.tsx';

const FILTERS = ['q', 'type', 'country'] as const;
export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'LAW', 'MISC'] as const;

const col = createColumnHelper<EntityRow>();
const dash = <span className="muted">—</span>;
const columns = [
  col.accessor('name', {
    header: 'Name',
    cell: (info) => <a href={href(`/entity/${info.row.original.id}`)} data-entity-link={info.row.original.id}>{info.getValue()}</a>,
  }),
  col.accessor('type', { header: 'Type', cell: (info) => <><span className={`type-dot type-${info.getValue()}`} aria-hidden="true" /> {info.getValue()}</> }),
  col.accessor((e) => e.country ?? '', { id: 'country', header: 'Country', cell: (info) => info.getValue() || dash }),
  col.accessor((e) => e.actorCode ?? '', { id: 'code', header: 'Actor code', cell: (info) => (info.getValue() ? <code>{info.getValue()}</code> : dash) }),
  col.accessor((e) => e.aliases.join(', '), { id: 'aliases', header: 'Also written', enableSorting: false, cell: (info) => info.getValue() || dash }),
  col.accessor('articles', { header: 'Articles', meta: { numeric: true } }),
  col.accessor('mentions', { header: 'Mentions', meta: { numeric: true } }),
  col.accessor('quotes', { header: 'Quotes by', meta: { numeric: true } }),
];

/** People, organisations and places across the corpus, most mentioned first. */
export function EntitiesPage({ params }: { params: URLSearchParams }) {
  const applied = paramsOf(params, FILTERS);
  const [draft, set] = useDraft(applied);
  const list = usePages((cursor) => api.entities(applied, cursor), JSON.stringify(applied));
  const filtered = FILTERS.some((f) => applied[f]);
  return (
    <div>
      <PageHead title="Entities" count={list.loading && list.rows.length === 0 ? null : countLabel(list.rows.length, list.hasMore, 'entity', list.total, 'entities')} />
      <form className="filters" role="search" aria-label="entities" onSubmit={(e) => { e.preventDefault(); navigate('/entities', { ...draft, country: draft.country.toUpperCase() }); }}>
        <input type="search" aria-label="name or alias" placeholder="name or alias" value={draft.q} onChange={(e) => set('q', e.target.value)} />
        <label>type{' '}
          <select value={draft.type} onChange={(e) => set('type', e.target.value)}>
            <option value="">any</option>
            {ENTITY_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
        <input aria-label="country (ISO-3)" placeholder="country, e.g. RUS" size={14} maxLength={3} value={draft.country} onChange={(e) => set('country', e.target.value)} />
        <button type="submit" className="primary">Search</button>
        {filtered && <a href={href('/entities')}>clear</a>}
      </form>
      <ListStatus loading={list.loading} error={list.error} rows={list.rows.length} empty={filtered ? 'No entity matches.' : 'The corpus has no entities yet.'} />
      <DataTable rows={list.rows} columns={columns} label="entities" rowKey={(e) => e.id} />
      <MoreButton {...list} />
    </div>
  );
}
