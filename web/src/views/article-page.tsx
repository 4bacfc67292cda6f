import { useMemo } from 'react';
import { api, type Doc } from '../api.ts';
import { articleLabel, dateLabel, plural, shortId } from '../format.ts';
import type { Mark } from '../highlight.ts';
import { href, navigate } from '../router.ts';
import { queryTerms, termRanges } from '../text-match.ts';
import { useAsync } from '../use-async.ts';
import { PageHead } from './common.tsx';
import { DocView } from './doc-view.tsx';

/** What a link into an article marks for the visit: one sentence (`sentence=3`), the words of a search (`q=`). */
function visitMarks(doc: Doc, params: URLSearchParams): Mark[] {
  const marks: Mark[] = [];
  const index = Number(params.get('sentence') ?? NaN);
  const sentence = Number.isInteger(index) ? doc.sentences[index] : undefined;
  if (sentence) marks.push({ layer: 'sentence', start: sentence.start, end: sentence.end, ref: `s${index}`, label: 'the sentence you came from' });
  const q = params.get('q');
  for (const r of q ? termRanges(doc.text, queryTerms(q)) : []) marks.push({ layer: 'match', start: r.start, end: r.end, ref: 'match', label: 'search words' });
  // The sentence first: the view scrolls to the first visit mark.
  return marks;
}

/** Save the Doc JSON as a file, the format `newsgraph analyze --format json` prints. */
function download(doc: Doc, name: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ArticlePage({ id, params }: { id: string; params: URLSearchParams }) {
  const result = useAsync(() => api.article(id), [id]);
  const doc = result.state === 'done' ? result.value.doc : null;
  const visit = useMemo(() => (doc ? visitMarks(doc, params) : []), [doc, params]);
  if (result.state === 'loading') return <p className="muted">Loading the article…</p>;
  if (result.state === 'error') return <p className="error" role="alert">{result.message}</p>;
  const { article } = result.value;
  const selected = params.get('at') ?? params.get('quote');
  // Selecting keeps the visit's sentence and search words, so the way back stays marked.
  const select = (ref: string | null) => navigate(`/article/${id}`, { at: ref, sentence: params.get('sentence'), q: params.get('q') });
  return (
    <div className="article-page">
      <PageHead title={articleLabel(article)}>
        <p className="meta" data-testid="article-meta">
          <span className={article.published ? undefined : 'undated'}>{dateLabel(article.published)}</span>
          {article.source && <> · {article.source}</>}
          {' · '}<code title={article.id}>{shortId(article.id)}</code>
          {article.url && <> · <a href={article.url} rel="noreferrer">original</a></>}
          {article.duplicateOf && <> · syndicated copy of <a href={href(`/article/${article.duplicateOf}`)}>{shortId(article.duplicateOf)}</a></>}
          {' · '}<span data-testid="article-counts">{plural(article.mentions, 'mention')} · {plural(article.quotes, 'quote')} · {plural(article.events, 'event')} · {plural(article.messages, 'message')}</span>
        </p>
      </PageHead>
      <DocView
        doc={result.value.doc}
        selected={selected}
        onSelect={select}
        visit={visit}
        toolbar={<button type="button" onClick={() => download(result.value.doc, `${shortId(article.id)}.newsgraph.json`)}>Download Doc JSON</button>}
      />
    </div>
  );
}
