/**
 * HTTP API latency: p50/p95/p99 of GET /v1/quotes searches against a 100,000-article SQLite store, over
 * real HTTP on 127.0.0.1, one request at a time.
 *
 *   node --import tsx bench/server.ts [--db FILE] [--docs 100000] [--requests 600]
 *
 * With --db, an existing corpus is measured as it is. Without it, `.bench/server-<docs>.db` is built once
 * and reused: the real bench documents (scripts/build-bench-corpus.ts) are analysed and stored with their
 * entity links, then stored again as synthetic copies until there are `docs` articles. A copy is the same
 * Doc with a marker appended to its text (new content hash, same offsets, so no re-analysis) and its
 * publication date moved by whole weeks.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { count, devFlags } from '../scripts/dev-flags.ts';
import { benchDocs } from '../scripts/build-bench-corpus.ts';
import { resolveEntities } from '../src/ingest/entity-resolution.ts';
import { defaultPipeline } from '../src/index.ts';
import { createApp } from '../src/server/app.ts';
import { listen } from '../src/server/listen.ts';
import { storeArticle } from '../src/server/store-article.ts';
import type { EntityLink, Store } from '../src/store/contract.ts';
import { contentHash } from '../src/store/content-hash.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import { REPO_ROOT } from '../src/util/shared-data.ts';

export interface ServerBench {
  bench: 'server-quotes';
  articles: number;
  quotes: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  byKind: Record<string, { requests: number; p95Ms: number }>;
}

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Build (or reuse) a store of `total` articles; returns its path. */
export async function benchStore(total: number, log: (line: string) => void = () => {}): Promise<string> {
  const file = path.join(REPO_ROOT, '.bench', `server-${total}.db`);
  mkdirSync(path.dirname(file), { recursive: true });
  const store = openSqliteStore(file);
  try {
    const have = (await store.stats()).articles;
    if (have >= total) return file;
    if (have > 0) throw new Error(`${file} holds ${have} of ${total} articles: delete it and run again`);
    const docs = benchDocs();
    const pipeline = defaultPipeline();
    const originals: string[] = [];
    const started = performance.now();
    for (const d of docs.slice(0, total)) {
      const { id } = await storeArticle(store, pipeline, d.text, { name: d.id, title: d.title, url: null, source: d.source, published: d.published, language: null });
      originals.push(id);
      if (originals.length % 1000 === 0) log(`analysed ${originals.length}/${docs.length} (${Math.round(performance.now() - started)} ms)`);
    }
    let stored = (await store.stats()).articles;
    const links = new Map<string, EntityLink[]>();
    for (let k = 1; stored < total; k += 1) {
      for (const id of originals) {
        if (stored >= total) break;
        stored += Number(await putCopy(store, id, k, links));
      }
      log(`copies ${k}: ${stored}/${total} articles (${Math.round(performance.now() - started)} ms)`);
    }
    return file;
  } finally {
    await store.close();
  }
}

/** Store copy k of a stored article: same layers and entity links, marked text, published k weeks later. */
async function putCopy(store: Store, id: string, k: number, links: Map<string, EntityLink[]>): Promise<boolean> {
  const [doc, row] = await Promise.all([store.getDoc(id), store.getArticle(id)]);
  if (!doc || !row) return false;
  // The original is stored, so resolving its entities again finds the canonical ones it was linked to.
  if (!links.has(id)) links.set(id, await resolveEntities(store, doc));
  const text = `${doc.text}\n(synthetic copy ${k})`;
  const published = shiftDays(row.published ?? '2000-01-03', 7 * k);
  return store.putArticle({
    id: contentHash(text), doc: { ...doc, text, published }, minhash: [], links: links.get(id)!,
    meta: { name: `${row.name}~${k}`, title: row.title, url: null, source: row.source, published, language: row.language },
    status: row.status, duplicateOf: null, similarity: null,
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Search terms drawn from the store itself, so every kind of query has matches to rank. */
async function queryMix(store: Store, requests: number): Promise<{ kind: string; query: string }[]> {
  const speakers = (await store.listEntities({ type: 'PERSON', limit: 50 })).items;
  const places = (await store.listEntities({ type: 'GPE', limit: 50 })).items;
  const words: string[] = [];
  const phrases: string[] = [];
  for await (const q of store.exportQuotes()) {
    const tokens = q.content.toLowerCase().match(/[a-z]{5,}/g) ?? [];
    if (tokens[0]) words.push(tokens[0]);
    if (tokens[1] && tokens[2]) phrases.push(`"${tokens[1]} ${tokens[2]}"`);
    if (words.length >= 400) break;
  }
  const kinds: [string, (i: number) => string][] = [
    ['q word', (i) => `q=${encodeURIComponent(words[i % words.length]!)}`],
    ['q phrase', (i) => `q=${encodeURIComponent(phrases[i % phrases.length]!)}`],
    ['q OR', (i) => `q=${encodeURIComponent(`${words[i % words.length]} OR ${words[(i * 7 + 3) % words.length]}`)}`],
    ['speaker', (i) => `speaker=${encodeURIComponent(speakers[i % speakers.length]!.name)}`],
    ['speaker id', (i) => `speaker=${speakers[i % speakers.length]!.id}`],
    ['about', (i) => `about=${places[i % places.length]!.id}`],
    ['speaker + q', (i) => `speaker=${speakers[i % speakers.length]!.id}&q=${encodeURIComponent(words[(i * 3) % words.length]!)}`],
    ['date range', (i) => `from=2001-01-01&to=${2001 + (i % 20)}-06-30`],
    ['all', () => ''],
  ];
  return Array.from({ length: requests }, (_, i) => {
    const [kind, make] = kinds[i % kinds.length]!;
    return { kind, query: make(i) };
  });
}

/** Measure /v1/quotes over HTTP against the store at `file`. */
export async function benchServer(options: { db?: string; docs?: number; requests?: number; log?: (line: string) => void } = {}): Promise<ServerBench> {
  const log = options.log ?? (() => {});
  const file = options.db ?? await benchStore(options.docs ?? 100_000, log);
  if (!existsSync(file)) throw new Error(`${file}: no such corpus`);
  const store = openSqliteStore(file);
  const server = await listen(createApp({ store, analyze: () => Promise.reject(new Error('read-only bench')), ingest: () => Promise.reject(new Error('read-only bench')) }, { webRoot: null }), { port: 0, host: '127.0.0.1' });
  try {
    const stats = await store.stats();
    const mix = await queryMix(store, options.requests ?? 600);
    // Warm the page cache and the statement cache with one pass over a few queries.
    for (const { query } of mix.slice(0, 20)) await (await fetch(`${server.url}/v1/quotes?${query}`)).arrayBuffer();
    const times: { kind: string; ms: number }[] = [];
    for (const { kind, query } of mix) {
      const t0 = performance.now();
      const response = await fetch(`${server.url}/v1/quotes?${query}`);
      await response.arrayBuffer();
      times.push({ kind, ms: performance.now() - t0 });
      if (response.status !== 200) throw new Error(`/v1/quotes?${query}: HTTP ${response.status}`);
    }
    const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
    const byKind: ServerBench['byKind'] = {};
    for (const kind of new Set(times.map((t) => t.kind))) {
      const ms = times.filter((t) => t.kind === kind).map((t) => t.ms).sort((a, b) => a - b);
      byKind[kind] = { requests: ms.length, p95Ms: +percentile(ms, 95).toFixed(1) };
    }
    return {
      bench: 'server-quotes', articles: stats.articles, quotes: stats.quotes, requests: times.length,
      p50Ms: +percentile(sorted, 50).toFixed(1), p95Ms: +percentile(sorted, 95).toFixed(1), p99Ms: +percentile(sorted, 99).toFixed(1),
      maxMs: +sorted.at(-1)!.toFixed(1), byKind,
    };
  } finally {
    await server.close();
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { flags: values } = devFlags(
    'node --import tsx bench/server.ts [--db FILE] [--docs N] [--requests N]',
    { db: { type: 'string' }, docs: { type: 'string' }, requests: { type: 'string' } },
    z.object({ db: z.string().optional(), docs: count.optional(), requests: count.optional() }),
  );
  const result = await benchServer({
    db: values.db, docs: values.docs, requests: values.requests,
    log: (line) => process.stderr.write(`bench/server: ${line}\n`),
  });
  console.log(`GET /v1/quotes over HTTP, ${result.articles.toLocaleString('en-US')} articles, ${result.quotes.toLocaleString('en-US')} quotes, ${result.requests} requests`);
  console.log(`  p50 ${result.p50Ms} ms   p95 ${result.p95Ms} ms   p99 ${result.p99Ms} ms   max ${result.maxMs} ms`);
  for (const [kind, k] of Object.entries(result.byKind)) console.log(`  ${kind.padEnd(12)} p95 ${k.p95Ms} ms`);
  console.log(JSON.stringify(result));
}
