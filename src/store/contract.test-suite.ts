/**
 * The store contract suite: every adapter runs it with its own factory (contract.test.ts loops over
 * test-adapters.ts), e.g. runStoreContract('sqlite', async () => openSqliteStore(':memory:')).
 * Each test opens a fresh, empty store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store, StoreFactory } from './contract.ts';
import { contentHash } from './content-hash.ts';
import { encodeDoc } from './doc-encoding.ts';
import { minhashBands } from './minhash-bands.ts';
import { queryLayers } from './query-layers.ts';
import { CHINA, fixtureArticle, putinArticle, PUTIN, RUSSIA, USA, type FixtureSpec } from './test-fixtures.ts';

async function withStore(factory: StoreFactory, body: (store: Store) => Promise<void>): Promise<void> {
  const store = await factory();
  try {
    await body(store);
  } finally {
    await store.close();
  }
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Three originals on different days plus one syndicated copy of the first. */
async function seed(store: Store): Promise<{ ids: string[]; copy: string }> {
  const specs = [putinArticle('2020-10-20', ' on Monday'), putinArticle('2020-10-22', ' on Wednesday'), putinArticle('2020-10-29', ' on Thursday')];
  const ids: string[] = [];
  for (const spec of specs) {
    const input = fixtureArticle(spec);
    assert.equal(await store.putArticle(input), true);
    ids.push(input.id);
  }
  const copy = fixtureArticle({ ...putinArticle('2020-10-20', ' on Monday (AP)'), duplicateOf: ids[0]! });
  assert.equal(await store.putArticle(copy), true);
  return { ids, copy: copy.id };
}

export function runStoreContract(adapter: string, factory: StoreFactory): void {
  describe(`store contract: ${adapter}`, () => {
    it('stores an article once: a second put of the same id writes nothing', () => withStore(factory, async (store) => {
      const input = fixtureArticle(putinArticle('2020-10-22'));
      assert.equal(await store.putArticle(input), true);
      assert.equal(await store.putArticle(input), false);
      const stats = await store.stats();
      assert.equal(stats.articles, 1);
      assert.equal(stats.quotes, 1);
      assert.equal(stats.events, 2);
      assert.deepEqual(await store.hasArticles([input.id, contentHash('other')]), new Set([input.id]));
    }));

    it('stores the same rows from a Doc as from its query layers and stored form', async () => {
      const read = async (store: Store) => ({
        articles: await collect(store.exportArticles()), docs: await collect(store.exportDocs()), quotes: await collect(store.exportQuotes()),
        events: await collect(store.exportEvents()), entities: await collect(store.exportEntities()),
      });
      const asDoc = await factory();
      const asLayers = await factory();
      try {
        for (const spec of [putinArticle('2020-10-20', ' on Monday'), putinArticle('2020-10-22', ' on Wednesday')]) {
          const input = fixtureArticle(spec);
          await asDoc.putArticle(input);
          const { doc, ...rest } = input;
          await asLayers.putArticle({ ...rest, layers: queryLayers(doc), encodedDoc: encodeDoc(doc) });
        }
        assert.deepEqual(await read(asLayers), await read(asDoc));
      } finally {
        await asDoc.close();
        await asLayers.close();
      }
    });

    it('returns the Doc exactly as put, and the article row with its counts', () => withStore(factory, async (store) => {
      const input = fixtureArticle(putinArticle('2020-10-22'));
      await store.putArticle(input);
      assert.deepEqual(await store.getDoc(input.id), input.doc);
      const row = await store.getArticle(input.id);
      assert.ok(row);
      assert.equal(row.published, '2020-10-22');
      assert.equal(row.status, 'analyzed');
      assert.equal(row.quotes, 1);
      assert.equal(row.events, 2);
      assert.equal(row.chars, input.doc.text.length);
      assert.equal(await store.getArticle('missing'), null);
      assert.equal(await store.getDoc('missing'), null);
    }));

    it('pages articles with a cursor: every article exactly once, then a null cursor', () => withStore(factory, async (store) => {
      const ids = new Set<string>();
      for (let i = 0; i < 5; i += 1) {
        const input = fixtureArticle({ text: `Article number ${i}.`, published: `2021-01-0${i + 1}` });
        ids.add(input.id);
        await store.putArticle(input);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await store.listArticles({ limit: 2, cursor });
        seen.push(...page.items.map((a) => a.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor !== null);
      assert.equal(pages, 3);
      assert.deepEqual(new Set(seen), ids);
      assert.equal(seen.length, 5);
      const ranged = await store.listArticles({ from: '2021-01-02', to: '2021-01-03' });
      assert.equal(ranged.items.length, 2);
      await assert.rejects(store.listArticles({ cursor: 'not-a-cursor' }), /cursor/);
    }));

    it('refuses a cursor made by hand, edited, or written by another list', () => withStore(factory, async (store) => {
      for (let i = 0; i < 3; i += 1) await store.putArticle(fixtureArticle({ ...putinArticle(`2021-01-0${i + 1}`, ` ${i}`) }));
      const [articles, quotes, entities] = await Promise.all([store.listArticles({ limit: 1 }), store.searchQuotes({ limit: 1 }), store.listEntities({ limit: 1 })]);
      assert.ok(articles.nextCursor && quotes.nextCursor && entities.nextCursor);
      const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const cases: [string, () => Promise<unknown>][] = [
        ['a row number alone', () => store.listArticles({ cursor: forged([1]) })],
        ['a text for a row number', () => store.listArticles({ cursor: forged(['articles', 'zzz']) })],
        ['a negative row number', () => store.listArticles({ cursor: forged(['articles', -1]) })],
        ['a key too long', () => store.listArticles({ cursor: forged(['articles', 1, 2]) })],
        ['the quotes\' cursor on articles', () => store.listArticles({ cursor: quotes.nextCursor })],
        ['the articles\' cursor on events', () => store.searchEvents({ cursor: articles.nextCursor })],
        ['an entity cursor cut short', () => store.listEntities({ cursor: forged(['entities', 3]) })],
      ];
      for (const [what, query] of cases) await assert.rejects(query(), /invalid cursor for \w+: pass the next_cursor/, what);
      assert.equal((await store.listArticles({ limit: 1, cursor: articles.nextCursor })).items.length, 1);
    }));

    it('searches quotes by full text, phrase, speaker id, speaker alias, topic and date', () => withStore(factory, async (store) => {
      const { ids } = await seed(store);
      const cases: [string, Parameters<Store['searchQuotes']>[0], number][] = [
        ['word', { q: 'sanctions' }, 3],
        ['two words (AND)', { q: 'never sanctions' }, 3],
        ['phrase', { q: '"accept sanctions"' }, 3],
        ['phrase in the wrong order', { q: '"sanctions accept"' }, 0],
        ['OR', { q: 'tariffs OR sanctions' }, 3],
        ['absent word', { q: 'elephant' }, 0],
        ['punctuation does not break the query', { q: 'sanctions!' }, 3],
        ['prefix', { q: 'sanct*' }, 3],
        ['phrase ending in a prefix', { q: '"accept sanc*"' }, 3],
        ['explicit AND', { q: 'never AND sanctions' }, 3],
        ['NOT', { q: 'sanctions NOT never' }, 0],
        ['NOT an absent word', { q: 'sanctions NOT elephant' }, 3],
        ['SQL and FTS syntax are words', { q: `sanctions'; DROP TABLE quotes; -- "x" NEAR(a b) & !| :*` }, 0],
        ['speaker id', { speaker: PUTIN.canonical }, 3],
        ['speaker alias', { speaker: 'Putin' }, 3],
        ['speaker name, any case', { speaker: 'vladimir putin' }, 3],
        ['unknown speaker', { speaker: 'Xi Jinping' }, 0],
        ['about an entity', { about: RUSSIA.canonical }, 3],
        ['about by name', { about: 'Russia' }, 3],
        ['about an entity never in a quote', { about: CHINA.canonical }, 0],
        ['date range', { from: '2020-10-21', to: '2020-10-29' }, 2],
        ['date range and text', { q: 'sanctions', to: '2020-10-20' }, 1],
        ['duplicates included', { includeDuplicates: true }, 4],
      ];
      for (const [name, query, expected] of cases) {
        const page = await store.searchQuotes(query);
        assert.equal(page.items.length, expected, name);
      }
      const [first] = (await store.searchQuotes({ q: 'sanctions', limit: 1 })).items;
      assert.ok(first);
      assert.equal(first.article, ids[0]);
      assert.equal(first.content, 'We will never accept sanctions against Russia');
      assert.equal(first.speaker, 'Vladimir Putin');
      assert.equal(first.speakerEntity, PUTIN.canonical);
      assert.deepEqual(first.about, [RUSSIA.canonical]);
      assert.equal(first.stance, -0.5);
      await assert.rejects(store.searchQuotes({ q: '!!' }), /no words/);
      await assert.rejects(store.searchQuotes({ q: 'NOT sanctions' }), /NOT needs a term/);
    }));

    it('keeps each quote\'s form and searches by forms; a quote put without one is a statement', () => withStore(factory, async (store) => {
      await seed(store);
      const text = 'Putin said sanctions would fail. Putin asked whether talks could resume. Putin believes Russia will win. '
        + 'Putin opposed the tariffs. Putin cited a poll showing Russia divided.';
      await store.putArticle(fixtureArticle({
        text, published: '2020-11-02', entities: [{ ...PUTIN, surfaces: ['Putin'] }],
        quotes: [
          { content: 'sanctions would fail', speaker: 0, form: 'statement' }, { content: 'whether talks could resume', speaker: 0, form: 'question' },
          { content: 'Russia will win', speaker: 0, form: 'belief' }, { content: 'the tariffs', speaker: 0, form: 'stance' },
          { content: 'Russia divided', speaker: 0, form: 'evidence' },
        ],
      }));
      const cases: [string, Parameters<Store['searchQuotes']>[0], string[]][] = [
        ['every form by default', {}, ['statement', 'statement', 'statement', 'statement', 'question', 'belief', 'stance', 'evidence']],
        ['statements, those put without a form among them', { forms: ['statement'] }, ['statement', 'statement', 'statement', 'statement']],
        ['one other form', { forms: ['question'] }, ['question']],
        ['two forms', { forms: ['belief', 'evidence'] }, ['belief', 'evidence']],
        ['a form no quote has', { forms: ['other'] }, []],
        ['forms with words', { forms: ['belief'], q: 'win' }, ['belief']],
        ['forms with words that only another form has', { forms: ['statement'], q: 'win' }, []],
        ['forms with dates', { forms: ['statement'], from: '2020-10-25' }, ['statement', 'statement']],
        ['forms with copies', { forms: ['statement'], includeDuplicates: true }, ['statement', 'statement', 'statement', 'statement', 'statement']],
      ];
      for (const [name, query, forms] of cases) {
        assert.deepEqual((await store.searchQuotes(query)).items.map((q) => q.form), forms, name);
        assert.equal(await store.countQuotes(query), forms.length, `${name} (count)`);
      }
      const bad: [string, unknown][] = [['an unknown form', ['rumour']], ['no forms at all', []], ['a form not in a list', 'statement']];
      for (const [name, forms] of bad) {
        await assert.rejects(store.searchQuotes({ forms } as never), name);
        await assert.rejects(store.countQuotes({ forms } as never), `${name} (count)`);
      }
    }));

    it('searches the sentences of the articles by full text and date, copies counted once', () => withStore(factory, async (store) => {
      const { ids, copy } = await seed(store);
      const cases: [string, Parameters<Store['searchSentences']>[0], number][] = [
        ['word', { q: 'tariffs' }, 3],
        ['word in one variant', { q: 'Wednesday' }, 1],
        ['prefix', { q: 'tarif*' }, 3],
        ['phrase', { q: '"consulted China"' }, 3],
        ['phrase in the wrong order', { q: '"China consulted"' }, 0],
        ['OR', { q: 'tariffs OR consulted' }, 6],
        ['absent word', { q: 'elephant' }, 0],
        ['date range', { q: 'tariffs', from: '2020-10-21' }, 2],
        ['duplicates included', { q: 'tariffs', includeDuplicates: true }, 4],
      ];
      for (const [name, query, expected] of cases) assert.equal((await store.searchSentences(query)).items.length, expected, name);
      const [first] = (await store.searchSentences({ q: 'Monday', includeDuplicates: true })).items;
      assert.ok(first);
      assert.deepEqual([first.article, first.sentence, first.text], [ids[0], 0, 'Vladimir Putin met officials in Moscow on Monday.']);
      const doc = await store.getDoc(first.article);
      assert.equal(doc?.text.slice(first.start, first.end), first.text);
      const all = (await store.searchSentences({ q: 'Monday', includeDuplicates: true })).items.map((r) => r.article);
      assert.deepEqual(all, [ids[0], copy]);
      const one = await store.searchSentences({ q: 'tariffs', limit: 2 });
      const rest = await store.searchSentences({ q: 'tariffs', limit: 2, cursor: one.nextCursor });
      assert.deepEqual([...one.items, ...rest.items].map((r) => r.article), ids);
      assert.equal(rest.nextCursor, null);
      await assert.rejects(store.searchSentences({ q: '!!' }), /no words/);
    }));

    it('pages quote searches without losing or repeating a row', () => withStore(factory, async (store) => {
      await seed(store);
      const first = await store.searchQuotes({ q: 'sanctions', limit: 2 });
      assert.equal(first.items.length, 2);
      assert.ok(first.nextCursor);
      const second = await store.searchQuotes({ q: 'sanctions', limit: 2, cursor: first.nextCursor });
      assert.equal(second.items.length, 1);
      assert.equal(second.nextCursor, null);
      assert.notDeepEqual(second.items[0], first.items[0]);
    }));

    it('counts entities across articles, syndicated copies once', () => withStore(factory, async (store) => {
      await seed(store);
      const putin = await store.getEntity(PUTIN.canonical);
      assert.ok(putin);
      assert.equal(putin.articles, 3);
      assert.equal(putin.mentions, 6);
      assert.equal(putin.quotes, 3);
      assert.deepEqual(putin.aliases, ['Putin']);
      assert.equal(await store.getEntity('ent_nobody'), null);
      const all = await store.listEntities();
      assert.deepEqual(all.items.map((e) => e.id), ['ent_rus', 'ent_putin', 'ent_chn', 'ent_usa']);
      const cases: [string, Parameters<Store['listEntities']>[0], string[]][] = [
        ['name substring', { q: 'putin' }, ['ent_putin']],
        ['type', { type: 'PERSON' }, ['ent_putin']],
        ['country', { country: 'CHN' }, ['ent_chn']],
        ['nothing', { q: 'zzz' }, []],
      ];
      for (const [name, query, expected] of cases) {
        assert.deepEqual((await store.listEntities(query)).items.map((e) => e.id), expected, name);
      }
      const p1 = await store.listEntities({ limit: 3 });
      const p2 = await store.listEntities({ limit: 3, cursor: p1.nextCursor });
      assert.deepEqual([...p1.items, ...p2.items].map((e) => e.id), all.items.map((e) => e.id));
      assert.equal(p2.nextCursor, null);
    }));

    it('finds entity candidates by key and type, every type in one lookup', () => withStore(factory, async (store) => {
      await seed(store);
      const cases: [string, Parameters<Store['entityCandidates']>[0], [string, string[]][]][] = [
        ['one type, one key', [{ type: 'PERSON', keys: ['putin'] }], [[PUTIN.canonical, ['putin']]]],
        ['a key of another type', [{ type: 'ORG', keys: ['putin'] }], []],
        ['an unknown key', [{ type: 'PERSON', keys: ['nobody'] }], []],
        ['a candidate says which asked keys it has', [{ type: 'PERSON', keys: ['nobody', 'putin'] }], [[PUTIN.canonical, ['putin']]]],
        ['two types, in id order', [{ type: 'PERSON', keys: ['putin'] }, { type: 'GPE', keys: ['china', 'russia', 'putin'] }],
          [[CHINA.canonical, ['china']], [PUTIN.canonical, ['putin']], [RUSSIA.canonical, ['russia']]]],
        ['keys count for their own type only', [{ type: 'PERSON', keys: ['china'] }, { type: 'GPE', keys: ['putin'] }], []],
        ['no lookups', [], []],
        ['a type with no keys', [{ type: 'PERSON', keys: [] }], []],
      ];
      for (const [name, lookups, expected] of cases) {
        assert.deepEqual((await store.entityCandidates(lookups)).map((e) => [e.id, e.keys]), expected, name);
      }
      const [putin] = await store.entityCandidates([{ type: 'PERSON', keys: ['putin'] }]);
      assert.deepEqual([putin?.name, putin?.type, putin?.aliases], ['Vladimir Putin', 'PERSON', ['Putin']]);
    }));

    it('counts an unchanged entity link without needing its entity rewritten', () => withStore(factory, async (store) => {
      await seed(store);
      const stored = (await store.getEntity(PUTIN.canonical))!;
      const input = fixtureArticle(putinArticle('2020-11-05', ' on Thursday again'));
      input.links = input.links.map((l) => (l.entity.id === PUTIN.canonical ? { ...l, unchanged: true } : l));
      await store.putArticle(input);
      const after = (await store.getEntity(PUTIN.canonical))!;
      assert.deepEqual({ ...after, articles: 0, mentions: 0, quotes: 0 }, { ...stored, articles: 0, mentions: 0, quotes: 0 });
      assert.deepEqual([after.articles, after.mentions, after.quotes], [stored.articles + 1, stored.mentions + 2, stored.quotes + 1]);
    }));

    it('moves an entity a link replaces: its counts, quotes and events go to the new id, which its old id still finds', () => withStore(factory, async (store) => {
      await store.putArticle(fixtureArticle(putinArticle('2020-10-22')));
      const before = new Map((await Promise.all([PUTIN, RUSSIA].map((e) => store.getEntity(e.canonical)))).map((e) => [e!.id, e!]));
      const input = fixtureArticle(putinArticle('2020-11-05', ' on Thursday again'));
      // Putin and Russia move to new ids (a merge changed what their ids follow from).
      input.links = input.links.map((l) => {
        const old = before.get(l.entity.id);
        if (!old) return l;
        const { articles: _, mentions: __, quotes: ___, ...content } = old;
        return { ...l, entity: { ...content, id: `${old.id}2`, aliases: [...old.aliases, `The ${old.name}`].sort() }, replaces: [old.id] };
      });
      await store.putArticle(input);
      for (const old of before.values()) {
        const now = (await store.getEntity(old.id))!;
        assert.equal(now.id, `${old.id}2`, 'the old id finds the entity under its new id');
        assert.deepEqual([now.articles, now.mentions, now.quotes], [old.articles + 1, 2 * old.mentions, 2 * old.quotes]);
        assert.ok(now.aliases.includes(`The ${old.name}`));
      }
      assert.equal((await store.stats()).entities, 4);
      const quotes = (await store.searchQuotes({ speaker: PUTIN.canonical })).items;
      assert.deepEqual(quotes.map((q) => q.speakerEntity), ['ent_putin2', 'ent_putin2']);
      assert.deepEqual((await store.searchQuotes({ about: RUSSIA.canonical })).items.map((q) => q.about), [['ent_rus2'], ['ent_rus2']]);
      const events = (await store.searchEvents({ actor: RUSSIA.canonical })).items;
      assert.equal(events.length, 4, 'events found by the old id');
      for (const e of events) assert.ok(JSON.stringify(e.sources).includes('"ent_rus2"') && !JSON.stringify(e).includes('"ent_rus"'), JSON.stringify(e));
    }));

    it('counts one article for two doc entities linked to one canonical entity', () => withStore(factory, async (store) => {
      const input = fixtureArticle(putinArticle('2020-10-22'));
      // "Russia" (3 mentions) and "China" (1) resolved to one entity: one article, four mentions.
      const russia = input.links.find((l) => l.entity.id === RUSSIA.canonical)!;
      input.links = input.links.map((l) => (l.entity.id === CHINA.canonical ? { ...l, entity: russia.entity } : l));
      await store.putArticle(input);
      const row = (await store.getEntity(RUSSIA.canonical))!;
      assert.deepEqual([row.articles, row.mentions, row.quotes], [1, 4, 0]);
      assert.equal(await store.getEntity(CHINA.canonical), null);
    }));

    it('filters events by actor, side, CAMEO code or root and date', () => withStore(factory, async (store) => {
      await seed(store);
      const cases: [string, Parameters<Store['searchEvents']>[0], number][] = [
        ['all originals', {}, 6],
        ['with duplicates', { includeDuplicates: true }, 8],
        ['actor code prefix', { actor: 'RU' }, 6],
        ['actor entity id', { actor: CHINA.canonical }, 3],
        ['target code', { target: 'USA' }, 3],
        ['source that is only a target', { source: 'CHN' }, 0],
        ['dyad', { source: 'RUS', target: 'CHN' }, 3],
        ['cameo code', { cameo: '040' }, 3],
        ['cameo prefix', { cameo: '11' }, 3],
        ['root', { root: '04' }, 3],
        ['root that never occurs', { root: '19' }, 0],
        ['date range', { from: '2020-10-22', to: '2020-10-22' }, 2],
      ];
      for (const [name, query, expected] of cases) {
        assert.equal((await store.searchEvents(query)).items.length, expected, name);
      }
      const [event] = (await store.searchEvents({ cameo: '111', limit: 1 })).items;
      assert.ok(event);
      assert.equal(event.sources[0]!.code, 'RUS');
      assert.equal(event.targets[0]!.entity, 'ent_usa');
      assert.equal(event.goldstein, -2);
      assert.equal(event.sentence, 'Russia criticised the United States over tariffs.');
      assert.equal(event.date, '2020-10-20');
    }));

    it('builds dyad and speaker timelines per day and per week', () => withStore(factory, async (store) => {
      await seed(store);
      const daily = await store.timeline({ a: 'RUS', b: 'CHN', per: 'day' });
      assert.deepEqual(daily.map((r) => [r.period, r.count, r.meanGoldstein]), [['2020-10-20', 1, 1], ['2020-10-22', 1, 1], ['2020-10-29', 1, 1]]);
      const reverse = await store.timeline({ a: 'CHN', b: 'RUS', per: 'day' });
      assert.equal(reverse.length, 3, 'undirected by default');
      assert.deepEqual(await store.timeline({ a: 'CHN', b: 'RUS', directed: true }), []);
      const weekly = await store.timeline({ a: 'RUS', b: 'USA', per: 'week' });
      assert.deepEqual(weekly.map((r) => [r.period, r.count, r.meanGoldstein]), [['2020-10-19', 2, -2], ['2020-10-26', 1, -2]]);
      const speaker = await store.timeline({ speaker: PUTIN.canonical, per: 'week', from: '2020-10-21' });
      assert.deepEqual(speaker.map((r) => [r.period, r.count, r.meanStance]), [['2020-10-19', 1, -0.5], ['2020-10-26', 1, -0.5]]);
    }));

    it('builds the actor network with event and quote edges, counts and tone', () => withStore(factory, async (store) => {
      await seed(store);
      const net = await store.network();
      const edge = (source: string, target: string, kind: string) => net.edges.find((e) => e.source === source && e.target === target && e.kind === kind);
      assert.deepEqual(edge('ent_rus', 'ent_chn', 'event'), { source: 'ent_rus', target: 'ent_chn', kind: 'event', count: 3, tone: 1 });
      assert.deepEqual(edge('ent_putin', 'ent_rus', 'quote'), { source: 'ent_putin', target: 'ent_rus', kind: 'quote', count: 3, tone: -0.5 });
      assert.deepEqual(net.nodes.map((n) => n.label).sort(), ['China', 'Russia', 'United States', 'Vladimir Putin']);
      assert.equal((await store.network({ kind: 'events' })).edges.every((e) => e.kind === 'event'), true);
      assert.deepEqual((await store.network({ minCount: 4 })).edges, []);
      assert.equal((await store.network({ from: '2020-10-29' })).edges.find((e) => e.target === 'ent_chn')?.count, 1);
    }));

    it('gives the network one node per country (the bare government folded in) and no self-loops', () => withStore(factory, async (store) => {
      const text = 'The Kremlin criticised Russia. China criticised the United States. China criticised Washington.';
      await store.putArticle(fixtureArticle({
        text, published: '2020-11-02',
        entities: [
          { canonical: 'ent_kremlin', name: 'Kremlin', type: 'ORG', country: 'RUS', actorCode: 'RUSGOV', surfaces: ['Kremlin'] },
          { ...RUSSIA, surfaces: ['Russia'] },
          { ...CHINA, surfaces: ['China', 'China'] },
          { ...USA, surfaces: ['United States'] },
          { canonical: 'ent_washington', name: 'Washington', type: 'GPE', country: 'USA', actorCode: 'USAGOV', surfaces: ['Washington'] },
        ],
        events: [
          { trigger: 'criticised', source: 0, target: 1, code: '111', goldstein: -2, quadClass: 3 },
          { trigger: 'criticised', source: 2, target: 3, code: '111', goldstein: -2, quadClass: 3 },
          { trigger: 'criticised', source: 2, target: 4, code: '111', goldstein: -2, quadClass: 3 },
        ],
      }));
      const net = await store.network();
      assert.equal(net.edges.length, 1, JSON.stringify(net.edges));
      assert.equal(net.edges[0]!.count, 2);
      assert.equal(net.nodes.length, 2);
      assert.deepEqual(await store.timeline({ a: 'RUS', b: 'RUS' }), []);
      assert.equal((await store.timeline({ a: 'CHN', b: 'USA' }))[0]?.count, 2);
    }));

    it('finds near-duplicate candidates through shared MinHash bands', () => withStore(factory, async (store) => {
      const signature = Array.from({ length: 16 }, (_, i) => i * 7919);
      const input = fixtureArticle({ ...putinArticle('2020-10-22'), minhash: signature });
      await store.putArticle(input);
      const near = [...signature.slice(0, 4), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
      assert.deepEqual(await store.nearDuplicateCandidates(minhashBands(near)), [{ id: input.id, minhash: signature }]);
      assert.deepEqual(await store.nearDuplicateCandidates(minhashBands(near.map((x) => x + 1))), []);
      assert.deepEqual(await store.nearDuplicateCandidates([]), []);
    }));

    it('counts what a query matches, limit and cursor aside', () => withStore(factory, async (store) => {
      await seed(store);
      const cases: [string, () => Promise<number>, number][] = [
        ['articles', () => store.countArticles(), 4],
        ['articles, copies left out', () => store.countArticles({ includeDuplicates: false }), 3],
        ['articles in a range', () => store.countArticles({ from: '2020-10-21' }), 2],
        ['quotes', () => store.countQuotes({ limit: 1 }), 3],
        ['quotes by words', () => store.countQuotes({ q: 'elephant' }), 0],
        ['sentences', () => store.countSentences({ q: 'tariffs', limit: 1 }), 3],
        ['entities', () => store.countEntities({ limit: 1 }), 4],
        ['entities by type', () => store.countEntities({ type: 'PERSON' }), 1],
        ['events', () => store.countEvents(), 6],
        ['events of a dyad', () => store.countEvents({ source: 'RUS', target: 'CHN' }), 3],
      ];
      for (const [name, count, expected] of cases) assert.equal(await count(), expected, name);
    }));

    it('tells dated from undated items: only the undated, or a range that keeps them', () => withStore(factory, async (store) => {
      await seed(store);
      const undated = fixtureArticle(putinArticle(null, ' with no date'));
      await store.putArticle(undated);
      assert.equal((await store.stats()).undated, 1);
      assert.deepEqual((await store.listArticles({ undated: true })).items.map((a) => a.id), [undated.id]);
      const range = { from: '2020-10-21', to: '2020-10-31' };
      const cases: [string, () => Promise<number>, number][] = [
        ['undated quotes', () => store.countQuotes({ undated: true }), 1],
        ['quotes in a range', () => store.countQuotes(range), 2],
        ['quotes in a range, undated kept', () => store.countQuotes({ ...range, includeUndated: true }), 3],
        ['undated sentences', () => store.countSentences({ q: 'tariffs', undated: true }), 1],
        ['sentences in a range, undated kept', () => store.countSentences({ q: 'tariffs', ...range, includeUndated: true }), 3],
        ['undated events', () => store.countEvents({ undated: true }), 2],
        ['events in a range, undated kept', () => store.countEvents({ ...range, includeUndated: true }), 6],
        ['undated articles in a range', () => store.countArticles({ ...range, includeUndated: true }), 3],
      ];
      for (const [name, count, expected] of cases) assert.equal(await count(), expected, name);
      assert.equal((await store.searchEvents({ ...range, includeUndated: true })).items.length, 6);
      const net = await store.network({ from: '2020-10-29', includeUndated: true });
      assert.equal(net.edges.find((e) => e.source === 'ent_rus' && e.target === 'ent_chn')?.count, 2);
    }));

    it('finds articles by id prefix (short ids) and entities by exact name or alias', () => withStore(factory, async (store) => {
      const { ids } = await seed(store);
      assert.deepEqual((await store.listArticles({ idPrefix: ids[1]!.slice(0, 12) })).items.map((a) => a.id), [ids[1]]);
      assert.deepEqual((await store.listArticles({ idPrefix: ids[1] })).items.map((a) => a.id), [ids[1]]);
      const starts = new Set(ids.map((id) => id[0]));
      const unused = [...'0123456789abcdef'].find((d) => !starts.has(d))!;
      assert.deepEqual((await store.listArticles({ idPrefix: unused })).items, []);
      const cases: [string, string, string[]][] = [
        ['name', 'Vladimir Putin', ['ent_putin']],
        ['alias, any case', 'putin', ['ent_putin']],
        ['not a whole name', 'Vladimir', []],
      ];
      for (const [name, value, expected] of cases) {
        assert.deepEqual((await store.listEntities({ name: value })).items.map((e) => e.id), expected, name);
      }
    }));

    it('scores tone on articles and quotes, and carries titles on event rows', () => withStore(factory, async (store) => {
      const { ids } = await seed(store);
      const article = (await store.getArticle(ids[0]!))!;
      assert.equal(article.tone, 0);
      const [quote] = (await store.searchQuotes({ limit: 1 })).items;
      assert.ok(Math.abs(quote!.tone! - 100 / 7) < 1e-9);
      const [event] = (await store.searchEvents({ limit: 1 })).items;
      assert.equal(event!.title, 'Putin on sanctions on Monday');
      const [speaker] = await store.timeline({ speaker: PUTIN.canonical });
      assert.ok(Math.abs(speaker!.meanTone! - 100 / 7) < 1e-9);
      const [dyad] = await store.timeline({ a: 'RUS', b: 'CHN' });
      assert.equal(dyad!.meanTone, 0);
    }));

    it('redates an undated article: its date, its events and quotes, entity counts unchanged', () => withStore(factory, async (store) => {
      const spec = putinArticle(null);
      const undated = fixtureArticle({ ...spec, title: undefined });
      await store.putArticle(undated);
      assert.equal((await store.countEvents({ undated: true })), 2);
      const before = (await store.getEntity(PUTIN.canonical))!;
      const dated = fixtureArticle({ ...spec, published: '2020-10-23' });
      assert.equal(await store.redateArticle(dated), true);
      const row = (await store.getArticle(dated.id))!;
      assert.deepEqual([row.published, row.title, row.quotes, row.events], ['2020-10-23', spec.title, 1, 2]);
      assert.equal((await store.getDoc(dated.id))?.published, '2020-10-23');
      assert.deepEqual((await store.searchEvents({ from: '2020-10-23', to: '2020-10-23' })).items.map((e) => e.date), ['2020-10-23', '2020-10-23']);
      assert.deepEqual((await store.searchQuotes({ q: 'sanctions' })).items.map((q) => q.published), ['2020-10-23']);
      assert.equal(await store.countEvents({ undated: true }), 0);
      assert.deepEqual(await store.getEntity(PUTIN.canonical), before);
      const stats = await store.stats();
      assert.deepEqual([stats.articles, stats.undated, stats.quotes, stats.events], [1, 0, 1, 2]);
      assert.equal(await store.redateArticle(fixtureArticle(putinArticle('2020-10-23', ' never stored'))), false);
    }));

    it('streams every row of every export, past any page size', () => withStore(factory, async (store) => {
      const n = 1105;
      for (let i = 0; i < n; i += 1) {
        const spec: FixtureSpec = { text: `Story ${i} is short.`, published: '2022-02-02' };
        await store.putArticle(fixtureArticle(spec));
      }
      await seed(store);
      assert.equal((await collect(store.exportArticles())).length, n + 4);
      assert.equal((await collect(store.exportDocs())).length, n + 4);
      assert.equal((await collect(store.exportQuotes())).length, 4);
      assert.equal((await collect(store.exportEvents())).length, 8);
      assert.deepEqual((await collect(store.exportEntities())).map((e) => e.id), ['ent_chn', 'ent_putin', 'ent_rus', 'ent_usa']);
    }));
  });
}
