/**
 * Scale-out benchmark (npm run bench:scale; not a test): the same documents of the bench corpus analysed
 * through a PostgreSQL corpus's queue by 1 worker process and by 2 worker processes, articles/s each and
 * the ratio; what one article costs to analyse and to commit (for the README's estimate of N machines);
 * and quote search p95 on PostgreSQL beside SQLite on the same corpus.
 *
 *   node --import tsx bench/scale.ts [--docs 2000] [--url postgres://postgres@127.0.0.1:5432/test] [--workers 1,2] [--search-corpus N]
 *
 * --search-corpus N also fills a schema of its own (and a SQLite file) with N articles, the sample analysed
 * once and then date-shifted copies committed 200 to a transaction (as bench/ingest.ts --corpus builds its
 * copies), and prints quote search p95 at that size on both.
 *
 * Rates are taken from the queue itself: jobs done over the span from the first job started to the last
 * completed, so process start-up (loading the models) is left out. Each run uses a schema of its own,
 * dropped first.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { count, devFlags } from '../scripts/dev-flags.ts';
import pg from 'pg';
import { benchDocs } from '../scripts/build-bench-corpus.ts';
import { analyzeArticle, prepareArticle, type AnalyzedArticle } from '../src/ingest/analyze-article.ts';
import { commitArticle } from '../src/ingest/ingest.ts';
import { minhashSignature } from '../src/ingest/near-duplicate.ts';
import { copyDoc } from './ingest.ts';
import { commitLocked } from '../src/ingest/locked-commit.ts';
import { defaultPipeline } from '../src/pipeline/presets.ts';
import type { Store } from '../src/store/contract.ts';
import { contentHash } from '../src/store/content-hash.ts';
import { openPostgresStore } from '../src/store/postgres/store.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import { REPO_ROOT } from '../src/util/shared-data.ts';

const { flags: values } = devFlags(
  'npm run bench:scale [-- --docs 2000] [--url postgres://postgres@127.0.0.1:5432/test] [--workers 1,2] [--search-corpus N]',
  { docs: { type: 'string' }, url: { type: 'string' }, workers: { type: 'string' }, 'search-corpus': { type: 'string' } },
  z.object({
    docs: count.default(2000), url: z.string().default('postgres://postgres@127.0.0.1:5432/test'),
    workers: z.string().regex(/^\d+(,\d+)*$/, 'worker counts separated by commas, e.g. 1,2').default('1,2'), 'search-corpus': count.optional(),
  }),
);
const N = values.docs;
const URL_BASE = values.url;
const BIN = path.join(REPO_ROOT, 'bin', 'newsgraph.js');
const CACHE = path.join(REPO_ROOT, '.bench');

function corpusUrl(schema: string): string {
  const url = new URL(URL_BASE);
  url.searchParams.set('schema', schema);
  return url.toString();
}

function run(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => { err += c; });
    child.on('close', (code) => resolve({ code, err }));
  });
}

async function dropSchema(client: pg.Client, schema: string): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
}

function p95(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

async function searchP95(store: Store, label: string): Promise<Record<string, number>> {
  const queries: [string, Parameters<Store['searchQuotes']>[0]][] = [
    ['word', { q: 'government' }], ['two words', { q: 'police said' }], ['phrase', { q: '"prime minister"' }],
    ['prefix', { q: 'elect*' }], ['OR', { q: 'troops OR soldiers' }], ['speaker', { speaker: 'Bush' }],
  ];
  const out: Record<string, number> = {};
  for (const [name, query] of queries) {
    await store.searchQuotes(query);
    const times: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const t = performance.now();
      await store.searchQuotes({ ...query, limit: 50 });
      times.push(performance.now() - t);
    }
    out[name] = +p95(times).toFixed(2);
  }
  console.log(`quote search p95 ms, ${label}: ${JSON.stringify(out)}`);
  return out;
}

const all = benchDocs();
const step = Math.max(1, Math.floor(all.length / N));
const docs = all.filter((_, i) => i % step === 0).slice(0, N);
mkdirSync(CACHE, { recursive: true });
const input = path.join(CACHE, `scale-${docs.length}.jsonl`);
writeFileSync(input, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
console.log(`bench:scale: ${docs.length} documents of the bench corpus, ${docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0)} words`);

const client = new pg.Client({ connectionString: URL_BASE });
await client.connect();
const rates: Record<number, number> = {};
for (const workers of values.workers.split(',').map(Number)) {
  const schema = `bench_scale_w${workers}`;
  await dropSchema(client, schema);
  const db = corpusUrl(schema);
  const enq = await run(['ingest', input, '--db', db]);
  if (enq.code !== 0) throw new Error(enq.err);
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: workers }, () => run(['worker', '--db', db, '--concurrency', '1', '--until-empty'])));
  const wall = (performance.now() - started) / 1000;
  for (const r of results) if (r.code !== 0) throw new Error(r.err);
  const { rows: [span] } = await client.query(`SELECT count(*)::int AS done, extract(epoch FROM max(completed_on) - min(started_on))::float AS seconds
    FROM ${schema}_boss.job WHERE state = 'completed'`);
  const { rows: [stored] } = await client.query(`SELECT count(*)::int AS n FROM ${schema}.articles`);
  rates[workers] = span.done / span.seconds;
  console.log(`${workers} worker process(es): ${span.done} jobs done, ${stored.n} articles stored, ${span.seconds.toFixed(1)} s from first job to last `
    + `→ ${rates[workers]!.toFixed(1)} articles/s (wall ${wall.toFixed(1)} s with start-up)`);
}
const counts = Object.keys(rates).map(Number);
if (counts.includes(1) && counts.includes(2)) console.log(`ratio 2 workers / 1 worker: ${(rates[2]! / rates[1]!).toFixed(2)}×`);

// One article's costs, in this process: analysis, and the commit (locks, resolution, near-duplicates, write).
const sample = docs.slice(0, 100);
const pipeline = defaultPipeline();
const analysed = [];
const docsOf: AnalyzedArticle[] = [];
let t = performance.now();
for (const d of sample) {
  docsOf.push(analyzeArticle(pipeline, { text: d.text, id: contentHash(d.text), published: d.published }));
  analysed.push(prepareArticle(docsOf.at(-1)!));
}
const analyseMs = (performance.now() - t) / sample.length;
await dropSchema(client, 'bench_scale_commit');
const store = await openPostgresStore(URL_BASE, { schema: 'bench_scale_commit' });
t = performance.now();
for (const [i, d] of sample.entries()) {
  await commitLocked(store, { name: d.id, text: d.text, title: d.title, url: null, source: d.source, published: d.published, messages: [] }, contentHash(d.text), analysed[i]!);
}
const commitMs = (performance.now() - t) / sample.length;
await store.close();
await dropSchema(client, 'bench_scale_commit');
console.log(`per article (${sample.length} documents, one process): analysis ${analyseMs.toFixed(1)} ms, PostgreSQL commit ${commitMs.toFixed(1)} ms`);

// Quote search on the 1-worker corpus, and on a SQLite file of the same documents.
const pgStore = await openPostgresStore(URL_BASE, { schema: `bench_scale_w${counts[0]}`, migrate: false });
await searchP95(pgStore, `PostgreSQL, ${(await pgStore.stats()).articles} articles, ${(await pgStore.stats()).quotes} quotes`);
await pgStore.close();
const file = path.join(CACHE, `scale-${docs.length}.db`);
for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
const ingested = await run(['ingest', input, '--db', file]);
if (ingested.code !== 0) throw new Error(ingested.err);
const sqlite = openSqliteStore(file);
await searchP95(sqlite, `SQLite, ${(await sqlite.stats()).articles} articles, ${(await sqlite.stats()).quotes} quotes`);
await sqlite.close();

/** Store `total` articles: the analysed sample, then its copies k = 1, 2, … (dates moved k weeks), 200 to a transaction. */
async function fillCopies(total: number, inBatch: (body: (store: Store) => Promise<void>) => Promise<void>): Promise<void> {
  const all = Array.from({ length: total }, (_, i) => ({ i: i % sample.length, k: Math.floor(i / sample.length) }));
  for (let at = 0; at < all.length; at += 200) {
    await inBatch(async (store) => {
      for (const { i, k } of all.slice(at, at + 200)) {
        const d = sample[i]!;
        const doc = k === 0 ? docsOf[i]!.doc : copyDoc(docsOf[i]!.doc, k, 7 * k);
        const raw = { name: `${d.id}~${k}`, text: doc.text, title: d.title, url: null, source: d.source, published: doc.published, messages: [] };
        await commitArticle(store, raw, contentHash(doc.text), { ...docsOf[i]!, doc, minhash: minhashSignature(doc.text) });
      }
    });
  }
}

const searchCorpus = values['search-corpus'] ?? 0;
if (searchCorpus > 0) {
  const schema = 'bench_scale_search';
  await dropSchema(client, schema);
  const big = await openPostgresStore(URL_BASE, { schema });
  let t0 = performance.now();
  await fillCopies(searchCorpus, (body) => big.transaction([], body));
  console.log(`search corpus: ${searchCorpus} articles into PostgreSQL in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await searchP95(big, `PostgreSQL, ${(await big.stats()).articles} articles, ${(await big.stats()).quotes} quotes`);
  await big.close();
  const bigFile = path.join(CACHE, `scale-search-${searchCorpus}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${bigFile}${suffix}`, { force: true });
  const bigSqlite = openSqliteStore(bigFile, { batch: 200 });
  t0 = performance.now();
  await fillCopies(searchCorpus, async (body) => { await body(bigSqlite); await bigSqlite.flush(); });
  console.log(`search corpus: ${searchCorpus} articles into SQLite in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await searchP95(bigSqlite, `SQLite, ${(await bigSqlite.stats()).articles} articles, ${(await bigSqlite.stats()).quotes} quotes`);
  await bigSqlite.close();
}
await client.end();
