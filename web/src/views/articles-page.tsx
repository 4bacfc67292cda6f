import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { api, type ArticleHit, type ArticleRow, type Page } from '../api.ts';
import { articleLabel, countLabel, dateLabel, shortId } from '../format.ts';
import { href, navigate, paramsOf } from '../router.ts';
import { queryTerms, termRanges } from '../text-match.ts';
import { useDraft } from '../use-draft.ts';
import { usePages } from '../use-pages.ts';
import { DataTable } from './data-table.tsx';
import { DateNote, ListStatus, Marked, MoreButton, PageHead } from './common.tsx';

const FILTERS = ['q', 'from', 'to', 'copies'] as const;
type Row = ArticleRow & Partial<Pick<ArticleHit, 'hits' | 'snippet'>>;

const col = createColumnHelper<Row>();
const count = (key: 'mentions' | 'quotes' | 'events' | 'messages', header: string) =>
  col.accessor(key, { header, meta: { numeric: true } });

function columns(q: string): ColumnDef<Row, any>[] {
  const terms = queryTerms(q);
  return [
    col.accessor((a) => articleLabel(a), {
      id: 'title',
      header: 'Article',
      cell: (info) => (
        <>
          <a href={href(`/article/${info.row.original.id}`, { q: q || null })}>{info.getValue()}</a>
          <span className="short-id"> {shortId(info.row.original.id)}</span>
          {info.row.original.snippet && <div className="snippet"><Marked text={info.row.original.snippet} ranges={termRanges(info.row.original.snippet, terms)} /></div>}
        </>
      ),
    }),
    col.accessor((a) => a.published ?? '', {
      id: 'published',
      header: 'Published',
      cell: (info) => <span className={info.row.original.published ? 'nowrap' : 'undated'}>{dateLabel(info.row.original.published)}</span>,
    }),
    col.accessor((a) => a.source ?? '', { id: 'source', header: 'Source', meta: { optional: true }, cell: (info) => info.getValue() || <span className="muted">—</span> }),
    ...(q ? [col.accessor('hits', { header: 'Matches', meta: { numeric: true } })] : []),
    count('mentions', 'Mentions'),
    count('quotes', 'Quotes'),
    count('events', 'Events'),
    count('messages', 'Messages'),
  ];
}

/** The stored articles, newest first, or those whose text matches a search; filters live in the URL. */
export function ArticlesPage({ params }: { params: URLSearchParams }) {
  const applied = paramsOf(params, FILTERS);
  const [draft, set] = useDraft(applied);
  const filters = { from: applied.from, to: applied.to, include_duplicates: applied.copies === 'hide' ? 'false' : 'true' };
  const key = JSON.stringify(applied);
  const list = usePages<Row>(
    async (cursor): Promise<Page<Row>> => {
      if (!applied.q) return api.articles(filters, cursor);
      const found = await api.searchArticles({ ...filters, q: applied.q, limit: 200 });
      return { items: found.items, next_cursor: null, truncated: found.truncated };
    },
    key,
  );
  const noun = applied.q ? 'matching article' : 'article';
  return (
    <div>
      <PageHead title="Articles" count={list.loading && list.rows.length === 0 ? null : countLabel(list.rows.length, list.hasMore, noun, list.total)} />
      <form className="filters" role="search" aria-label="articles" onSubmit={(e) => { e.preventDefault(); navigate('/', draft); }}>
        <input type="search" aria-label="words in the text" placeholder="words or “a phrase”" value={draft.q} onChange={(e) => set('q', e.target.value)} />
        <label>from <input type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} /></label>
        <label>to <input type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} /></label>
        <label><input type="checkbox" checked={draft.copies === 'hide'} onChange={(e) => set('copies', e.target.checked ? 'hide' : '')} /> hide syndicated copies</label>
        <button type="submit" className="primary">Search</button>
        {(applied.q || applied.from || applied.to || applied.copies) && <a href={href('/')}>clear</a>}
      </form>
      {(applied.from || applied.to) && <DateNote what="undated articles" undated={list.undated} />}
      {list.truncated && <p className="note">More articles match than the search lists (it stops at 200 articles or 2,000 matching sentences): narrow the words or the dates.</p>}
      <ListStatus
        loading={list.loading} error={list.error} rows={list.rows.length}
        empty={applied.q || applied.from || applied.to
          ? 'No article matches.'
          : <>The corpus is empty: add articles with <code>newsgraph ingest</code>, or <a href={href('/analyze')}>analyze one</a> without storing it.</>}
      />
      <DataTable rows={list.rows} columns={columns(applied.q)} label="articles" rowKey={(a) => a.id} />
      <MoreButton {...list} />
    </div>
  );
}
