import { api } from '../api.ts';
import { useAsync } from '../use-async.ts';
import { DocView } from './doc-view.tsx';

export function ArticlePage({ id, quote }: { id: string; quote: string | null }) {
  const result = useAsync(() => api.article(id), [id]);
  if (result.state === 'loading') return <p className="muted">Loading the article…</p>;
  if (result.state === 'error') return <p className="error">{result.message}</p>;
  const { article, doc } = result.value;
  return (
    <div>
      <h2>{article.title ?? article.name ?? article.id.slice(0, 12)}</h2>
      <p className="muted">
        {article.published ?? 'no date'}{article.source ? ` · ${article.source}` : ''}{article.url ? <> · <a href={article.url}>source</a></> : null}
        {article.duplicateOf ? ' · syndicated copy' : ''} · {article.quotes} quotes · {article.events} events
      </p>
      <DocView doc={doc} focusQuote={quote} />
    </div>
  );
}
