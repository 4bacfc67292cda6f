/**
 * Ingest: read articles, analyse them in a worker pool, and store them with their near-duplicate and entity
 * links. Idempotent (articles are keyed by content hash) and resumable: every article is written whole inside a
 * transaction, so a run killed at any point is completed by running it again.
 */
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Message } from '../model/index.ts';
import type { ArticleInput, Store } from '../store/contract.ts';
import { contentHash } from '../store/content-hash.ts';
import { queryLayers } from '../store/query-layers.ts';
import type { AnalyzedArticle, PreparedArticle } from './analyze-article.ts';
import { datelineDate, readDateline } from './dateline.ts';
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
  /** publication date (YYYY-MM-DD) of the articles that state none (--published) */
  published?: string | null;
}

/** Where the publication dates of the articles added (or re-dated) came from. */
export interface DateCounts {
  /** a dateline with its year */
  dateline: number;
  /** a dateline whose year was inferred */
  inferred: number;
  /** --published */
  flag: number;
  /** stored articles that had no date and now have one (their events re-dated) */
  filled: number;
  /** added with no date at all */
  undated: number;
}

export interface IngestSummary extends IngestCounts {
  seconds: number;
  dates: DateCounts;
}

type DateSource = 'input' | 'dateline' | 'inferred' | 'flag' | null;

interface InFlight {
  raw: RawArticle;
  id: string;
  source: DateSource;
  /** the article is stored without a date: its analysis with the date replaces the stored one */
  redate: boolean;
  analysis: Promise<PreparedArticle>;
}

/**
 * The publication date an article gets, strongest first: its own (page, feed, JSON Lines), a dateline with its
 * year, --published, a dateline whose year is inferred (`modified`: the file's modification time). A date
 * from a dateline comes with the message that says so, for the Doc.
 */
export function publicationDate(raw: RawArticle, flag: string | null, modified: Date | null): { published: string | null; source: DateSource; messages: Message[] } {
  if (raw.published) return { published: raw.published, source: 'input', messages: [] };
  const dateline = datelineDate(raw.text, modified);
  if (dateline && !dateline.inferred) return { published: dateline.published, source: 'dateline', messages: [dateline.message] };
  if (flag) return { published: flag, source: 'flag', messages: [] };
  if (dateline) return { published: dateline.published, source: 'inferred', messages: [dateline.message] };
  return { published: null, source: null, messages: [] };
}

const TITLE_MAX = 120;

/** A title for a text that has none: its first line, without a leading dateline, cut at a word near 120 characters. */
export function titleFromText(text: string): string | null {
  let line = text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  const dateline = readDateline(line);
  if (dateline) line = line.slice(line.search(/(?:-{1,2}|[–—])[ \t]/) + 1).replace(/^[-–—\s]+/, '');
  line = line.replace(/\s+/g, ' ').trim();
  if (line.length <= TITLE_MAX) return line || null;
  const cut = line.slice(0, TITLE_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : TITLE_MAX).replace(/[\s,;:]+$/, '')}…`;
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
    ...articleFields(raw, id, analyzed), ...article, links, duplicateOf: original?.id ?? null, similarity: original?.similarity ?? null,
  });
  return !added ? 'stored' : original ? 'duplicate' : 'added';
}

function articleFields(raw: RawArticle, id: string, analyzed: AnalyzedArticle | PreparedArticle): Pick<ArticleInput, 'id' | 'meta' | 'status' | 'minhash'> {
  return {
    id, minhash: analyzed.minhash, status: analyzed.english ? 'analyzed' : 'not-english',
    meta: {
      name: raw.name, title: raw.title ?? titleFromText(raw.text), url: raw.url, source: raw.source, published: raw.published,
      language: analyzed.language,
    },
  };
}

/** Replace a stored undated article's analysis by this one, made with its date (`raw.published`). */
export async function redateStored(store: Store, raw: RawArticle, id: string, analyzed: PreparedArticle): Promise<boolean> {
  const links = await resolveEntities(store, analyzed.layers, id);
  return store.redateArticle({
    ...articleFields(raw, id, analyzed), layers: analyzed.layers, encodedDoc: analyzed.encodedDoc, links, duplicateOf: null, similarity: null,
  });
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const { store, log } = options;
  const started = Date.now();
  const counts: IngestCounts = { read: 0, added: 0, skipped: 0, duplicates: 0, notEnglish: 0, errors: 0 };
  const dates: DateCounts = { dateline: 0, inferred: 0, flag: 0, filled: 0, undated: 0 };
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
  const commit = async ({ raw, id, source, redate, analysis }: InFlight) => {
    let analyzed: PreparedArticle;
    try {
      analyzed = await analysis;
    } catch (error) {
      problem(raw.name, `analysis failed (${error instanceof Error ? error.message : String(error)}); skipped`);
      return;
    }
    if (redate) {
      if (await redateStored(store, raw, id, analyzed)) dates.filled += 1;
      return;
    }
    const outcome = await commitArticle(store, raw, id, analyzed);
    if (outcome === 'stored') {
      counts.skipped += 1;
      return;
    }
    if (source === 'dateline' || source === 'inferred' || source === 'flag') dates[source] += 1;
    if (source === null) dates.undated += 1;
    counts.added += 1;
    if (outcome === 'duplicate') counts.duplicates += 1;
    if (!analyzed.english) counts.notEnglish += 1;
  };

  // readInputs reads the files in order and marks the end of each: the file an article came from is known.
  let file = 0;
  const modified = new Map<number, Date | null>();
  const modifiedAt = (i: number) => {
    if (!modified.has(i)) {
      const name = options.files[i];
      modified.set(i, name === undefined || name === '-' ? null : statSync(name).mtime);
    }
    return modified.get(i)!;
  };

  try {
    for await (const { item, bytes } of readInputs(options.files, { format: options.format, stdin: options.stdin })) {
      bytesDone += bytes;
      if (item === null) file += 1;
      if (item?.kind === 'error') problem(item.name, item.message);
      if (item?.kind === 'article') {
        counts.read += 1;
        const id = contentHash(item.article.text);
        const date = publicationDate(item.article, options.published ?? null, modifiedAt(file));
        const raw = { ...item.article, published: date.published };
        let redate = false;
        if (!seen.has(id) && (await store.hasArticles([id])).size > 0) {
          // Stored already: analysed again only to give it the date it lacked.
          redate = date.published !== null && (await store.getArticle(id))?.published === null;
          if (!redate) seen.add(id);
        }
        if (seen.has(id)) counts.skipped += 1;
        else {
          seen.add(id);
          const analysis = pool.prepare({ text: raw.text, id, published: raw.published, messages: date.messages });
          queue.push({ raw, id, source: date.source, redate, analysis });
          // Keep the analysis from failing unobserved while it waits in the queue.
          analysis.catch(() => {});
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
  return { ...counts, dates, seconds: (Date.now() - started) / 1000 };
}
