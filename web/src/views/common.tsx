// Pieces every page uses: heading with its count, list status, the "more" button, marked text, article links.
import type { ReactNode } from 'react';
import { articleLabel, shortId } from '../format.ts';
import { href } from '../router.ts';
import { runs, type Range } from '../text-match.ts';

export function PageHead({ title, count, children }: { title: ReactNode; count?: string | null; children?: ReactNode }) {
  return (
    <div className="page-head">
      <h1>{title}</h1>
      {count && <p className="count" data-testid="result-count" role="status">{count}</p>}
      {children}
    </div>
  );
}

/** Under a date-filtered list: what the range leaves out, with the server's count of it when it sends one. */
export function DateNote({ what, undated }: { what: string; undated?: number }) {
  return <p className="note" data-testid="date-note">A date filter leaves out {what}{undated !== undefined ? ` (${undated.toLocaleString('en')} here)` : ''}: clear the dates to see them.</p>;
}

/** Loading, failure and "nothing found" for a list; nothing once rows are shown. */
export function ListStatus({ loading, error, empty, rows }: { loading: boolean; error: string | null; empty: ReactNode; rows: number }) {
  if (error) return <p className="error" role="alert">{error}</p>;
  if (rows > 0) return null;
  return <p className="muted">{loading ? 'Loading…' : empty}</p>;
}

export function MoreButton({ hasMore, loading, more }: { hasMore: boolean; loading: boolean; more: () => void }) {
  if (!hasMore) return null;
  return <button type="button" className="more" onClick={more} disabled={loading}>{loading ? 'Loading…' : 'Show more'}</button>;
}

/** Text with ranges marked (search words, a trigger, actors), each kind as its own class. */
export function Marked({ text, ranges }: { text: string; ranges: Range[] }) {
  return <>{runs(text, ranges).map((r, i) => (r.kind ? <mark key={i} className={`m-${r.kind}`}>{r.text}</mark> : r.text))}</>;
}

/** A link to an article (at a quote, an event or a sentence), named by its title, else its short id. */
export function ArticleLink({ id, title, names, at }: {
  id: string; title?: string | null; names: ReadonlyMap<string, string>; at?: Record<string, string | number>;
}) {
  const label = articleLabel({ id, title }, names);
  return (
    <a href={href(`/article/${id}`, at)} title={`article ${shortId(id)}`}>
      {label}
      {label !== shortId(id) && <span className="short-id"> {shortId(id)}</span>}
    </a>
  );
}
