import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AnalyzeTask } from '../ingest/analyze-article.ts';
import type { Store } from '../store/contract.ts';
import type { ArticleMeta } from '../store/rows.ts';

/** What one article added to the store: its id and whether it was new (false: the same text was there). */
export interface Stored {
  id: string;
  created: boolean;
}

/** What the routes work with; `serve` wires the real ones (see analysis.ts), tests may pass their own. */
export interface ServerDeps {
  store: Store;
  /** Analyze one article: the Doc as JSON (text or UTF-8 bytes). A ProblemError when it cannot be done now (busy, too slow). */
  analyze(input: AnalyzeTask): Promise<string | Uint8Array<ArrayBuffer>>;
  /** Analyze and store one article (the same path `newsgraph ingest` takes). */
  ingest(text: string, meta: ArticleMeta): Promise<Stored>;
}

/** Per-request values the app sets before the routes run. */
export interface ApiEnv {
  Variables: { writeToken: string | null };
}

export type Api = OpenAPIHono<ApiEnv>;
