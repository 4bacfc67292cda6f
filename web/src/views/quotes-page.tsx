import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { api, type QuoteRow } from '../api.ts';
import { countLabel, dateLabel } from '../format.ts';
import { href, navigate, paramsOf } from '../router.ts';
import { queryTerms, termRanges } from '../text-match.ts';
import { useArticleNames } from '../use-article-names.ts';
import { useDraft } from '../use-draft.ts';
import { usePages } from '../use-pages.ts';
import { ArticleLink, DateNote, ListStatus, Marked, MoreButton, PageHead } from './common.tsx';
import { DataTable } from './data-table.tsx';

const FILTERS = ['q', 'speaker', 'about', 'form', 'from', 'to'] as const;
/** The kinds of attribution the API tells apart; none chosen means statements (the API's default). */
const FORMS = [['question', 'questions'], ['belief', 'beliefs'], ['stance', 'stances'], ['evidence', 'evidence'], ['other', 'other']] as const;

const col = createColumnHelper<QuoteRow>();

function columns(q: string, names: ReadonlyMap<string, string>): ColumnDef<QuoteRow, any>[] {
  const terms = queryTerms(q);
  return [
    col.accessor((r) => r.published ?? '', { id: 'published', header: 'Date', cell: (info) => <span className={info.row.original.published ? 'nowrap' : 'undated'}>{dateLabel(info.row.original.published)}</span> }),
    col.accessor((r) => r.speaker ?? `(${r.speakerKind})`, {
      id: 'speaker',
      header: 'Speaker',
      cell: (info) => {
        const r = info.row.original;
        if (r.speakerEntity) return <a href={href(`/entity/${r.speakerEntity}`)}>{info.getValue()}</a>;
        return r.speaker ? <a href={href('/quotes', { speaker: r.speaker })}>{info.getValue()}</a> : <span className="muted">{info.getValue()}</span>;
      },
    }),
    col.accessor('content', {
      header: 'Quote',
      enableSorting: false,
      cell: (info) => {
        const r = info.row.original;
        return (
          <a className="quote-link" data-quote-link={r.id} href={href(`/article/${r.article}`, { at: r.id, q: q || null })}>
            “<Marked text={info.getValue()} ranges={termRanges(info.getValue(), terms)} />”
          </a>
        );
      },
    }),
    col.accessor((r) => r.cue ?? '', { id: 'cue', header: 'Cue', meta: { optional: true }, cell: (info) => info.getValue() || <span className="muted">—</span> }),
    col.accessor('type', { header: 'Type', meta: { optional: true } }),
    col.accessor('form', { header: 'Form', meta: { optional: true } }),
    col.accessor((r) => r.title ?? names.get(r.article) ?? r.article, {
      id: 'article',
      header: 'Article',
      cell: (info) => <ArticleLink id={info.row.original.article} title={info.row.original.title} names={names} at={{ at: info.row.original.id }} />,
    }),
  ];
}

/** Quote search; every filter lives in the URL, so a search can be linked to, and the form follows the URL. */
export function QuotesPage({ params }: { params: URLSearchParams }) {
  const applied = paramsOf(params, FILTERS);
  const [draft, set] = useDraft(applied);
  const names = useArticleNames();
  const list = usePages((cursor) => api.quotes(applied, cursor), JSON.stringify(applied));
  const filtered = FILTERS.some((f) => applied[f]);
  return (
    <div>
      <PageHead title="Quotes" count={list.loading && list.rows.length === 0 ? null : countLabel(list.rows.length, list.hasMore, 'quote', list.total)} />
      <form className="filters" role="search" aria-label="quotes" onSubmit={(e) => { e.preventDefault(); navigate('/quotes', draft); }}>
        <input type="search" aria-label="search quotes" placeholder="words or “a phrase”" value={draft.q} onChange={(e) => set('q', e.target.value)} />
        <input aria-label="speaker" placeholder="speaker (name or entity id)" value={draft.speaker} onChange={(e) => set('speaker', e.target.value)} />
        <input aria-label="about" placeholder="about (name or entity id)" value={draft.about} onChange={(e) => set('about', e.target.value)} />
        <label>form{' '}
          <select value={draft.form} onChange={(e) => set('form', e.target.value)}>
            <option value="">statements</option>
            <option value="all">every attribution</option>
            {FORMS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <label>from <input type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} /></label>
        <label>to <input type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} /></label>
        <button type="submit" className="primary">Search</button>
        {filtered && <a href={href('/quotes')}>clear</a>}
      </form>
      {(applied.from || applied.to) && <DateNote what="quotes of undated articles" undated={list.undated} />}
      <ListStatus loading={list.loading} error={list.error} rows={list.rows.length} empty={filtered ? 'No quote matches.' : 'The corpus has no quotes yet.'} />
      <DataTable rows={list.rows} columns={columns(applied.q, names)} label="quotes" rowKey={(r) => `${r.article}/${r.id}`} />
      <MoreButton {...list} />
    </div>
  );
}
