/**
 * Ingest benchmarks on the real bench corpus (scripts/build-bench-corpus.ts: ≥ 5,000 documents from
 * ../shared/data).
 *
 *   node --import tsx bench/ingest.ts                      ingest vs analyze-only throughput (npm run bench)
 *                                     [--docs N] [--rounds R] [--workers W]   (N evenly spaced documents, for quick runs)
 *   node --import tsx bench/ingest.ts --corpus 100000      scale: 100,000 documents, file size, query p95
 *                                     [--db FILE] [--full]
 *
 * Throughput: the same documents go through the worker pool with analysis only, and through `ingest`
 * (reading JSON Lines, hashing, language, analysis in the same pool, MinHash, near-duplicate and entity
 * links, SQLite writes), alternating for R rounds; the ratio is of the two sides' median articles/s. The CPU time
 * of the main thread per document (Linux) is reported for both sides: it is what ingest adds to the
 * workers' load, and unlike the rates it hardly moves with other load on the machine.
 *
 * Scale: the real documents are ingested, then the store is filled to N with synthetic copies (labelled
 * so in their text, dates shifted by whole weeks). A copy reuses its original's analysis (same Doc, a
 * marker line appended, dates moved) and is committed through the same path as ingest (MinHash, near-
 * duplicate link, entity resolution, store). --full instead ingests all N documents from JSON Lines with
 * analysis, as `npm run bench:corpus` does (on a 2-core machine about 7 minutes for 100,000).
 * Then quote full-text, speaker and sentence searches are timed, one at a time, on the first page of 50.
 */
import { createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { count, devFlags } from '../scripts/dev-flags.ts';
import { benchDocs, replica, shiftDate, syntheticMarker, type BenchDoc } from '../scripts/build-bench-corpus.ts';
import { sampleDocs, summarize } from './corpus.ts';
import { AHEAD_PER_WORKER, commitArticle, ingest } from '../src/ingest/ingest.ts';
import { AnalysisPool } from '../src/ingest/analysis-pool.ts';
import { minhashSignature } from '../src/ingest/near-duplicate.ts';
import type { Doc } from '../src/model/index.ts';
import type { Store } from '../src/store/contract.ts';
import { contentHash } from '../src/store/content-hash.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import { REPO_ROOT } from '../src/util/shared-data.ts';

const CACHE = path.join(REPO_ROOT, '.bench');
const NULL = new Writable({ write(_c, _e, done) { done(); } });

async function writeJsonl(file: string, docs: Iterable<BenchDoc>): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  for (const d of docs) if (!out.write(`${JSON.stringify(d)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function removeDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

async function runIngest(file: string, db: string, workers?: number) {
  const store = openSqliteStore(db, { batch: 256 });
  try {
    return await ingest({ store, files: [file], workers, stdin: () => { throw new Error('no stdin'); }, log: NULL, tty: false, progressEvery: 1e9 });
  } finally {
    await store.close();
  }
}

/** Analysis alone, in the same pool and with the same number of tasks in flight as ingest. */
async function analyzeOnly(docs: BenchDoc[], workers?: number): Promise<{ seconds: number; workers: number }> {
  const t0 = performance.now();
  const pool = new AnalysisPool({ size: workers, depth: 2 });
  const window = pool.size * AHEAD_PER_WORKER;
  const queue: Promise<unknown>[] = [];
  for (const d of docs) {
    queue.push(pool.prepare({ text: d.text, id: d.id, published: d.published }));
    while (queue.length >= window) await queue.shift();
  }
  await Promise.all(queue);
  const size = pool.size;
  await pool.close();
  return { seconds: (performance.now() - t0) / 1000, workers: size };
}

export interface IngestBench {
  bench: 'ingest';
  docs: number;
  workers: number;
  rounds: number;
  /** medians over the rounds */
  analyzeOnlyDocsPerSecond: number;
  ingestDocsPerSecond: number;
  /** ratio of the medians */
  ratio: number;
  /** median over the rounds of each round's ingest / analyze-only ratio */
  roundRatio: number;
  /** (max − min) / median of each side's rate over the rounds */
  analyzeOnlySpread: number;
  ingestSpread: number;
  /** main-thread CPU ms per document on each side (all rounds); null where the OS does not say */
  analyzeMainCpuMs: number | null;
  ingestMainCpuMs: number | null;
  dbMb: number;
}

/** CPU time of the main thread so far, in ms (Linux's per-thread schedstat); null on other systems. */
function mainThreadCpuMs(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/**
 * Ingest throughput against analyze-only throughput on the real bench documents. The two sides alternate
 * over the same documents, round after round (analyze, ingest into an empty store, analyze, ingest, …),
 * and each side's median rate is taken, so load from other processes on the machine weighs on both alike.
 */
export async function benchIngest(options: { workers?: number; rounds?: number; docs?: number; log?: (line: string) => void } = {}): Promise<IngestBench> {
  const docs = sampleDocs(options.docs);
  const db = path.join(CACHE, 'ingest.db');
  const file = path.join(CACHE, 'ingest-docs.jsonl');
  await writeJsonl(file, docs);
  const rounds = options.rounds ?? 3;
  const rates = { analyze: [] as number[], ingest: [] as number[] };
  let workers = 0;
  let dbMb = 0;
  const cpu = { analyze: 0, ingest: 0 };
  const onMainThread = async <T>(side: keyof typeof cpu, run: () => Promise<T>): Promise<T> => {
    const before = mainThreadCpuMs();
    const result = await run();
    cpu[side] += (mainThreadCpuMs() ?? NaN) - (before ?? NaN);
    return result;
  };
  for (let r = 0; r < rounds; r += 1) {
    const analysis = await onMainThread('analyze', () => analyzeOnly(docs, options.workers));
    rates.analyze.push(docs.length / analysis.seconds);
    workers = analysis.workers;
    removeDb(db);
    const summary = await onMainThread('ingest', () => runIngest(file, db, options.workers));
    rates.ingest.push(docs.length / summary.seconds);
    dbMb = statSync(db).size / 2 ** 20;
    removeDb(db);
    options.log?.(`  round ${r + 1}/${rounds}: analyze only ${rates.analyze.at(-1)!.toFixed(1)} articles/s, ingest ${rates.ingest.at(-1)!.toFixed(1)} articles/s`);
  }
  rmSync(file);
  const analyze = summarize(rates.analyze);
  const ingested = summarize(rates.ingest);
  const perDoc = (ms: number) => (Number.isNaN(ms) ? null : +(ms / (docs.length * rounds)).toFixed(3));
  return {
    bench: 'ingest', docs: docs.length, workers, rounds,
    analyzeOnlyDocsPerSecond: +analyze.median.toFixed(1), ingestDocsPerSecond: +ingested.median.toFixed(1),
    ratio: +(ingested.median / analyze.median).toFixed(3),
    roundRatio: +summarize(rates.ingest.map((r, i) => r / rates.analyze[i]!)).median.toFixed(3),
    analyzeOnlySpread: +analyze.spread.toFixed(3), ingestSpread: +ingested.spread.toFixed(3),
    analyzeMainCpuMs: perDoc(cpu.analyze), ingestMainCpuMs: perDoc(cpu.ingest),
    dbMb: +dbMb.toFixed(1),
  };
}

/** A synthetic copy of a stored document: marker line appended, every full date moved by `days`. */
export function copyDoc(doc: Doc, k: number, days: number): Doc {
  const shift = (v: string | null) => v?.replace(/^\d{4}-\d{2}-\d{2}/, (d) => shiftDate(d, days)) ?? null;
  return {
    ...doc,
    id: doc.id ? `${doc.id}~${k}` : null,
    text: `${doc.text}\n${syntheticMarker(k)}`,
    published: doc.published ? shiftDate(doc.published, days) : null,
    timexes: doc.timexes.map((t) => ({ ...t, value: shift(t.value) })),
    events: doc.events.map((e) => ({ ...e, date: { ...e.date, value: shift(e.date.value) } })),
  };
}

async function fillWithCopies(store: Store, total: number, log: (line: string) => void): Promise<number> {
  const originals: string[] = [];
  for await (const a of store.exportArticles()) originals.push(a.id);
  let n = originals.length;
  for (let k = 1; n < total; k += 1) {
    for (const id of originals) {
      if (n >= total) break;
      const [article, doc] = [await store.getArticle(id), await store.getDoc(id)];
      const copy = copyDoc(doc!, k, 7 * k);
      const raw = { name: `${article!.name}~${k}`, text: copy.text, title: article!.title, url: article!.url, source: article!.source, published: copy.published, messages: [] };
      const outcome = await commitArticle(store, raw, contentHash(copy.text), {
        doc: copy, language: article!.language, english: article!.status === 'analyzed', minhash: minhashSignature(copy.text),
      });
      if (outcome !== 'stored') n += 1;
      if (n % 10_000 === 0) log(`  ${n} documents stored`);
    }
  }
  await store.flush();
  return n - originals.length;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timeQueries(queries: (() => Promise<unknown>)[]): Promise<{ n: number; p50Ms: number; p95Ms: number; maxMs: number }> {
  const ms: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    await q();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const r = (x: number) => +x.toFixed(2);
  return { n: ms.length, p50Ms: r(percentile(ms, 50)), p95Ms: r(percentile(ms, 95)), maxMs: r(ms[ms.length - 1]!) };
}

/** Words and speakers to search for, taken from the stored quotes (the most frequent first). */
async function queryTerms(store: Store): Promise<{ words: string[]; speakers: { id: string; name: string }[] }> {
  const counts = new Map<string, number>();
  let seen = 0;
  for await (const q of store.exportQuotes()) {
    for (const w of q.content.toLowerCase().match(/\p{L}{5,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    if ((seen += 1) >= 5000) break;
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 40).map(([w]) => w);
  const speakers = (await store.listEntities({ type: 'PERSON', limit: 200 })).items.filter((e) => e.quotes > 0).slice(0, 40);
  return { words, speakers: speakers.map((e) => ({ id: e.id, name: e.name })) };
}

export interface CorpusBench {
  bench: 'ingest-corpus';
  documents: number;
  real: number;
  synthetic: number;
  mode: 'copies' | 'full';
  ingestSeconds: number;
  ingestDocsPerSecond: number;
  fillSeconds: number;
  dbMb: number;
  quotes: number;
  latency: Record<string, { n: number; p50Ms: number; p95Ms: number; maxMs: number }>;
}

export async function benchCorpus(options: { total: number; db?: string; full?: boolean; log?: (line: string) => void }): Promise<CorpusBench> {
  const log = options.log ?? (() => {});
  const docs = benchDocs();
  const db = options.db ?? path.join(CACHE, `ingest-${options.total}.db`);
  removeDb(db);
  const file = path.join(CACHE, options.full ? `corpus-${options.total}.jsonl` : 'ingest-corpus.jsonl');
  const n = options.full ? options.total : docs.length;
  await writeJsonl(file, (function* () {
    for (let i = 0; i < n; i += 1) yield replica(docs[i % docs.length]!, Math.floor(i / docs.length));
  })());
  log(`ingesting ${n} documents from ${file}`);
  const summary = await runIngest(file, db);
  log(`  ${summary.added} added in ${summary.seconds.toFixed(1)} s (${(summary.read / summary.seconds).toFixed(1)} articles/s)`);
  const store = openSqliteStore(db, { batch: 256 });
  try {
    const t0 = performance.now();
    const synthetic = options.full ? 0 : await fillWithCopies(store, options.total, log);
    const fillSeconds = (performance.now() - t0) / 1000;
    const stats = await store.stats();
    log(`  ${stats.articles} articles, ${stats.quotes} quotes, ${stats.events} events; timing queries`);
    const { words, speakers } = await queryTerms(store);
    const repeat = <T>(list: T[], times: number) => Array.from({ length: times }, (_, i) => list[i % list.length]!);
    const latency = {
      quoteText: await timeQueries(repeat(words, 200).map((w) => () => store.searchQuotes({ q: w, limit: 50 }))),
      quoteTextWithCopies: await timeQueries(repeat(words, 200).map((w) => () => store.searchQuotes({ q: w, limit: 50, includeDuplicates: true }))),
      quotePhrase: await timeQueries(repeat(words, 100).map((w, i) => () => store.searchQuotes({ q: `${w} OR ${words[(i + 7) % words.length]}`, limit: 50 }))),
      speakerId: await timeQueries(repeat(speakers, 200).map((s) => () => store.searchQuotes({ speaker: s.id, limit: 50 }))),
      speakerName: await timeQueries(repeat(speakers, 200).map((s) => () => store.searchQuotes({ speaker: s.name, limit: 50, includeDuplicates: true }))),
      speakerAndText: await timeQueries(repeat(speakers, 100).map((s, i) => () => store.searchQuotes({ speaker: s.id, q: words[i % words.length], limit: 50 }))),
      sentenceText: await timeQueries(repeat(words, 200).map((w) => () => store.searchSentences({ q: w, limit: 50 }))),
    };
    return {
      bench: 'ingest-corpus', documents: stats.articles, real: docs.length, synthetic: options.full ? n - docs.length : synthetic,
      mode: options.full ? 'full' : 'copies', ingestSeconds: +summary.seconds.toFixed(1), ingestDocsPerSecond: +(summary.read / summary.seconds).toFixed(1),
      fillSeconds: +fillSeconds.toFixed(1), dbMb: +(statSync(db).size / 2 ** 20).toFixed(1), quotes: stats.quotes, latency,
    };
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const { flags: values } = devFlags(
    'npm run bench:ingest [-- --workers N] [--docs N] [--rounds N] [--corpus N [--db FILE] [--full]]',
    { corpus: { type: 'string' }, db: { type: 'string' }, full: { type: 'boolean' }, workers: { type: 'string' }, docs: { type: 'string' }, rounds: { type: 'string' } },
    z.object({ corpus: count.optional(), db: z.string().optional(), full: z.boolean().optional(), workers: count.optional(), docs: count.optional(), rounds: count.optional() }),
  );
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (values.corpus) {
    const r = await benchCorpus({ total: values.corpus, db: values.db, full: values.full, log });
    console.log(`corpus: ${r.documents} documents (${r.real} real, ${r.synthetic} synthetic copies, ${r.mode}), ${r.quotes} quotes, ${r.dbMb} MB`);
    console.log(`ingest of the real documents: ${r.ingestDocsPerSecond} articles/s; copies stored in ${r.fillSeconds} s`);
    for (const [kind, l] of Object.entries(r.latency)) console.log(`  ${kind.padEnd(20)} p50 ${String(l.p50Ms).padStart(7)} ms  p95 ${String(l.p95Ms).padStart(7)} ms  max ${l.maxMs} ms  (${l.n} queries)`);
    console.log(JSON.stringify(r));
    writeFileSync(path.join(CACHE, 'ingest-corpus.json'), `${JSON.stringify(r, null, 2)}\n`);
  } else {
    const r = await benchIngest({ workers: values.workers, docs: values.docs, rounds: values.rounds, log });
    console.log(`ingest: ${r.docs} documents, ${r.workers} workers, ${r.rounds} rounds: analyze-only ${r.analyzeOnlyDocsPerSecond} articles/s (spread ${r.analyzeOnlySpread}), ingest ${r.ingestDocsPerSecond} articles/s (spread ${r.ingestSpread}), ratio of medians ${r.ratio} (per round ${r.roundRatio})`);
    console.log(`main-thread CPU per document: analyze-only ${r.analyzeMainCpuMs} ms, ingest ${r.ingestMainCpuMs} ms`);
    console.log(JSON.stringify(r));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
