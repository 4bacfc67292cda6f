import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { emptyDoc, type Doc } from '../model/index.ts';
import type { Store } from '../store/contract.ts';
import { contentHash } from '../store/content-hash.ts';
import { openSqliteStore } from '../store/sqlite/store.ts';
import { fixtureArticle, putinArticle } from '../store/test-fixtures.ts';
import { createApp, type AppOptions } from './app.ts';
import type { ServerDeps } from './context.ts';

const TOKEN = 'test-token-123';
const LIMIT = 16 * 1024;

// The analysis stages are not under test here: a stand-in analyzer keeps these tests fast and independent.
function fakeAnalyze(input: { text: string; id?: string | null; published?: string | null }): Doc {
  const doc = emptyDoc(input.text, { id: input.id ?? null, published: input.published ?? null });
  doc.stages = ['fake'];
  return doc;
}

function deps(store: Store): ServerDeps {
  return {
    store,
    analyze: async (input) => JSON.stringify(fakeAnalyze(input)),
    async ingest(text, meta) {
      const id = contentHash(text);
      const created = await store.putArticle({
        id, meta, status: 'analyzed', doc: fakeAnalyze({ text, published: meta.published }),
        duplicateOf: null, similarity: null, minhash: [], links: [],
      });
      return { id, created };
    },
  };
}

let store: Store;
let ids: string[];
let app: ReturnType<typeof createApp>;

function appWith(options: AppOptions = {}) {
  return createApp(deps(store), { token: TOKEN, bodyLimit: LIMIT, webRoot: null, ...options });
}

async function get(url: string, target = app) {
  const response = await target.request(url);
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json() : await response.text();
  return { status: response.status, type, body: body as any };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}, target = app) {
  const response = await target.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.json() as any };
}

function assertProblem(result: { status: number; type: string; body: any }, status: number, where?: string) {
  assert.equal(result.status, status, JSON.stringify(result.body));
  assert.match(result.type, /^application\/problem\+json/);
  assert.equal(result.body.status, status);
  assert.match(result.body.type, /^urn:newsgraph:problem:/);
  assert.ok(result.body.title && result.body.detail, 'a problem has a title and a detail');
  if (where) assert.ok(result.body.issues.some((i: { where: string }) => i.where === where), `an issue at ${where}: ${JSON.stringify(result.body.issues)}`);
}

before(async () => {
  store = openSqliteStore(':memory:');
  // Three weeks of the same story, so timelines and paging have more than one row.
  const specs = [putinArticle('2020-10-05', ' on Monday'), putinArticle('2020-10-14', ' on Wednesday'), putinArticle('2020-10-22', ' on Thursday')];
  ids = [];
  for (const spec of specs) {
    const input = fixtureArticle(spec);
    await store.putArticle(input);
    ids.push(input.id);
  }
  app = appWith();
});

after(async () => {
  await store.close();
});

describe('GET /v1/openapi.json', () => {
  it('describes every route in OpenAPI 3.1 with the bearer scheme on the write route', async () => {
    const { status, body } = await get('/v1/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    for (const route of ['/v1/analyze', '/v1/articles', '/v1/articles/{id}', '/v1/quotes', '/v1/sentences', '/v1/entities', '/v1/entities/{id}',
      '/v1/events', '/v1/dyads/{a}/{b}/timeline', '/v1/network', '/v1/export']) {
      assert.ok(body.paths[route], `documents ${route}`);
    }
    assert.deepEqual(body.paths['/v1/articles'].post.security, [{ bearer: [] }]);
    assert.equal(body.components.securitySchemes.bearer.scheme, 'bearer');
    const quoteParams = body.paths['/v1/quotes'].get.parameters.map((p: { name: string }) => p.name);
    for (const name of ['speaker', 'about', 'q', 'form', 'from', 'to', 'limit', 'cursor']) assert.ok(quoteParams.includes(name), `quotes takes ${name}`);
  });
});

describe('POST /v1/analyze', () => {
  it('answers the analysed document without storing it', async () => {
    const before = (await store.stats()).articles;
    const { status, body } = await post('/v1/analyze', { text: 'Li said it was remote.', published: '2020-10-23', id: 'x' });
    assert.equal(status, 200);
    assert.equal(body.format, 'newsgraph.doc/1');
    assert.equal(body.text, 'Li said it was remote.');
    assert.equal(body.published, '2020-10-23');
    assert.equal((await store.stats()).articles, before);
  });

  const invalid: [string, unknown, string | undefined][] = [
    ['no text', { published: '2020-10-23' }, 'body.text'],
    ['empty text', { text: '' }, 'body.text'],
    ['text of white space only (as the CLI refuses a blank file)', { text: ' \n\t \n' }, 'body.text'],
    ['text not a string', { text: 42 }, 'body.text'],
    ['a date that is not YYYY-MM-DD', { text: 'x', published: '23/10/2020' }, 'body.published'],
    ['malformed JSON', '{"text": ', undefined],
  ];
  for (const [name, body, where] of invalid) {
    it(`rejects ${name} with 400 problem+json`, async () => assertProblem(await post('/v1/analyze', body), 400, where));
  }

  it('rejects a body over the limit with 413 problem+json', async () => {
    assertProblem(await post('/v1/analyze', { text: 'a'.repeat(LIMIT + 1) }), 413);
  });

  it('rejects a body that is not JSON with 415 problem+json', async () => {
    assertProblem(await post('/v1/analyze', 'Li said it was remote.', { 'content-type': 'text/plain' }), 415);
  });
});

describe('GET /v1/articles', () => {
  it('pages with limit, cursor and next_cursor until the last page', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { status, body }: { status: number; body: any } = await get(`/v1/articles?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(status, 200);
      assert.ok(body.items.length <= 2);
      seen.push(...body.items.map((a: { id: string }) => a.id));
      cursor = body.next_cursor;
      pages++;
    } while (cursor && pages < 5);
    assert.equal(pages, 2);
    assert.deepEqual([...seen].sort(), [...ids].sort());
  });

  it('filters by publication date', async () => {
    const { body } = await get('/v1/articles?from=2020-10-10&to=2020-10-20');
    assert.deepEqual(body.items.map((a: { id: string }) => a.id), [ids[1]]);
  });

  const invalid: [string, string][] = [
    ['limit=0', 'query.limit'], ['limit=abc', 'query.limit'], ['limit=5000', 'query.limit'], ['limit=2.5', 'query.limit'],
    ['from=yesterday', 'query.from'], ['to=2021-02-30', 'query.to'], ['include_duplicates=maybe', 'query.include_duplicates'],
  ];
  for (const [query, where] of invalid) {
    it(`rejects ${query} with 400 problem+json`, async () => assertProblem(await get(`/v1/articles?${query}`), 400, where));
  }

  it('rejects a cursor it did not write with 400 problem+json', async () => {
    assertProblem(await get('/v1/articles?cursor=not-a-cursor'), 400);
  });

  it('rejects a well-formed cursor made by hand or taken from another list with 400 problem+json', async () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of [forged([1]), forged(['articles', 'x']), forged(['quotes', 1])]) assertProblem(await get(`/v1/articles?cursor=${cursor}`), 400);
  });
});

describe('GET /v1/articles/{id}', () => {
  it('answers the article row and its full document', async () => {
    const { status, body } = await get(`/v1/articles/${ids[0]}`);
    assert.equal(status, 200);
    assert.equal(body.article.id, ids[0]);
    assert.equal(body.article.published, '2020-10-05');
    assert.equal(body.doc.quotes[0].speaker.name, 'Vladimir Putin');
  });

  it('answers 404 problem+json for an unknown id', async () => assertProblem(await get('/v1/articles/nope'), 404));
});

describe('POST /v1/articles', () => {
  const article = { text: 'Russia consulted China on energy prices.', published: '2020-11-02', title: 'Energy talks' };

  it('refuses a request without the bearer token (401)', async () => assertProblem(await post('/v1/articles', article), 401));
  it('refuses a wrong bearer token (401)', async () => assertProblem(await post('/v1/articles', article, { authorization: 'Bearer wrong' }), 401));
  it('refuses a token in another scheme (401)', async () => assertProblem(await post('/v1/articles', article, { authorization: `Basic ${TOKEN}` }), 401));
  it('takes no writes when started without a token (403)', async () => {
    assertProblem(await post('/v1/articles', article, { authorization: `Bearer ${TOKEN}` }, appWith({ token: null })), 403);
  });

  it('stores with the token: 201 the first time, 200 for the same text again', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = await post('/v1/articles', article, auth);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.article.id, contentHash(article.text));
    assert.equal(first.body.article.title, 'Energy talks');
    assert.equal(first.body.doc.text, article.text);
    const again = await post('/v1/articles', article, auth);
    assert.equal(again.status, 200);
    assert.equal((await get(`/v1/articles/${first.body.article.id}`)).status, 200);
  });

  it('refuses a text of white space only, as the CLI does (400)', async () => {
    assertProblem(await post('/v1/articles', { text: '   \n ' }, { authorization: `Bearer ${TOKEN}` }), 400, 'body.text');
  });

  it('rejects an invalid body with the token (400)', async () => {
    assertProblem(await post('/v1/articles', { text: 'x', published: 'soon' }, { authorization: `Bearer ${TOKEN}` }), 400, 'body.published');
  });

  it('rejects a body over the limit (413)', async () => {
    assertProblem(await post('/v1/articles', { text: 'a'.repeat(LIMIT + 1) }, { authorization: `Bearer ${TOKEN}` }), 413);
  });
});

describe('GET /v1/quotes', () => {
  const cases: [string, number][] = [
    ['q=sanctions', 3],
    ['q=%22accept%20sanctions%22', 3],
    ['q=tariffs', 0],
    ['speaker=ent_putin', 3],
    ['speaker=Putin', 3],
    ['about=ent_rus', 3],
    ['from=2020-10-10', 2],
    ['from=2020-10-10&to=2020-10-15', 1],
    // The fixture's quotes carry no form: statements, as the default keeps.
    ['form=statement', 3],
    ['form=all', 3],
    ['form=question', 0],
    ['form=question,belief', 0],
    ['form=Question,%20statement', 3],
    ['form=question&q=sanctions', 0],
  ];
  for (const [query, count] of cases) {
    it(`finds ${count} quotes for ${query}`, async () => {
      const { status, body } = await get(`/v1/quotes?${query}`);
      assert.equal(status, 200);
      assert.equal(body.items.length, count);
      for (const q of body.items) assert.deepEqual([q.speaker, q.form], ['Vladimir Putin', 'statement']);
      assert.equal(body.total, count);
    });
  }

  it('links each quote to its place in its article', async () => {
    const { body } = await get('/v1/quotes?q=sanctions&limit=1');
    const quote = body.items[0];
    assert.ok(body.next_cursor);
    const { body: article } = await get(`/v1/articles/${quote.article}`);
    assert.equal(article.doc.text.slice(quote.start, quote.end), quote.text);
  });

  const invalid: [string, string][] = [
    ['to=2020-13-45x', 'query.to'], ['limit=-1', 'query.limit'], ['q=', 'query.q'], ['speaker=', 'query.speaker'],
    ['form=rumour', 'query.form'], ['form=', 'query.form'], ['form=statement,,question', 'query.form'], ['form=all,question', 'query.form'],
  ];
  for (const [query, where] of invalid) {
    it(`rejects ${query} with 400 problem+json`, async () => assertProblem(await get(`/v1/quotes?${query}`), 400, where));
  }
});

describe('GET /v1/sentences', () => {
  const cases: [string, number][] = [
    ['q=tariffs', 3],
    ['q=%22consulted%20China%22', 3],
    ['q=elephant', 0],
    ['q=tariffs&from=2020-10-10', 2],
  ];
  for (const [query, count] of cases) {
    it(`finds ${count} sentences for ${query}`, async () => {
      const { status, body } = await get(`/v1/sentences?${query}`);
      assert.equal(status, 200);
      assert.equal(body.items.length, count);
    });
  }

  it('links each sentence to its place in its article', async () => {
    const { body } = await get('/v1/sentences?q=tariffs&limit=1');
    const sentence = body.items[0];
    assert.ok(body.next_cursor);
    const { body: article } = await get(`/v1/articles/${sentence.article}`);
    assert.equal(article.doc.text.slice(sentence.start, sentence.end), sentence.text);
  });

  const invalid: [string, string][] = [['', 'query.q'], ['q=', 'query.q'], ['q=x&from=2021-02-30', 'query.from']];
  for (const [query, where] of invalid) {
    it(`rejects "${query}" with 400 problem+json`, async () => assertProblem(await get(`/v1/sentences?${query}`), 400, where));
  }

  it('rejects a query with no words with 400 problem+json that says so', async () => {
    const result = await get('/v1/sentences?q=!!');
    assertProblem(result, 400);
    assert.match(result.body.detail, /no words/);
  });
});

describe('GET /v1/entities and /v1/entities/{id}', () => {
  it('lists entities with their counts, filtered by name', async () => {
    const { status, body } = await get('/v1/entities?q=putin');
    assert.equal(status, 200);
    assert.equal(body.items.length, 1);
    assert.equal(body.items[0].id, 'ent_putin');
    assert.equal(body.items[0].quotes, 3);
  });

  it('filters by type and country', async () => {
    const { body } = await get('/v1/entities?type=GPE&country=CHN');
    assert.deepEqual(body.items.map((e: { id: string }) => e.id), ['ent_chn']);
  });

  it('answers one entity by id', async () => {
    const { status, body } = await get('/v1/entities/ent_rus');
    assert.equal(status, 200);
    assert.equal(body.name, 'Russia');
  });

  it('answers 404 problem+json for an unknown id', async () => assertProblem(await get('/v1/entities/ent_nobody'), 404));
  it('rejects a country that is not ISO-3 (400)', async () => assertProblem(await get('/v1/entities?country=russia'), 400, 'query.country'));
});

describe('GET /v1/events', () => {
  const cases: [string, number][] = [
    ['', 6], ['actor=RUS', 6], ['target=CHN', 3], ['source=CHN', 0], ['cameo=04', 3], ['root=11', 3], ['actor=ent_usa', 3], ['to=2020-10-06', 2],
  ];
  for (const [query, count] of cases) {
    it(`finds ${count} events for "${query}"`, async () => {
      const { status, body } = await get(`/v1/events?${query}`);
      assert.equal(status, 200);
      assert.equal(body.items.length, count);
    });
  }

  const invalid: [string, string][] = [['cameo=abc', 'query.cameo'], ['root=1', 'query.root'], ['from=2020', 'query.from']];
  for (const [query, where] of invalid) {
    it(`rejects ${query} with 400 problem+json`, async () => assertProblem(await get(`/v1/events?${query}`), 400, where));
  }
});

describe('GET /v1/dyads/{a}/{b}/timeline', () => {
  it('counts events and their mean Goldstein per week, both directions', async () => {
    const { status, body } = await get('/v1/dyads/CHN/RUS/timeline');
    assert.equal(status, 200);
    assert.deepEqual(body.rows.map((r: { period: string; count: number; meanGoldstein: number }) => [r.period, r.count, r.meanGoldstein]), [
      ['2020-10-05', 1, 1], ['2020-10-12', 1, 1], ['2020-10-19', 1, 1],
    ]);
  });

  it('keeps one direction when directed', async () => {
    const { body } = await get('/v1/dyads/CHN/RUS/timeline?directed=true');
    assert.deepEqual(body.rows, []);
  });

  it('rejects an unknown period (400)', async () => assertProblem(await get('/v1/dyads/RUS/CHN/timeline?per=month'), 400, 'query.per'));
});

describe('GET /v1/network', () => {
  it('answers nodes sized by mentions and edges with counts and tone', async () => {
    const { status, body } = await get('/v1/network');
    assert.equal(status, 200);
    const putin = body.nodes.find((n: { id: string }) => n.id === 'ent_putin');
    assert.equal(putin.mentions, 6);
    const edge = body.edges.find((e: { source: string; target: string; kind: string }) => e.source === 'ent_rus' && e.target === 'ent_usa' && e.kind === 'event');
    assert.equal(edge.count, 3);
    assert.equal(edge.tone, -2);
  });

  it('keeps only quote links for kind=quotes', async () => {
    const { body } = await get('/v1/network?kind=quotes');
    assert.ok(body.edges.length > 0);
    assert.ok(body.edges.every((e: { kind: string }) => e.kind === 'quote'));
  });

  it('rejects min_count=0 (400)', async () => assertProblem(await get('/v1/network?min_count=0'), 400, 'query.min_count'));
});

describe('GET /v1/export', () => {
  const body = async (query: string) => {
    const response = await app.request(`/v1/export?${query}`);
    assert.equal(response.status, 200);
    return { type: response.headers.get('content-type')!, disposition: response.headers.get('content-disposition')!, text: await response.text() };
  };

  it('streams every quote as JSON lines', async () => {
    const { type, text } = await body('format=jsonl&table=quotes');
    assert.match(type, /ndjson/);
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.equal(lines[0].speaker, 'Vladimir Putin');
  });

  it('streams events as CSV with a header, actor lists spread over flat columns', async () => {
    const { disposition, text } = await body('format=csv&table=events');
    assert.match(disposition, /newsgraph-events\.csv/);
    const lines = text.trim().split('\r\n');
    assert.equal(lines.length, 7);
    assert.ok(lines[0]!.startsWith('article,id,published,date,sources.code,sources.country,sources.name,sources.entity,targets.code,'));
    assert.match(lines[1]!, /,RUS,RUS,Russia,ent_rus,/);
    assert.doesNotMatch(text, /[[{]/);
  });

  it('streams whole documents as JSON lines', async () => {
    const { text } = await body('format=jsonl&table=docs');
    assert.ok(text.trim().split('\n').every((l) => JSON.parse(l).format === 'newsgraph.doc/1'));
  });

  it('streams GDELT 2.0 event rows of 61 tab-separated columns', async () => {
    const { type, text } = await body('format=gdelt');
    assert.match(type, /tab-separated/);
    const rows = text.trim().split('\n');
    assert.ok(rows.length >= 6);
    for (const row of rows) assert.equal(row.split('\t').length, 61);
  });

  it('streams PLOVER records and the GEXF network', async () => {
    // The fixture events carry no PLOVER category, so the stream is empty but well-formed.
    assert.equal((await body('format=plover')).text, '');
    assert.match((await body('format=gexf')).text, /<gexf[\s\S]*United States[\s\S]*<\/gexf>/);
  });

  const invalid: [string, string][] = [
    ['format=xml', 'query.format'], ['format=parquet', 'query.format'], ['format=csv&table=docs', 'query.format'],
    ['format=jsonl&table=users', 'query.table'], ['', 'query.format'],
  ];
  for (const [query, where] of invalid) {
    it(`rejects "${query}" with 400 problem+json`, async () => assertProblem(await get(`/v1/export?${query}`), 400, where));
  }
});

describe('everything else', () => {
  it('answers an unknown API route with 404 problem+json', async () => assertProblem(await get('/v1/nothing'), 404));

  it('says how to get the workbench when the install has none', async () => {
    const { status, body } = await get('/');
    assert.equal(status, 200);
    assert.match(body, /npm ci/);
  });

  it('serves the built web UI with a policy that forbids fetching from elsewhere', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-web-'));
    try {
      writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>ui</title>');
      const response = await appWith({ webRoot: dir }).request('/');
      assert.equal(response.status, 200);
      assert.match(await response.text(), /<title>ui<\/title>/);
      assert.match(response.headers.get('content-security-policy')!, /default-src 'self'/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('sends the security headers on every answer, problems included', async () => {
    for (const url of ['/v1/articles', '/v1/nothing', '/v1/export?format=jsonl&table=quotes', '/']) {
      const response = await app.request(url);
      await response.arrayBuffer();
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', url);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', url);
      assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, url);
    }
  });

  const hosts: [string, string[], number][] = [
    ['localhost:8080', [], 200], ['127.0.0.1', [], 200], ['[::1]:8080', [], 200], ['app.localhost', [], 200],
    ['evil.example', [], 403], ['127.0.0.1.evil.example', [], 403], ['localhost.evil.example', [], 403],
    ['news.lan:8080', ['news.lan'], 200], ['evil.example', ['news.lan'], 403], ['anything.example', ['*'], 200],
    ['[fe80::1]', ['fe80::1'], 200],
  ];
  for (const [host, allowed, status] of hosts) {
    it(`answers Host ${host}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''} with ${status}`, async () => {
      const response = await appWith({ allowedHosts: allowed }).request(`http://${host}/v1/articles`);
      assert.equal(response.status, status);
      if (status === 403) {
        assert.match(response.headers.get('content-type')!, /problem\+json/);
        assert.match((await response.json() as { detail: string }).detail, /--allow-host/);
      }
    });
  }

  it('answers other requests while an export streams: the export lets the event loop turn between rows', async () => {
    const many = openSqliteStore(':memory:');
    try {
      for (let i = 0; i < 400; i += 1) await many.putArticle(fixtureArticle(putinArticle(`2020-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, ` number ${i}`)));
      const exportApp = createApp(deps(many), { webRoot: null });
      let turns = 0;
      let streaming = true;
      const count = () => {
        turns += 1;
        if (streaming) setImmediate(count);
      };
      setImmediate(count);
      const started = turns;
      const text = await (await exportApp.request('/v1/export?format=jsonl&table=docs')).text();
      streaming = false;
      assert.equal(text.trim().split('\n').length, 400);
      assert.ok(turns - started > 0, "the event loop turned during the export");
    } finally {
      await many.close();
    }
  });
});
