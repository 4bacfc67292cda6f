/**
 * One client's 1 MB analysis does not hold another client's reads: the article is analysed in a worker
 * thread while the serving thread answers. The server is a real `newsgraph serve` process; the latency of
 * GETs sent one after another for as long as the analysis runs (at least 10 of them) is judged on its
 * 90th percentile against 100 ms, so one descheduling on a busy machine does not decide it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_BODY_LIMIT } from '../../src/server/app.ts';
import { openSqliteStore } from '../../src/store/sqlite/store.ts';
import { fixtureArticle, putinArticle } from '../../src/store/test-fixtures.ts';
import { longText } from '../fuzz/texts.ts';
import { cli } from './ingest-corpus.ts';

const BOUND_MS = 100;
let dir: string;
let db: string;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-latency-'));
  db = path.join(dir, 'corpus.db');
  const store = openSqliteStore(db);
  for (const day of ['2020-10-05', '2020-10-14', '2020-10-22']) await store.putArticle(fixtureArticle(putinArticle(day)));
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

describe('serve under a long analysis', { timeout: 300_000 }, () => {
  it(`answers another client's GETs in under ${BOUND_MS} ms while it analyses a 1 MB article`, async (t) => {
    const serve = cli(['serve', '--db', db, '--port', '0', '--workers', '1', '--article-seconds', '240']);
    let said = '';
    const url = await new Promise<string>((resolve, reject) => {
      serve.child.stderr!.on('data', (chunk) => {
        said += chunk;
        const at = /workbench at (http:\/\/[\d.]+:\d+)\//.exec(said);
        if (at) resolve(at[1]!);
      });
      void serve.done.then(() => reject(new Error(`serve ended: ${said}`)));
    });
    const server = { url };
    try {
      // The largest article that fits the default body limit.
      let text = longText('news', 1_000_000);
      while (Buffer.byteLength(JSON.stringify({ text })) > DEFAULT_BODY_LIMIT) text = text.slice(0, -1000);
      const get = async () => {
        const start = performance.now();
        const response = await fetch(`${server.url}/v1/articles?limit=10`);
        assert.equal(response.status, 200);
        await response.arrayBuffer();
        return performance.now() - start;
      };
      const analyze = (body: string) => fetch(`${server.url}/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      // The worker is up and the route warm before anything is timed.
      assert.equal((await analyze(JSON.stringify({ text: 'Putin met Xi in Moscow on Monday.' }))).status, 200);
      const before = [];
      for (let i = 0; i < 10; i += 1) before.push(await get());

      let analysing = true;
      const posted = performance.now();
      const big = analyze(JSON.stringify({ text, published: '2021-03-01' })).then(async (r) => {
        const bytes = await r.arrayBuffer(); // decoded after the GETs: this thread is the GET client's too
        analysing = false;
        return { status: r.status, bytes };
      });
      const during: number[] = [];
      while (analysing) {
        const ms = await get();
        if (analysing) during.push(ms);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const { status, bytes } = await big;
      const body = Buffer.from(bytes).toString('utf8');
      const seconds = (performance.now() - posted) / 1000;
      t.diagnostic(`1 MB analysis: ${seconds.toFixed(1)} s; GETs during it: ${during.length}, median ${percentile(during, 0.5).toFixed(1)} ms, `
        + `p90 ${percentile(during, 0.9).toFixed(1)} ms, max ${Math.max(...during).toFixed(1)} ms; before it: median ${percentile(before, 0.5).toFixed(1)} ms`);
      assert.equal(status, 200, body.slice(0, 300));
      assert.equal(JSON.parse(body).text, text);
      assert.ok(during.length >= 10, `only ${during.length} GETs during the analysis`);
      assert.ok(percentile(during, 0.9) < BOUND_MS, `90th percentile ${percentile(during, 0.9).toFixed(1)} ms`);
    } finally {
      serve.child.kill('SIGTERM');
      await serve.done;
    }
  });
});
