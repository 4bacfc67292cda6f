import { analyzeArticle } from '../ingest/analyze-article.ts';
import { commitArticle } from '../ingest/ingest.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { Store } from '../store/contract.ts';
import { contentHash } from '../store/content-hash.ts';
import type { ArticleMeta } from '../store/rows.ts';
import type { Stored } from './context.ts';

/**
 * Analyze and store one article the way `newsgraph ingest` does (language check, near-duplicate and entity
 * links), in this process: a server or a demo stores a few articles, not a corpus, so it needs no worker pool.
 */
export async function storeArticle(store: Store, pipeline: Pipeline, text: string, meta: ArticleMeta): Promise<Stored> {
  const id = contentHash(text);
  if ((await store.hasArticles([id])).size > 0) return { id, created: false };
  const analyzed = analyzeArticle(pipeline, { text, id: meta.name, published: meta.published });
  const raw = { text, name: meta.name ?? id, title: meta.title, url: meta.url, source: meta.source, published: meta.published };
  const outcome = await commitArticle(store, raw, id, analyzed);
  return { id, created: outcome !== 'stored' };
}
