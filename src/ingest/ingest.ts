/**
 * Ingest: read articles, analyse them in a worker pool, and store them with their near-duplicate and entity
 * links. Idempotent (articles are keyed by content hash) and resumable: every article is written whole inside a
 * transaction, so a run killed at any point is completed by running it again.
 */
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Store } from '../store/contract.ts';
import { contentHash } from '../store/content-hash.ts';
import { queryLayers } from '../store/query-layers.ts';
import type { AnalyzedArticle, PreparedArticle } from './analyze-article.ts';
import { resolveEntities } from './entity-resolution.ts';
import { findOriginal } from './near-duplicate.ts';
import { Progress, type IngestCounts } from './progress.ts';
import { readInputs } from './read-inputs.ts';
import type { Format, RawArticle } from './readers/article.ts';
import { TASKS_PER_WORKER, WorkerPool } from './worker-pool.ts';

export interface IngestOptions {
  store: Store;
  files: string[];
  format?: Format;
  workers?: number;
  stdin: () => Readable;
  /** where problems and progress go (stderr) */
  log: NodeJS.WritableStream;
  tty: boolean;
  /** seconds between plain progress lines when not on a terminal */
  progressEvery?: number;
}

export interface IngestSummary extends IngestCounts {
  seconds: number;
}

interface InFlight {
  raw: RawArticle;
  id: string;
  analysis: Promise<PreparedArticle>;
}

/**
 * Store one analysed article as ingest does: link it to the original it copies (if any) and its entities
 * to the corpus's. Returns what happened, or 'stored' when the id was there already.
 */
export async function commitArticle(
  store: Store, raw: RawArticle, id: string, analyzed: AnalyzedArticle | PreparedArticle,
): Promise<'added' | 'duplicate' | 'stored'> {
  const original = await findOriginal(store, analyzed.minhash);
  const article = 'layers' in analyzed
    ? { layers: analyzed.layers, encodedDoc: analyzed.encodedDoc }
    : { doc: analyzed.doc, layers: queryLayers(analyzed.doc), encodedDoc: analyzed.encodedDoc };
  const links = await resolveEntities(store, article.layers, id);
  const added = await store.putArticle({
    id, ...article, minhash: analyzed.minhash, links,
    meta: { name: raw.name, title: raw.title, url: raw.url, source: raw.source, published: raw.published, language: analyzed.language },
    status: analyzed.english ? 'analyzed' : 'not-english',
    duplicateOf: original?.id ?? null, similarity: original?.similarity ?? null,
  });
  return !added ? 'stored' : original ? 'duplicate' : 'added';
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const { store, log } = options;
  const started = Date.now();
  const counts: IngestCounts = { read: 0, added: 0, skipped: 0, duplicates: 0, notEnglish: 0, errors: 0 };
  const totalBytes = options.files.reduce((sum, f) => sum + (f === '-' ? 0 : statSync(f).size), 0);
  const progress = new Progress(log, options.tty, totalBytes, started, options.progressEvery);
  const problem = (name: string, message: string) => {
    counts.errors += 1;
    progress.clear();
    log.write(`newsgraph ingest: ${name}: ${message}\n`);
  };

  const pool = new WorkerPool(options.workers);
  const window = pool.size * TASKS_PER_WORKER;
  const queue: InFlight[] = [];
  const seen = new Set<string>();
  let bytesDone = 0;

  // Results are committed in input order, so which copy is the "original" does not depend on timing.
  const commit = async ({ raw, id, analysis }: InFlight) => {
    let analyzed: PreparedArticle;
    try {
      analyzed = await analysis;
    } catch (error) {
      problem(raw.name, `analysis failed (${error instanceof Error ? error.message : String(error)}); skipped`);
      return;
    }
    const outcome = await commitArticle(store, raw, id, analyzed);
    if (outcome === 'stored') {
      counts.skipped += 1;
      return;
    }
    counts.added += 1;
    if (outcome === 'duplicate') counts.duplicates += 1;
    if (!analyzed.english) counts.notEnglish += 1;
  };

  try {
    for await (const { item, bytes } of readInputs(options.files, { format: options.format, stdin: options.stdin })) {
      bytesDone += bytes;
      if (item?.kind === 'error') problem(item.name, item.message);
      if (item?.kind === 'article') {
        counts.read += 1;
        const raw = item.article;
        const id = contentHash(raw.text);
        if (seen.has(id) || (await store.hasArticles([id])).size > 0) counts.skipped += 1;
        else {
          seen.add(id);
          queue.push({ raw, id, analysis: pool.prepare({ text: raw.text, id: raw.name, published: raw.published }) });
          // Keep the analysis from failing unobserved while it waits in the queue.
          queue[queue.length - 1]!.analysis.catch(() => {});
        }
      }
      while (queue.length >= window) await commit(queue.shift()!);
      progress.update(counts, bytesDone, Date.now());
    }
    while (queue.length > 0) {
      await commit(queue.shift()!);
      progress.update(counts, bytesDone, Date.now());
    }
  } finally {
    progress.clear();
    await store.flush();
    await pool.close();
  }
  return { ...counts, seconds: (Date.now() - started) / 1000 };
}
