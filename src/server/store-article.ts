import { analyzeArticle, type PreparedArticle } from '../ingest/analyze-article.ts';
import { publicationDate } from '../ingest/ingest.ts';
import { commitShared } from '../ingest/locked-commit.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { Store } from '../store/contract.ts';
import { contentHash } from '../store/content-hash.ts';
import type { ArticleMeta } from '../store/rows.ts';
import type { InputMessage } from '../ingest/limits.ts';
import type { Stored } from './context.ts';

/** What the analysis of an article to store is given: its id, and its date as ingest would date it. */
export interface StoreTask {
  id: string;
  published: string | null;
  messages: InputMessage[];
}

/**
 * Store one article the way `newsgraph ingest` does (language check, near-duplicate and entity links), with
 * the analysis given: in this process (`storeArticle`, for demos and tests) or from a worker pool (serve).
 */
export async function storeAnalysed(
  store: Store, text: string, meta: ArticleMeta, analyse: (task: StoreTask) => Promise<ReturnType<typeof analyzeArticle> | PreparedArticle>,
): Promise<Stored> {
  const id = contentHash(text);
  if ((await store.hasArticles([id])).size > 0) return { id, created: false };
  const given = { text, name: meta.name ?? id, title: meta.title, url: meta.url, source: meta.source, published: meta.published, messages: [] };
  // As ingest dates an article: its own date, else its dateline's.
  const date = publicationDate(given, null, null);
  const raw = { ...given, published: date.published };
  const outcome = await commitShared(store, raw, id, await analyse({ id, published: date.published, messages: date.messages }));
  // Redated: stored (undated) by another writer since the check above; not created here.
  return { id, created: outcome === 'added' || outcome === 'duplicate' };
}

/** Analyze and store one article in this process: a demo or a test stores a few articles, not a corpus. */
export function storeArticle(store: Store, pipeline: Pipeline, text: string, meta: ArticleMeta): Promise<Stored> {
  return storeAnalysed(store, text, meta, async (task) => analyzeArticle(pipeline, { text, ...task }));
}
