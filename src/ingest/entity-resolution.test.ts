import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyDoc, type Doc, type Entity } from '../model/index.ts';
import type { Store } from '../store/contract.ts';
import { contentHash } from '../store/content-hash.ts';
import { STORE_ADAPTERS } from '../store/test-adapters.ts';
import { personName } from '../store/entity-names.ts';
import { entityKeys, matchScore, resolveEntities } from './entity-resolution.ts';

function entity(name: string, fields: Partial<Entity> = {}): Entity {
  return { id: 'e1', name, type: 'PERSON', aliases: [], mentions: ['m1'], country: null, countrySource: null, actorCode: null, role: null, affiliation: null, ...fields };
}

/** Store a one-entity document and return the canonical id its entity was linked to. */
async function link(store: Store, e: Entity, text: string): Promise<string> {
  const doc: Doc = emptyDoc(text, { published: '2020-01-01' });
  doc.entities.push(e);
  const id = contentHash(text);
  const links = await resolveEntities(store, doc);
  await store.putArticle({ id, doc, links, minhash: [], duplicateOf: null, similarity: null, status: 'analyzed',
    meta: { name: null, title: null, url: null, source: null, published: '2020-01-01', language: 'eng' } });
  return links[0]!.entity.id;
}

describe('personName', () => {
  const cases: [string, { given: string[]; surname: string } | null][] = [
    ['Vladimir Putin', { given: ['vladimir'], surname: 'putin' }],
    ['President Putin', { given: [], surname: 'putin' }],
    ['Mr. José Núñez Jr.', { given: ['jose'], surname: 'nunez' }],
    ['Putin', { given: [], surname: 'putin' }],
    ['', null],
  ];
  for (const [name, expected] of cases) it(JSON.stringify(name), () => assert.deepEqual(personName(name), expected));
});

describe('entityKeys', () => {
  it('keys people by surname and other entities by name and acronym', () => {
    assert.deepEqual(entityKeys('PERSON', ['Vladimir Putin', 'President Putin']), ['putin']);
    assert.deepEqual(entityKeys('ORG', ['the International Atomic Energy Agency']), ['iaea', 'international atomic energy agency']);
  });
});

describe('matchScore', () => {
  const putin = { id: 'ent_1', name: 'Vladimir Putin', type: 'PERSON', country: 'RUS', actorCode: 'RUSGOV', role: 'president', aliases: ['Putin'] };
  const cases: [string, Entity, boolean][] = [
    ['full name', entity('Vladimir Putin'), true],
    ['surname only', entity('Putin'), true],
    ['title and surname', entity('President Putin'), true],
    ['an initial', entity('V. Putin'), true],
    ['another first name', entity('Lyudmila Putin'), false],
    ['another country', entity('Putin', { country: 'USA' }), false],
    ['another role, surname only', entity('Putin', { role: 'goalkeeper' }), false],
    ['another type', entity('Putin', { type: 'ORG' }), false],
    ['another surname', entity('Vladimir Lenin'), false],
  ];
  for (const [name, e, same] of cases) it(`${same ? 'links' : 'keeps apart'}: ${name}`, () => assert.equal(matchScore(e, putin) !== null, same));
});

for (const adapter of STORE_ADAPTERS) describe(`resolveEntities across articles (${adapter.name})`, () => {
  it('links Putin, Vladimir Putin and President Putin to one entity with the fullest name', async () => {
    const store = await adapter.open();
    const a = await link(store, entity('Putin', { country: 'RUS' }), 'one');
    const b = await link(store, entity('Vladimir Putin', { country: 'RUS' }), 'two');
    const c = await link(store, entity('President Putin'), 'three');
    // The fuller name gives the entity its id: the one 'Putin' had moves to it, and still finds it.
    assert.notEqual(a, b);
    assert.equal((await store.getEntity(a))?.id, b);
    assert.equal(b, c);
    const row = await store.getEntity(b);
    assert.equal(row!.name, 'Vladimir Putin');
    assert.deepEqual(row!.aliases, ['President Putin', 'Putin']);
    assert.equal(row!.articles, 3);
    assert.equal((await store.stats()).entities, 1);
    await store.close();
  });

  it('gives the same entities, names, ids and counts whatever order the articles come in', async () => {
    const docs: [string, Entity[]][] = [
      ['one', [entity('Putin', { country: 'RUS' }), entity('UN', { id: 'e2', type: 'ORG' })]],
      ['two', [entity('Vladimir Putin', { actorCode: 'RUSGOV' }), entity('United Nations', { id: 'e2', type: 'ORG', aliases: ['UN'] })]],
      ['three', [entity('President Putin', { role: 'president', actorCode: 'RUS' }), entity('the United Nations', { id: 'e2', type: 'ORG', country: 'USA' })]],
      ['four', [entity('V. Putin', { mentions: ['m1', 'm2'] }), entity('Smith', { id: 'e2', role: 'minister' })]],
    ];
    const orders = (list: number[]): number[][] => (list.length <= 1 ? [list] : list.flatMap((x) => orders(list.filter((y) => y !== x)).map((rest) => [x, ...rest])));
    const tables = new Set<string>();
    for (const order of orders([0, 1, 2, 3])) {
      const store = await adapter.open();
      for (const i of order) {
        const [text, entities] = docs[i]!;
        const doc: Doc = emptyDoc(text, { published: '2020-01-01' });
        doc.entities.push(...entities);
        const id = contentHash(text);
        await store.putArticle({ id, doc, links: await resolveEntities(store, doc), minhash: [], duplicateOf: null, similarity: null, status: 'analyzed',
          meta: { name: null, title: null, url: null, source: null, published: '2020-01-01', language: 'eng' } });
      }
      const rows = [];
      for await (const e of store.exportEntities()) rows.push(e);
      tables.add(JSON.stringify(rows.sort((x, y) => (x.id < y.id ? -1 : 1))));
      await store.close();
    }
    assert.equal(tables.size, 1, [...tables].join('\n'));
    const [table] = [...tables].map((t) => JSON.parse(t) as { name: string; aliases: string[]; country: string | null; actorCode: string | null; articles: number }[]);
    assert.deepEqual(table!.map((e) => [e.name, e.country, e.actorCode, e.articles]).sort(), [
      ['Smith', null, null, 1], ['United Nations', 'USA', null, 3], ['Vladimir Putin', 'RUS', 'RUSGOV', 4]]);
  });

  it('keeps apart two people with one surname when first name or country differ', async () => {
    const store = await adapter.open();
    const john = await link(store, entity('John Smith', { country: 'GBR' }), 'one');
    const jane = await link(store, entity('Jane Smith', { country: 'GBR' }), 'two');
    const other = await link(store, entity('Smith', { country: 'AUS' }), 'three');
    assert.equal(new Set([john, jane, other]).size, 3);
    assert.equal(await link(store, entity('John Smith'), 'four'), john);
    await store.close();
  });

  it('links places and organisations by name or alias, not across types', async () => {
    const store = await adapter.open();
    const un = await link(store, entity('United Nations', { type: 'ORG', aliases: ['UN'] }), 'one');
    assert.equal(await link(store, entity('the United Nations', { type: 'ORG' }), 'two'), un);
    assert.equal(await link(store, entity('UN', { type: 'ORG' }), 'three'), un);
    assert.notEqual(await link(store, entity('United Nations', { type: 'GPE' }), 'four'), un);
    await store.close();
  });
});
