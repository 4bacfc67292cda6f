import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AnalyzeInput } from '../pipeline/pipeline.ts';
import type { Doc } from '../model/index.ts';
import type { Store } from '../store/contract.ts';
import type { ArticleMeta } from '../store/rows.ts';

/** What one article added to the store: its id and whether it was new (false: the same text was there). */
export interface Stored {
  id: string;
  created: boolean;
}

/** What the routes work with; `serve` wires the real ones, tests may pass their own. */
export interface ServerDeps {
  store: Store;
  analyze(input: AnalyzeInput): Doc;
  /** Analyze and store one article (the same path `newsgraph ingest` takes). */
  ingest(text: string, meta: ArticleMeta): Promise<Stored>;
}

/** Per-request values the app sets before the routes run. */
export interface ApiEnv {
  Variables: { writeToken: string | null };
}

export type Api = OpenAPIHono<ApiEnv>;
