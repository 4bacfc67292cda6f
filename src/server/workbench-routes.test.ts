// The read-only routes the workbench pages need besides the lists: busiest dyads and a pair's counts,
// the sentences naming an entity, articles matching a full-text query.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { emptyDoc } from '../model/index.ts';
import type { Store } from '../store/contract.ts';
import { openSqliteStore } from '../store/sqlite/store.ts';
import { CHINA, fixtureArticle, putinArticle, RUSSIA, USA, type FixtureSpec } from '../store/test-fixtures.ts';
import { createApp } from './app.ts';

let store: Store;
let app: ReturnType<typeof createApp>;

// Russia–United States: 2 dated events (the Putin articles) and 2 undated; Russia–China: 2 dated, 1 undated;
// China–United States: 3 undated; Russia on itself: 1 (no pair).
const undatedPutin = putinArticle('2020-10-30', ' on Friday');
const extra: FixtureSpec[] = [
  { ...undatedPutin, published: null },
  {
    text: 'China warned the United States. China threatened the United States. China accused the United States.',
    published: null,
    entities: [{ ...CHINA, surfaces: ['China', 'China', 'China'] }, { ...USA, surfaces: ['United States', 'United States', 'United States'] }],
    events: [
      { trigger: 'warned', source: 0, target: 1, code: '1721', goldstein: -4, quadClass: 3 },
      { trigger: 'threatened', source: 0, target: 1, code: '130', goldstein: -4.4, quadClass: 3 },
      { trigger: 'accused', source: 0, target: 1, code: '112', goldstein: -2, quadClass: 3 },
    ],
  },
  // Last, so the canonical entity keeps its alias US (a store keeps the latest article's aliases).
  {
    text: 'Russia warned the US Navy. Russia praised Russia. Let us talk about it.',
    published: null,
    entities: [{ ...RUSSIA, surfaces: ['Russia', 'Russia', 'Russia'] }, { ...USA, surfaces: ['US'] }],
    events: [
      { trigger: 'warned', source: 0, target: 1, code: '1721', goldstein: -4, quadClass: 3 },
      { trigger: 'praised', source: 0, target: 0, code: '051', goldstein: 3.4, quadClass: 1 },
    ],
  },
];

before(async () => {
  store = openSqliteStore(':memory:');
  for (const spec of [putinArticle('2020-10-05'), putinArticle('2020-10-14', ' on Wednesday'), ...extra]) await store.putArticle(fixtureArticle(spec));
  const deps = { store, analyze: async () => JSON.stringify(emptyDoc('x')), ingest: () => Promise.reject(new Error('read-only test')) };
  app = createApp(deps, { webRoot: null });
});

after(async () => {
  await store.close();
});

async function get(url: string) {
  const response = await app.request(url);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.json() as any };
}

describe('GET /v1/dyads', () => {
  it('lists pairs of distinct actors, most dated events first, then most events', async () => {
    const { status, body } = await get('/v1/dyads');
    assert.equal(status, 200);
    assert.deepEqual(body.items.map((d: any) => [d.aLabel, d.bLabel, d.events, d.dated, d.undated]), [
      ['Russia', 'United States', 4, 2, 2],
      ['China', 'Russia', 3, 2, 1],
      ['China', 'United States', 3, 0, 3],
    ]);
  });
  it('never pairs an actor with itself', async () => {
    const { body } = await get('/v1/dyads?limit=100');
    assert.ok(body.items.every((d: any) => d.a !== d.b && d.aLabel !== d.bLabel));
  });
  it('answers the top `limit` pairs', async () => {
    const { body } = await get('/v1/dyads?limit=1');
    assert.deepEqual(body.items.map((d: any) => [d.aLabel, d.bLabel]), [['Russia', 'United States']]);
  });
  it('keeps the pairs of one actor when asked', async () => {
    const { body } = await get('/v1/dyads?actor=ent_chn');
    assert.deepEqual(body.items.map((d: any) => [d.aLabel, d.bLabel]), [['China', 'Russia'], ['China', 'United States']]);
  });
  for (const query of ['limit=0', 'limit=101', 'limit=x', 'actor=']) {
    it(`rejects ${query} with 400 problem+json`, async () => {
      const { status, type } = await get(`/v1/dyads?${query}`);
      assert.equal(status, 400);
      assert.match(type, /problem\+json/);
    });
  }
});

describe('GET /v1/dyads/{a}/{b}', () => {
  it('counts both directions, dated and undated apart, with the date range and mean Goldstein', async () => {
    const { status, body } = await get('/v1/dyads/ent_usa/ent_rus');
    assert.equal(status, 200);
    assert.deepEqual(body, {
      a: 'ent_usa', b: 'ent_rus', aLabel: 'United States', bLabel: 'Russia',
      events: 4, dated: 2, undated: 2, first: '2020-10-05', last: '2020-10-14', meanGoldstein: -2.5,
    });
  });
  it('takes actor codes and answers zero for a pair with no events', async () => {
    const { body } = await get('/v1/dyads/RUS/CHN');
    assert.equal(body.events, 3);
    const none = await get('/v1/dyads/GBR/FRA');
    assert.deepEqual([none.body.events, none.body.first, none.body.meanGoldstein], [0, null, null]);
  });
});

describe('GET /v1/entities/{id}/sentences', () => {
  it('finds the sentences naming the entity by name or alias, and not a lower-case "us"', async () => {
    assert.ok((await store.getEntity('ent_usa'))!.aliases.includes('US'), 'precondition: US is an alias');
    const { status, body } = await get('/v1/entities/ent_usa/sentences');
    assert.equal(status, 200);
    const texts: string[] = body.items.map((s: any) => s.text);
    assert.ok(texts.includes('Russia warned the US Navy.'));
    assert.ok(texts.includes('China warned the United States.'));
    assert.ok(!texts.some((t) => t.includes('Let us talk')));
    assert.equal(texts.filter((t) => t.includes('criticised the United States')).length, 3, 'one per Putin article');
  });
  it('pages with limit and next_cursor', async () => {
    const first = await get('/v1/entities/ent_usa/sentences?limit=2');
    assert.equal(first.body.items.length, 2);
    assert.ok(first.body.next_cursor);
    const second = await get(`/v1/entities/ent_usa/sentences?limit=2&cursor=${first.body.next_cursor}`);
    assert.notDeepEqual(second.body.items, first.body.items);
  });
  it('answers 404 problem+json for an unknown entity', async () => {
    const { status, type } = await get('/v1/entities/ent_nobody/sentences');
    assert.equal(status, 404);
    assert.match(type, /problem\+json/);
  });
});

describe('GET /v1/search/articles', () => {
  it('answers each matching article once, with its counts, hits and first matching sentence', async () => {
    const { status, body } = await get('/v1/search/articles?q=warned');
    assert.equal(status, 200);
    assert.equal(body.truncated, false);
    assert.deepEqual(body.items.map((a: any) => [a.hits, a.snippet, a.events]), [
      [1, 'China warned the United States.', 3],
      [1, 'Russia warned the US Navy.', 2],
    ]);
  });
  it('counts every matching sentence of an article', async () => {
    const { body } = await get('/v1/search/articles?q=%22the%20United%20States%22');
    assert.deepEqual(body.items.map((a: any) => a.hits).sort(), [1, 1, 1, 3]);
  });
  it('filters by publication date and says when the limit cut the answer', async () => {
    assert.equal((await get('/v1/search/articles?q=tariffs&from=2020-10-10')).body.items.length, 1);
    const cut = await get('/v1/search/articles?q=tariffs&limit=1');
    assert.deepEqual([cut.body.items.length, cut.body.truncated], [1, true]);
  });
  for (const query of ['', 'q=', 'q=x&to=2020-02-30', 'q=x&limit=0']) {
    it(`rejects "${query}" with 400 problem+json`, async () => {
      const { status, type } = await get(`/v1/search/articles?${query}`);
      assert.equal(status, 400);
      assert.match(type, /problem\+json/);
    });
  }
});
