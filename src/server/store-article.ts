import { analyzeArticle } from '../ingest/analyze-article.ts';
import { resolveEntities } from '../ingest/entity-resolution.ts';
import { findOriginal } from '../ingest/near-duplicate.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { contentHash, type ArticleMeta, type Store } from '../store/contract.ts';
import type { Stored } from './context.ts';

/**
 * Analyze and store one article the way `newsgraph ingest` does (language check, near-duplicate and entity
 * links), in this process: a server or a demo stores a few articles, not a corpus, so it needs no worker pool.
 */
export async function storeArticle(store: Store, pipeline: Pipeline, text: string, meta: ArticleMeta): Promise<Stored> {
  const id = contentHash(text);
  if ((await store.hasArticles([id])).size > 0) return { id, created: false };
  const analyzed = analyzeArticle(pipeline, { text, id: meta.name, published: meta.published });
  const original = await findOriginal(store, analyzed.minhash);
  const created = await store.putArticle({
    id, doc: analyzed.doc, minhash: analyzed.minhash, links: await resolveEntities(store, analyzed.doc, id),
    meta: { ...meta, language: analyzed.language },
    status: analyzed.english ? 'analyzed' : 'not-english',
    duplicateOf: original?.id ?? null, similarity: original?.similarity ?? null,
  });
  return { id, created };
}
