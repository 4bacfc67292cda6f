import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from '../../store/sqlite/store.ts';
import { fixtureArticle, putinArticle } from '../../store/test-fixtures.ts';
import type { Io } from '../command.ts';
import { main } from '../main.ts';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../ingest/limits.ts';
import { startServe, type ServeFlags } from './serve.ts';
import { DEFAULT_DB } from './store-flags.ts';

function capture(): Io & { text: () => { out: string; err: string } } {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: '', err: '' };
  out.on('data', (d) => (chunks.out += d));
  err.on('data', (d) => (chunks.err += d));
  return { out, err, stdin: new PassThrough(), text: () => chunks };
}

const flags = (): ServeFlags => ({
  db, port: 0, host: '127.0.0.1', 'body-limit': 1024 * 1024, 'max-article-mb': DEFAULT_MAX_ARTICLE_BYTES, 'article-seconds': 60, 'worker-mb': 1024, 'allow-host': [], workers: 1,
});

let dir: string;
let db: string;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-serve-'));
  db = path.join(dir, 'corpus.db');
  const store = openSqliteStore(db);
  await store.putArticle(fixtureArticle(putinArticle('2020-10-22')));
  await store.close();
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph serve', () => {
  it('serves the corpus on 127.0.0.1 by default and says where', async () => {
    const io = capture();
    const server = await startServe(flags(), null, io);
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await (await fetch(`${server.url}/v1/articles`)).json() as { items: { title: string }[] };
      assert.deepEqual(page.items.map((a) => a.title), ['Putin on sanctions']);
      assert.match(io.text().err, /workbench at http:\/\/127\.0\.0\.1:\d+\/.*writes off/);
    } finally {
      await server.close();
    }
  });

  it('stores a posted article through the real pipeline when started with a token', async () => {
    const server = await startServe(flags(), 'sekret', capture());
    try {
      const post = (auth: string | null) => fetch(`${server.url}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
        body: JSON.stringify({ text: '"We are ready," said Li Lifan, a Chinese scholar.\nRussia met China in Beijing on Monday.', published: '2020-10-23' }),
      });
      assert.equal((await post(null)).status, 401);
      const stored = await post('Bearer sekret');
      assert.equal(stored.status, 201);
      const body = await stored.json() as { article: { published: string }; doc: { stages: string[] } };
      assert.equal(body.article.published, '2020-10-23');
      assert.ok(body.doc.stages.includes('segment'), 'analysed by the default pipeline');
      assert.equal((await post('Bearer sekret')).status, 200, 'the same text again adds nothing');
    } finally {
      await server.close();
    }
  });

  it('on a fresh checkout serves the workbench at / over a new, empty default corpus', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    const io = capture();
    try {
      const server = await startServe({ ...flags(), db: DEFAULT_DB }, null, io);
      try {
        const page = await fetch(`${server.url}/`);
        assert.equal(page.status, 200);
        assert.match(await page.text(), /<div id="root">/, 'the built workbench, not a "not built" page');
        const articles = await (await fetch(`${server.url}/v1/articles`)).json() as { items: unknown[]; next_cursor: string | null };
        assert.deepEqual([articles.items, articles.next_cursor], [[], null]);
        assert.match(io.text().err, /corpus \.\/newsgraph\.db \(new and empty: add articles with `newsgraph ingest`\)/);
      } finally {
        await server.close();
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it('analyses in its workers under the article limits: a text over the size limit is stored cut, and says so', async () => {
    const server = await startServe({ ...flags(), 'max-article-mb': 120 }, 'sekret', capture());
    try {
      const text = 'Russia and China met in Beijing on Monday to talk about trade.\n'.repeat(4);
      const [analysed, stored] = await Promise.all(['/v1/analyze', '/v1/articles'].map(async (route) => (await fetch(`${server.url}${route}`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sekret' }, body: JSON.stringify({ text }),
      })).json() as Promise<any>));
      for (const doc of [analysed, stored.doc]) {
        assert.equal(doc.text, text.split('\n')[0], 'cut at the last paragraph end within 120 characters');
        assert.equal(doc.messages[0].rule, 'truncated-input');
      }
    } finally {
      await server.close();
    }
  });

  it('refuses a Host it does not serve, and takes one named with --allow-host', async () => {
    const server = await startServe({ ...flags(), 'allow-host': ['news.lan'] }, null, capture());
    try {
      const url = new URL(`${server.url}/v1/articles`);
      // fetch sets Host from the URL: a raw request sends the Host a rebinding page would.
      const ask = (host: string) => new Promise<number>((resolve, reject) => {
        request({ host: url.hostname, port: url.port, path: url.pathname, headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        }).on('error', reject).end();
      });
      assert.deepEqual([await ask(`localhost:${url.port}`), await ask('news.lan'), await ask('attacker.example')], [200, 200, 403]);
    } finally {
      await server.close();
    }
  });

  const usage: [string, string[], RegExp][] = [
    ['a port that is not a number', ['--port', 'http'], /--port: expected a port number/],
    ['a port out of range', ['--port', '70000'], /--port: a port is at most 65535/],
    ['an unknown flag', ['--verbose'], /unknown flag --verbose/],
    ['a positional argument', ['corpus.db'], /name the corpus with --db FILE/],
    ['a corpus file that does not exist', ['--db', '/nonexistent/corpus.db'], /no corpus there/],
  ];
  for (const [name, argv, message] of usage) {
    it(`refuses ${name} with one line and exit code 2`, async () => {
      const io = capture();
      assert.equal(await main(['serve', ...argv], io), 2);
      assert.match(io.text().err, message);
      assert.equal(io.text().err.trim().split('\n').length, 1);
    });
  }

  it('prints its usage with --help', async () => {
    const io = capture();
    assert.equal(await main(['serve', '--help'], io), 0);
    assert.match(io.text().out, /newsgraph serve \[--db FILE\] \[--port N\] \[--host 127\.0\.0\.1\]/);
  });
});
