import { api } from '../api.ts';
import { countLabel, dateLabel } from '../format.ts';
import { href, navigate, paramsOf } from '../router.ts';
import { queryTerms, termRanges } from '../text-match.ts';
import { useArticleNames } from '../use-article-names.ts';
import { useDraft } from '../use-draft.ts';
import { usePages } from '../use-pages.ts';
import { ArticleLink, DateNote, ListStatus, Marked, MoreButton, PageHead } from './common.tsx';

const FILTERS = ['q', 'from', 'to'] as const;

/** Full-text search over every sentence of the corpus; the words found are marked, each hit leads to its place. */
export function SearchPage({ params }: { params: URLSearchParams }) {
  const applied = paramsOf(params, FILTERS);
  const [draft, set] = useDraft(applied);
  const names = useArticleNames();
  const list = usePages((cursor) => api.sentences(applied, cursor), applied.q ? JSON.stringify(applied) : null);
  const terms = queryTerms(applied.q);
  return (
    <div>
      <PageHead title="Sentence search" count={applied.q && !(list.loading && list.rows.length === 0) ? countLabel(list.rows.length, list.hasMore, 'sentence', list.total) : null} />
      <form className="filters" role="search" aria-label="sentences" onSubmit={(e) => { e.preventDefault(); navigate('/search', draft); }}>
        <input type="search" className="wide" aria-label="search sentences" placeholder='words, "a phrase", OR' value={draft.q} onChange={(e) => set('q', e.target.value)} />
        <label>from <input type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} /></label>
        <label>to <input type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} /></label>
        <button type="submit" className="primary">Search</button>
      </form>
      {!applied.q && <p className="muted">Every sentence of the corpus is indexed: words match whole and in any case; “quotes” keep a phrase together; OR between words finds either.</p>}
      {applied.q && (applied.from || applied.to) && <DateNote what="sentences of undated articles" undated={list.undated} />}
      {applied.q && <ListStatus loading={list.loading} error={list.error} rows={list.rows.length} empty="No sentence matches." />}
      {list.rows.length > 0 && (
        <ol className="hits" aria-label="sentences">
          {list.rows.map((s) => (
            <li key={`${s.article}/${s.sentence}`} className="hit">
              <a className="hit-text" href={href(`/article/${s.article}`, { sentence: s.sentence, q: applied.q })} data-sentence-link={s.sentence}>
                <Marked text={s.text} ranges={termRanges(s.text, terms)} />
              </a>
              <div className="row-source">
                <ArticleLink id={s.article} title={s.title} names={names} at={{ sentence: s.sentence, q: applied.q }} />
                {' · '}<span className={s.published ? undefined : 'undated'}>{dateLabel(s.published)}</span>
                {' · '}sentence {s.sentence + 1}
              </div>
            </li>
          ))}
        </ol>
      )}
      <MoreButton {...list} />
    </div>
  );
}
