import { createColumnHelper } from '@tanstack/react-table';
import { api, type ArticleRow } from '../api.ts';
import { href } from '../router.ts';
import { usePages } from '../use-pages.ts';
import { DataTable } from './data-table.tsx';

const col = createColumnHelper<ArticleRow>();
const columns = [
  col.accessor((a) => a.title ?? a.name ?? a.id.slice(0, 12), {
    id: 'title',
    header: 'Article',
    cell: (info) => <a href={href(`/article/${info.row.original.id}`)}>{info.getValue()}</a>,
  }),
  col.accessor('published', { header: 'Published', cell: (info) => info.getValue() ?? '—' }),
  col.accessor('source', { header: 'Source', cell: (info) => info.getValue() ?? '—' }),
  col.accessor('quotes', { header: 'Quotes' }),
  col.accessor('events', { header: 'Events' }),
  col.accessor('mentions', { header: 'Mentions' }),
  col.accessor('messages', { header: 'Messages' }),
];

export function ArticlesPage() {
  const { rows, loading, error, hasMore, more } = usePages((cursor) => api.articles(cursor), 'articles');
  return (
    <div>
      <h2>Articles</h2>
      {error && <p className="error">{error}</p>}
      {!loading && rows.length === 0 && !error && (
        <p className="muted">The corpus is empty: add articles with <code>newsgraph ingest</code>, or <a href={href('/analyze')}>analyze one</a> without storing it.</p>
      )}
      <DataTable rows={rows} columns={columns} label="articles" />
      {hasMore && <button onClick={() => void more()} disabled={loading}>More</button>}
    </div>
  );
}
