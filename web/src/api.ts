import type { Doc } from '../../src/model/index.ts';
import type {
  ArticleRow, EntityRow, EventRow, NetworkEdge, NetworkNode, QuoteRow, SentenceRow, TimelineRow,
} from '../../src/store/rows.ts';

export type { ArticleRow, Doc, EntityRow, EventRow, NetworkEdge, QuoteRow, SentenceRow, TimelineRow };
export type SizedNode = NetworkNode & { mentions: number };
export type Params = Record<string, string | number | null | undefined>;

/**
 * One page of a list. `total` and `undated` are read when the server sends them (a count of every match,
 * and of the matches a date filter left out); pages without them still work.
 */
export interface Page<T> {
  items: T[];
  next_cursor: string | null;
  total?: number;
  undated?: number;
  /** The server stopped reading before the end (a search capped by the rows it reads). */
  truncated?: boolean;
}

export interface Dyad {
  a: string;
  b: string;
  aLabel: string;
  bLabel: string;
  events: number;
  dated: number;
  undated: number;
  first: string | null;
  last: string | null;
  meanGoldstein: number | null;
}

export type ArticleHit = ArticleRow & { hits: number; snippet: string };

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
export function apiUrl(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const qs = query.toString();
  return `v1/${path}${qs ? `?${qs}` : ''}`;
}

const get = <T>(path: string, params: Params = {}) => call<T>(apiUrl(path, params));
const one = (id: string) => encodeURIComponent(id);

// Large enough that a small corpus lists whole, with an exact count; a big one pages.
export const PAGE_SIZE = 200;

export const api = {
  articles: (params: Params, cursor?: string | null) => get<Page<ArticleRow>>('articles', { ...params, limit: PAGE_SIZE, cursor }),
  /** The first articles, for naming article ids that arrive without a title. */
  articleNames: () => get<Page<ArticleRow>>('articles', { limit: 500 }),
  searchArticles: (params: Params) => get<{ items: ArticleHit[]; truncated: boolean }>('search/articles', params),
  article: (id: string) => get<{ article: ArticleRow; doc: Doc }>(`articles/${one(id)}`),
  quotes: (params: Params, cursor?: string | null) => get<Page<QuoteRow>>('quotes', { ...params, limit: PAGE_SIZE, cursor }),
  sentences: (params: Params, cursor?: string | null) => get<Page<SentenceRow>>('sentences', { ...params, limit: PAGE_SIZE, cursor }),
  entities: (params: Params, cursor?: string | null) => get<Page<EntityRow>>('entities', { ...params, limit: PAGE_SIZE, cursor }),
  entity: (id: string) => get<EntityRow>(`entities/${one(id)}`),
  entitySentences: (id: string, cursor?: string | null) => get<Page<SentenceRow>>(`entities/${one(id)}/sentences`, { limit: PAGE_SIZE, cursor }),
  events: (params: Params, cursor?: string | null, limit = PAGE_SIZE) => get<Page<EventRow>>('events', { ...params, limit, cursor }),
  network: (kind: string) => get<{ nodes: SizedNode[]; edges: NetworkEdge[] }>('network', { kind }),
  dyads: (limit: number, actor?: string | null) => get<{ items: Dyad[] }>('dyads', { limit, actor }),
  dyad: (a: string, b: string) => get<Dyad>(`dyads/${one(a)}/${one(b)}`),
  /** Per day: the page groups days into weeks or months itself, whichever the span needs. */
  timeline: (a: string, b: string) => get<{ rows: TimelineRow[] }>(`dyads/${one(a)}/${one(b)}/timeline`, { per: 'day' }),
  analyze: (text: string, published: string | null) =>
    call<Doc>(apiUrl('analyze'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, published }) }),
};
