/** The API side of issue 18: actors by name, short article ids, totals and undated counts on first pages. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { emptyDoc } from '../../model/index.ts';
import type { Store } from '../../store/contract.ts';
import { openSqliteStore } from '../../store/sqlite/store.ts';
import { fixtureArticle, putinArticle } from '../../store/test-fixtures.ts';
import { createApp } from '../app.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
let dated: string;

async function get(url: string): Promise<{ status: number; body: any }> {
  const response = await app.request(url);
  return { status: response.status, body: await response.json() };
}

before(async () => {
  store = openSqliteStore(':memory:');
  const first = fixtureArticle(putinArticle('2020-10-05', ' on Monday'));
  dated = first.id;
  await store.putArticle(first);
  await store.putArticle(fixtureArticle(putinArticle('2020-10-14', ' on Wednesday')));
  await store.putArticle(fixtureArticle(putinArticle(null, ' some day')));
  app = createApp({
    store, analyze: async (input) => JSON.stringify(emptyDoc(input.text)), ingest: async () => ({ id: '', created: false }),
  }, { webRoot: null });
});
after(() => store.close());

describe('actors named by code, id or name on every route', () => {
  const cases: [string, number][] = [
    ['/v1/events?actor=Russia', 6],
    ['/v1/events?source=Russia&target=China', 3],
    ['/v1/events?actor=RUS', 6],
    ['/v1/quotes?speaker=Putin', 3],
    ['/v1/quotes?about=Russia', 3],
  ];
  for (const [url, n] of cases) it(url, async () => assert.equal((await get(url)).body.items.length, n));

  it('resolves the dyad of a timeline by names and counts its undated events apart', async () => {
    const { status, body } = await get('/v1/dyads/Russia/United%20States/timeline?per=day');
    assert.equal(status, 200);
    assert.deepEqual([body.a, body.b, body.rows.length, body.undated], ['RUS', 'USA', 2, 1]);
  });

  it('refuses a name nobody has, with a problem that suggests names (400)', async () => {
    const { status, body } = await get('/v1/events?actor=Vlad');
    assert.equal(status, 400);
    assert.match(body.detail, /no actor named "Vlad".*Vladimir Putin/);
  });
});

describe('short article ids', () => {
  it('finds an article by its first 12 hex digits', async () => {
    const { status, body } = await get(`/v1/articles/${dated.slice(0, 12)}`);
    assert.equal(status, 200);
    assert.equal(body.article.id, dated);
  });
  it('answers 404 for a prefix no id has', async () => assert.equal((await get('/v1/articles/000000000000')).status, 404));
});

describe('totals and undated counts on the first page', () => {
  const cases: [string, number, number, number][] = [
    ['/v1/quotes?limit=1', 1, 3, 0],
    ['/v1/quotes?from=2020-10-01', 2, 2, 1],
    ['/v1/quotes?from=2020-10-01&include_undated=true', 3, 3, 0],
    ['/v1/events?to=2020-10-10', 2, 2, 2],
    ['/v1/sentences?q=tariffs&from=2020-10-10', 1, 1, 1],
    ['/v1/articles?undated=true', 1, 1, 0],
    ['/v1/entities?limit=2', 2, 4, 0],
  ];
  for (const [url, items, total, undated] of cases) {
    it(url, async () => {
      const { body } = await get(url);
      assert.deepEqual([body.items.length, body.total, body.undated], [items, total, undated]);
    });
  }

  it('leaves them out of later pages', async () => {
    const first = (await get('/v1/quotes?limit=1')).body;
    const next = (await get(`/v1/quotes?limit=1&cursor=${first.next_cursor}`)).body;
    assert.equal(next.total, undefined);
  });
});
