/**
 * Ingest: read articles (in a reader thread; a few text or HTML files in this one), analyse them in a worker
 * pool, and store them with their near-duplicate and entity links. Idempotent (articles are keyed by content hash) and resumable: every
 * article is written whole inside a transaction, so a run killed at any point is completed by running it
 * again. No input can stall a run: an article over the size limit is cut, one over the time limit is
 * stopped and reported, a worker that dies fails only the article it was on.
 */
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { ArticleInput, Store } from '../store/contract.ts';
import { contentHash } from '../store/content-hash.ts';
import { minhashBands } from '../store/minhash-bands.ts';
import { queryLayers } from '../store/query-layers.ts';
import { AnalysisPool } from './analysis-pool.ts';
import type { AnalyzedArticle, PreparedArticle } from './analyze-article.ts';
import { datelineDate, readDateline } from './dateline.ts';
import { resolveEntities } from './entity-resolution.ts';
import { readArticleInputs } from './input-reader.ts';
import { DEFAULT_LIMITS, oneLine, type ArticleLimits, type InputMessage } from './limits.ts';
import { findOriginal } from './near-duplicate.ts';
import { Progress, type IngestCounts } from './progress.ts';
import { inputSize } from './read-inputs.ts';
import type { Format, RawArticle, RawPage } from './readers/article.ts';

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
  limits?: ArticleLimits;
  /**
   * When an analysed article is stored. 'finish' (the default): as analyses finish, so one slow article does
   * not hold back the others, except that an article waits for an earlier one that may be its near-duplicate
   * (they share a MinHash band), so which copy is the original never depends on timing. Entities merge by a
   * rule that commutes (store/entity-merge.ts), so the corpus is the same either way; only the order rows
   * are listed and exported in (store order) may differ between runs. 'input': in input order, for a store
   * order that is the same on every run.
   */
  commitOrder?: 'input' | 'finish';
  /** publication date (YYYY-MM-DD) of the articles that state none (--published) */
  published?: string | null;
  /**
   * The analysis workers, made by `ingestPool` with `workers` and `limits` before the caller opened the store,
   * so they load the pipeline meanwhile (default: made here). Ingest closes it.
   */
  pool?: AnalysisPool;
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

/**
 * The publication date an article gets, strongest first: its own (page, feed, JSON Lines), a dateline with its
 * year, --published, a dateline whose year is inferred (`modified`: the file's modification time). A date
 * from a dateline comes with the message that says so, for the Doc.
 */
export function publicationDate(raw: RawArticle, flag: string | null, modified: Date | null): { published: string | null; source: DateSource; messages: InputMessage[] } {
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


/** Articles in flight per worker: the reader and the analyses run this far ahead of the commits. */
export const AHEAD_PER_WORKER = 32;

/**
 * Ingest's analysis workers: up to `workers` (default one per core), two articles given to each at a time. The
 * first starts now, the others when articles wait for them: one article is analysed without the other cores
 * loading the pipeline again meanwhile.
 */
export function ingestPool(workers: number | undefined, limits: ArticleLimits): AnalysisPool {
  return new AnalysisPool({ size: workers, limits, depth: 2, onDemand: true });
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
  const links = await resolveEntities(store, article.layers);
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
  const links = await resolveEntities(store, analyzed.layers);
  return store.redateArticle({
    ...articleFields(raw, id, analyzed), layers: analyzed.layers, encodedDoc: analyzed.encodedDoc, links, duplicateOf: null, similarity: null,
  });
}

/** One article on its way from the reader to the store. */
export interface Entry {
  file: number;
  /** input bytes it accounts for (progress) */
  bytes: number;
  state: 'working' | 'ready' | 'storing' | 'over';
  raw?: RawArticle;
  id?: string;
  /** where its publication date came from */
  source?: DateSource;
  /** stored already without a date: its analysis with the date replaces the stored one */
  redate?: boolean;
  /** LSH bands of its MinHash, once its analysis has started */
  bands?: Set<string>;
  prepared?: PreparedArticle;
}

/** Wakes a waiter when something changed; a change with no waiter is kept for the next one (none is lost). */
class Signal {
  private changed = false;
  private waiter: (() => void) | null = null;
  notify(): void {
    this.changed = true;
    this.waiter?.();
  }
  next(): Promise<void> {
    if (this.changed) {
      this.changed = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiter = () => {
        this.waiter = null;
        this.changed = false;
        resolve();
      };
    });
  }
}

/** Whether `entry` must wait for `earlier`, an article before it still in flight (see IngestOptions.commitOrder). */
function mustWait(entry: Pick<Entry, 'bands'>, earlier: Pick<Entry, 'bands'>, order: 'input' | 'finish'): boolean {
  if (order === 'input' || !earlier.bands || !entry.bands) return true;
  for (const band of entry.bands) if (earlier.bands.has(band)) return true;
  return false;
}

/** The first analysed article in flight (in input order) that no earlier one holds back, if any. */
export function nextToStore<E extends Pick<Entry, 'state' | 'bands'>>(flight: readonly E[], order: 'input' | 'finish'): E | undefined {
  return flight.find((e, i) => e.state === 'ready' && flight.slice(0, i).every((x) => !mustWait(e, x, order)));
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const { store, log, files } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const order = options.commitOrder ?? 'finish';
  const started = Date.now();
  const counts: IngestCounts = { read: 0, added: 0, skipped: 0, duplicates: 0, notEnglish: 0, errors: 0 };
  const dates: DateCounts = { dateline: 0, inferred: 0, flag: 0, filled: 0, undated: 0 };
  const progress = new Progress(log, options.tty, files.reduce((sum, f) => sum + inputSize(f), 0), started, options.progressEvery);
  const say = (name: string, message: string) => {
    progress.clear();
    log.write(`newsgraph ingest: ${oneLine(name)}: ${oneLine(message)}\n`);
  };
  const problem = (name: string, message: string) => {
    counts.errors += 1;
    say(name, message);
  };

  const pool = options.pool ?? ingestPool(options.workers, limits);
  let closed: Promise<void> | undefined;
  const ahead = pool.size * AHEAD_PER_WORKER;
  const flight: Entry[] = [];
  const seen = new Set<string>();
  const changed = new Signal();
  // Progress counts input as done when what it held is stored, skipped or reported, not when it is read.
  let bytesDone = 0;
  const openItems = new Map<number, number>();
  const fileEnds = new Map<number, number>();
  const finishItem = (entry: { file: number; bytes: number }) => {
    bytesDone += entry.bytes;
    const open = (openItems.get(entry.file) ?? 0) - 1;
    openItems.set(entry.file, open);
    if (open === 0 && fileEnds.has(entry.file)) bytesDone += fileEnds.get(entry.file)!;
  };
  const over = (entry: Entry) => {
    entry.state = 'over';
    flight.splice(flight.indexOf(entry), 1);
    finishItem(entry);
    changed.notify();
  };

  // The modification time of an input file: the year a dateline without one most likely means.
  const modified = new Map<number, Date | null>();
  const modifiedAt = (i: number) => {
    if (!modified.has(i)) {
      const name = files[i];
      modified.set(i, name === undefined || name === '-' ? null : statSync(name, { throwIfNoEntry: false })?.mtime ?? null);
    }
    return modified.get(i)!;
  };

  const analyse = async (entry: Entry, read: RawArticle) => {
    const date = publicationDate(read, options.published ?? null, modifiedAt(entry.file));
    const raw = { ...read, published: date.published };
    entry.raw = raw;
    entry.source = date.source;
    const id = contentHash(raw.text);
    entry.id = id;
    // Marked seen before the store is asked: the same text read twice in a row is analysed once.
    const repeated = seen.has(id);
    seen.add(id);
    const stored = !repeated && (await store.hasArticles([id])).size > 0;
    // Stored already: analysed again only to give it the date it lacked.
    if (stored) entry.redate = date.published !== null && (await store.getArticle(id))?.published === null;
    if (repeated || (stored && !entry.redate)) {
      counts.skipped += 1;
      over(entry);
      return;
    }
    for (const m of raw.messages) say(raw.name, m.text);
    try {
      entry.prepared = await pool.prepare(
        { text: raw.text, id, published: raw.published, messages: [...raw.messages, ...date.messages] },
        (minhash) => {
          entry.bands = new Set(minhashBands(minhash));
          changed.notify();
        },
      );
      entry.state = 'ready';
      changed.notify();
    } catch (error) {
      problem(raw.name, `analysis failed: ${error instanceof Error ? error.message : String(error)}; skipped`);
      over(entry);
    }
  };

  const extractThenAnalyse = async (entry: Entry, page: RawPage) => {
    let result;
    try {
      result = await pool.extract(page);
    } catch (error) {
      problem(page.name, `reading the page failed: ${error instanceof Error ? error.message : String(error)}; skipped`);
      over(entry);
      return;
    }
    if ('problem' in result) {
      problem(page.name, result.problem);
      over(entry);
      return;
    }
    await analyse(entry, result.article);
  };

  const committable = () => nextToStore(flight, order);
  const commitReady = async () => {
    for (let entry = committable(); entry; entry = committable()) {
      const prepared = entry.prepared!;
      entry.prepared = undefined;
      entry.state = 'storing';
      if (entry.redate) {
        if (await redateStored(store, entry.raw!, entry.id!, prepared)) dates.filled += 1;
      } else {
        const outcome = await commitArticle(store, entry.raw!, entry.id!, prepared);
        if (outcome === 'stored') counts.skipped += 1;
        else {
          const source = entry.source ?? null;
          if (source === 'dateline' || source === 'inferred' || source === 'flag') dates[source] += 1;
          if (source === null) dates.undated += 1;
          counts.added += 1;
          if (outcome === 'duplicate') counts.duplicates += 1;
          if (!prepared.english) counts.notEnglish += 1;
        }
      }
      over(entry);
      progress.update(counts, bytesDone, Date.now());
    }
  };

  try {
    for await (const { item, bytes, file } of readArticleInputs(files, { format: options.format, maxBytes: limits.maxBytes, stdin: options.stdin, budgetMs: limits.seconds * 1000, heapMb: limits.workerMb })) {
      if (!item) {
        fileEnds.set(file, bytes);
        if ((openItems.get(file) ?? 0) === 0) bytesDone += bytes;
      } else if (item.kind === 'error' || item.kind === 'warning') {
        if (item.kind === 'error') problem(item.name, item.message);
        else say(item.name, item.message);
        bytesDone += bytes;
      } else {
        counts.read += 1;
        const entry: Entry = { file, bytes, state: 'working' };
        openItems.set(file, (openItems.get(file) ?? 0) + 1);
        flight.push(entry);
        const name = item.kind === 'article' ? item.article.name : item.page.name;
        (item.kind === 'article' ? analyse(entry, item.article) : extractThenAnalyse(entry, item.page)).catch((error: unknown) => {
          problem(name, `cannot be stored (${error instanceof Error ? error.message : String(error)}); skipped`);
          if (entry.state !== 'over') over(entry);
        });
      }
      await commitReady();
      while (flight.length >= ahead) {
        await changed.next();
        await commitReady();
      }
      progress.update(counts, bytesDone, Date.now());
    }
    while (flight.length > 0) {
      await changed.next();
      // All read and none left to analyse: the workers go (their threads wind down on another core) while the last
      // articles are stored, not after.
      if (!closed && flight.every((e) => e.state !== 'working')) closed = pool.close();
      await commitReady();
    }
  } finally {
    progress.clear();
    await store.flush();
    await (closed ?? pool.close());
  }
  return { ...counts, dates, seconds: (Date.now() - started) / 1000 };
}
