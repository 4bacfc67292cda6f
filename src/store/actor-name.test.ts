import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store } from './contract.ts';
import { ActorNameError, resolveActor, resolveEntityName } from './actor-name.ts';
import { STORE_ADAPTERS } from './test-adapters.ts';
import { fixtureArticle, putinArticle, PUTIN, RUSSIA } from './test-fixtures.ts';

for (const adapter of STORE_ADAPTERS) describe(`actor names (${adapter.name})`, () => {
  let store: Store;

  before(async () => {
    store = await adapter.open();
    await store.putArticle(fixtureArticle(putinArticle('2020-10-22')));
    // Two people called Li: naming "Li" alone is ambiguous.
    for (const [canonical, name, country] of [['ent_li_a', 'Li Wei', 'CHN'], ['ent_li_b', 'Li Na', 'SGP']] as const) {
      await store.putArticle(fixtureArticle({
        text: `${name} spoke. Li said more.`, published: '2020-10-23',
        entities: [{ canonical, name, type: 'PERSON', country, actorCode: null, surfaces: [name, 'Li'] }],
      }));
    }
  });
  after(() => store.close());

  describe('resolveActor', () => {
    const cases: [string, string][] = [
      ['RUS', 'RUS'],
      ['RUSGOV', 'RUSGOV'],
      ['Russia', 'RUS'],
      ['russia', 'RUS'],
      ['Vladimir Putin', PUTIN.canonical],
      ['Putin', PUTIN.canonical],
      [PUTIN.canonical, PUTIN.canonical],
      [RUSSIA.canonical, 'RUS'],
      // Not in the corpus, but a capital the gazetteer knows: its country.
      ['Beijing', 'CHN'],
      ['usa', 'USA'],
    ];
    for (const [name, value] of cases) it(`${name} → ${value}`, async () => assert.equal((await resolveActor(store, name)).value, value));

    const failures: [string, RegExp][] = [
      ['Li', /"Li" names 2 actors: .*ent_li_a.*ent_li_b/],
      ['Vlad', /no actor named "Vlad".*did you mean: Vladimir Putin/],
      ['ent_nobody', /no entity with id ent_nobody/],
      ['Atlantis Party', /no actor named/],
    ];
    for (const [name, message] of failures) {
      it(`refuses ${name}`, async () => {
        await assert.rejects(resolveActor(store, name), (e: Error) => e instanceof ActorNameError && message.test(e.message));
      });
    }
  });

  describe('resolveEntityName', () => {
    it('keeps a name that one entity has, or none, and refuses one that several have', async () => {
      assert.equal((await resolveEntityName(store, 'Putin')).value, 'Putin');
      assert.match((await resolveEntityName(store, 'Putin')).label, /Vladimir Putin \(ent_putin\)/);
      assert.equal((await resolveEntityName(store, 'the expert')).value, 'the expert');
      assert.equal((await resolveEntityName(store, PUTIN.canonical)).value, PUTIN.canonical);
      await assert.rejects(resolveEntityName(store, 'Li'), /names 2 entities/);
      await assert.rejects(resolveEntityName(store, 'RUSGOV'), /actor code/);
    });
  });
});
