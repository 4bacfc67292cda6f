import { analyzeArticle, type PreparedArticle } from '../ingest/analyze-article.ts';
import { commitArticle } from '../ingest/ingest.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { contentHash, type ArticleMeta, type Store } from '../store/contract.ts';
import type { Stored } from './context.ts';

/**
 * Store one article the way `newsgraph ingest` does (language check, near-duplicate and entity links), with
 * the analysis given: in this process (`storeArticle`, for demos and tests) or from a worker pool (serve).
 */
export async function storeAnalysed(
  store: Store, text: string, meta: ArticleMeta, analyse: () => Promise<ReturnType<typeof analyzeArticle> | PreparedArticle>,
): Promise<Stored> {
  const id = contentHash(text);
  if ((await store.hasArticles([id])).size > 0) return { id, created: false };
  const raw = { text, name: meta.name ?? id, title: meta.title, url: meta.url, source: meta.source, published: meta.published, messages: [] };
  const outcome = await commitArticle(store, raw, id, await analyse());
  return { id, created: outcome !== 'stored' };
}

/** Analyze and store one article in this process: a demo or a test stores a few articles, not a corpus. */
export function storeArticle(store: Store, pipeline: Pipeline, text: string, meta: ArticleMeta): Promise<Stored> {
  return storeAnalysed(store, text, meta, async () => analyzeArticle(pipeline, { text, id: meta.name, published: meta.published }));
}
