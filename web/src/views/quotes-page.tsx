import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { api, type QuoteRow } from '../api.ts';
import { href, navigate } from '../router.ts';
import { usePages } from '../use-pages.ts';
import { DataTable } from './data-table.tsx';

const FILTERS = ['q', 'speaker', 'about', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

const col = createColumnHelper<QuoteRow>();
const columns = [
  col.accessor('published', { header: 'Date', cell: (info) => info.getValue() ?? '—' }),
  col.accessor((q) => q.speaker ?? `(${q.speakerKind})`, {
    id: 'speaker',
    header: 'Speaker',
    cell: (info) => {
      const q = info.row.original;
      const by = q.speakerEntity ?? q.speaker;
      return by ? <a href={href('/quotes', { speaker: by })}>{info.getValue()}</a> : info.getValue();
    },
  }),
  col.accessor('content', {
    header: 'Quote',
    enableSorting: false,
    cell: (info) => {
      const q = info.row.original;
      return (
        <a className="quote-link" data-quote-link={q.id} href={href(`/article/${q.article}`, { quote: q.id })}>
          “{info.getValue()}”
        </a>
      );
    },
  }),
  col.accessor('cue', { header: 'Cue', cell: (info) => info.getValue() ?? '—' }),
  col.accessor('type', { header: 'Type' }),
  col.accessor((q) => q.title ?? q.article.slice(0, 10), {
    id: 'article',
    header: 'Article',
    cell: (info) => <a href={href(`/article/${info.row.original.article}`, { quote: info.row.original.id })}>{info.getValue()}</a>,
  }),
];

/** Quote search; every filter lives in the URL, so a search can be linked to. */
export function QuotesPage({ params }: { params: URLSearchParams }) {
  const applied = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Filters;
  const [draft, setDraft] = useState<Filters>(applied);
  const key = FILTERS.map((f) => applied[f]).join('\u0000');
  const { rows, loading, error, hasMore, more } = usePages((cursor) => api.quotes(applied, cursor), key);

  return (
    <div>
      <h2>Quotes</h2>
      <form className="filters" role="search" onSubmit={(e) => { e.preventDefault(); navigate('/quotes', draft); }}>
        <input aria-label="search quotes" placeholder="words or “a phrase”" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        <input aria-label="speaker" placeholder="speaker" value={draft.speaker} onChange={(e) => setDraft({ ...draft, speaker: e.target.value })} />
        <input aria-label="about" placeholder="about (entity)" value={draft.about} onChange={(e) => setDraft({ ...draft, about: e.target.value })} />
        <label>from <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} /></label>
        <label>to <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} /></label>
        <button type="submit">Search</button>
      </form>
      {error && <p className="error">{error}</p>}
      {!loading && !error && rows.length === 0 && <p className="muted">No quote matches.</p>}
      <DataTable rows={rows} columns={columns} label="quotes" />
      {hasMore && <button onClick={() => void more()} disabled={loading}>More</button>}
    </div>
  );
}
