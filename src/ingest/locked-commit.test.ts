import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { openPostgresStore, type PostgresStore } from '../store/postgres/store.ts';
import { testSchema, TEST_PG } from '../store/postgres/test-database.ts';
import { contentHash } from '../store/content-hash.ts';
import { fixtureDoc, type FixtureSpec } from '../store/test-fixtures.ts';
import { prepareArticle, type PreparedArticle } from './analyze-article.ts';
import { commitArticle } from './ingest.ts';
import { commitLocked, commitShared } from './locked-commit.ts';
import { minhashSignature } from './near-duplicate.ts';
import type { RawArticle } from './readers/article.ts';

function analysed(spec: FixtureSpec): { raw: RawArticle; id: string; prepared: PreparedArticle } {
  const raw: RawArticle = { name: spec.text.slice(0, 20), text: spec.text, title: null, url: null, source: null, published: spec.published, messages: [] };
  const minhash = minhashSignature(spec.text);
  return { raw, id: contentHash(spec.text), prepared: prepareArticle({ doc: fixtureDoc(spec), language: 'eng', english: true, minhash }) };
}

/**
 * Two articles naming one new person, in words of their own: the first by full name, the second by surname
 * alone. Entity ids follow from content, so the same name written twice gives one id even without locks;
 * the surname must find the full name already stored (or the reverse) to join it, which needs the lock.
 */
function personPair(surname: string, round: number): FixtureSpec[] {
  return [[`Anna ${surname}`, 'spoke in Beijing'], [surname, 'wrote in a newspaper']].map(([name, what]) => ({
    text: `${name} ${what} on day ${round}.`, published: '2021-03-01',
    entities: [{ canonical: 'ent_unused', name: name!, type: 'PERSON', country: 'CHN', actorCode: null, surfaces: [name!] }],
  }));
}

const WORDS = ('bank rate rise point week largest increase decades inflation energy food rents services wages economy minister '
  + 'parliament vote budget harbour storm river bridge election court ruling company shares profit strike union talks').split(' ');

/** A story of its own for each seed: no two seeds share a run of five words. */
function story(seed: number): string {
  const words = Array.from({ length: 40 }, (_, i) => WORDS[createHash('sha256').update(`${seed}:${i}`).digest().readUInt32BE(0) % WORDS.length]);
  return `${words.join(' ')}.`;
}

describe('commits from concurrent writers (postgres)', { skip: TEST_PG ? false : 'no PostgreSQL (set NEWSGRAPH_TEST_PG)' }, () => {
  let a: PostgresStore;
  let b: PostgresStore;
  before(async () => {
    const schema = testSchema();
    a = await openPostgresStore(TEST_PG!, { schema });
    b = await openPostgresStore(TEST_PG!, { schema });
  });
  after(async () => {
    await a?.close();
    await b?.close();
  });

  it('two writers committing the same new person at once give one entity', async () => {
    for (let round = 0; round < 5; round += 1) {
      const [x, y] = personPair(`Zhouround${round}`, round).map(analysed);
      const outcomes = await Promise.all([commitLocked(a, x!.raw, x!.id, x!.prepared), commitLocked(b, y!.raw, y!.id, y!.prepared)]);
      assert.deepEqual(outcomes, ['added', 'added']);
      const found = await a.listEntities({ q: `Zhouround${round}` });
      assert.equal(found.items.length, 1, `round ${round}: one entity`);
      assert.equal(found.items[0]!.articles, 2);
    }
  });

  it('two syndicated copies committed at once give one original and one copy', async () => {
    for (let round = 0; round < 5; round += 1) {
      const [x, y] = [story(round), `(AP) ${story(round)}`].map((text) => analysed({ text, published: '2021-03-02' }));
      const outcomes = await Promise.all([commitLocked(a, x!.raw, x!.id, x!.prepared), commitLocked(b, y!.raw, y!.id, y!.prepared)]);
      assert.deepEqual([...outcomes].sort(), ['added', 'duplicate'], `round ${round}`);
      const [rx, ry] = [await a.getArticle(x!.id), await a.getArticle(y!.id)];
      assert.equal([rx!.duplicateOf, ry!.duplicateOf].filter((d) => d === null).length, 1, `round ${round}: one original`);
    }
  });

  it('the same article committed by two writers at once is stored once', async () => {
    const x = analysed({ text: story(99), published: '2021-03-03' });
    const outcomes = await Promise.all([commitLocked(a, x.raw, x.id, x.prepared), commitLocked(b, x.raw, x.id, x.prepared)]);
    assert.deepEqual([...outcomes].sort(), ['added', 'stored']);
    assert.equal(await a.countArticles({ idPrefix: x.id }), 1);
  });

  it('the server\'s commit (commitShared) takes the same locks: one entity, one original', async () => {
    // Days of their own: the stories of the tests above, with another name, would be near-duplicates.
    for (let round = 10; round < 13; round += 1) {
      const [x, y] = personPair(`Liuserver${round}`, round).map(analysed);
      // The server's in-process analysis hands over a Doc, its pool a prepared article: both commit locked.
      const doc = { doc: fixtureDoc(personPair(`Liuserver${round}`, round)[0]!), language: 'eng', english: true, minhash: x!.prepared.minhash };
      assert.deepEqual(await Promise.all([commitShared(a, x!.raw, x!.id, doc), commitShared(b, y!.raw, y!.id, y!.prepared)]), ['added', 'added']);
      assert.equal((await a.listEntities({ q: `Liuserver${round}` })).items.length, 1, `round ${round}: one entity`);
      const [c, d] = [story(200 + round), `(AP) ${story(200 + round)}`].map((text) => analysed({ text, published: '2021-03-04' }));
      const outcomes = await Promise.all([commitShared(a, c!.raw, c!.id, c!.prepared), commitShared(b, d!.raw, d!.id, d!.prepared)]);
      assert.deepEqual([...outcomes].sort(), ['added', 'duplicate'], `round ${round}: one original`);
    }
  });

  it('without the locks the same race gives two entities (what the locks prevent)', async () => {
    let split = 0;
    for (let round = 0; round < 5; round += 1) {
      const [x, y] = personPair(`Wangunlocked${round}`, round).map(analysed);
      await Promise.all([commitArticle(a, x!.raw, x!.id, x!.prepared), commitArticle(b, y!.raw, y!.id, y!.prepared)]);
      if ((await a.listEntities({ q: `Wangunlocked${round}` })).items.length > 1) split += 1;
    }
    assert.ok(split > 0, 'the race never happened: the test above would prove nothing');
  });
});
