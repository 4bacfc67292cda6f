import type { Doc } from '../../src/model/index.ts';
import type { ArticleRow, EntityRow, NetworkEdge, NetworkNode, QuoteRow, TimelineRow } from '../../src/store/rows.ts';

export type { ArticleRow, Doc, EntityRow, NetworkEdge, QuoteRow, TimelineRow };
export type SizedNode = NetworkNode & { mentions: number };
export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** An API error, carrying the problem+json detail so the UI can say what to do. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  if (!response.ok) {
    const problem = await response.json().catch(() => null) as { title?: string; detail?: string } | null;
    throw new ApiError(response.status, problem?.detail ?? problem?.title ?? `${response.status} ${response.statusText}`);
  }
  return await response.json() as T;
}

/** `v1/...` relative to the page, so the UI works wherever the server mounts it. */
function url(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const qs = query.toString();
  return `v1/${path}${qs ? `?${qs}` : ''}`;
}

export const api = {
  articles: (cursor?: string | null) => call<Page<ArticleRow>>(url('articles', { limit: 50, cursor })),
  article: (id: string) => call<{ article: ArticleRow; doc: Doc }>(url(`articles/${encodeURIComponent(id)}`)),
  quotes: (filters: Record<string, string>, cursor?: string | null) => call<Page<QuoteRow>>(url('quotes', { ...filters, limit: 50, cursor })),
  entities: (q: string) => call<Page<EntityRow>>(url('entities', { q, limit: 20 })),
  network: (kind: string) => call<{ nodes: SizedNode[]; edges: NetworkEdge[] }>(url('network', { kind })),
  timeline: (a: string, b: string) =>
    call<{ a: string; b: string; per: string; rows: TimelineRow[] }>(url(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`, { per: 'week' })),
  analyze: (text: string, published: string | null) =>
    call<Doc>(url('analyze'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, published }) }),
};
