/** The PostgreSQL store's reads: lookups for ingest, the searches and aggregates, and the streaming exports. */
import type pg from 'pg';
import type { z } from 'zod';
import type { Doc } from '../../model/index.ts';
import type { EntityCandidate, EntityLookup, Store, StoreStats } from '../contract.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { decodeDoc } from '../doc-encoding.ts';
import { clause, page } from '../pages.ts';
import { tsQuery } from '../fts-query.ts';
import { articleRow, entityRow, eventRow, quoteRow, type Row } from '../row-mapping.ts';
import {
  ArticleQuerySchema, EntityQuerySchema, EventQuerySchema, NetworkQuerySchema, QuoteQuerySchema, SentenceQuerySchema, TimelineQuerySchema,
  type ArticleRow, type EntityRow, type EventRow, type Network, type Page, type QuoteRow, type SentenceQuery,
  type SentenceRow, type TimelineRow,
} from '../rows.ts';
import { ARTICLE_COLUMNS, ENTITY_COLUMNS, EVENT_SELECT, QUOTE_SELECT } from './row-mapping.ts';
import { networkEdges, notSelfLoopSql, type NodeEntity, type RawEdge } from '../network-nodes.ts';
import { actorMatch, currentEntityId, Params, periodOf } from './sql-fragments.ts';

/** A pool (each statement on any connection) or one connection (inside a transaction). */
export type Queryable = pg.Pool | pg.ClientBase;

const EXPORT_BATCH = 1000;

/** The date filter on `col`: only the undated rows, or the from/to range (keeping undated rows when asked). */
function dateFilter(where: string[], p: Params, col: string, q: { from?: string; to?: string; includeUndated: boolean; undated: boolean }): void {
  if (q.undated) {
    where.push(`${col} IS NULL`);
    return;
  }
  const range: string[] = [];
  if (q.from) range.push(`${col} >= ${p.add(q.from)}`);
  if (q.to) range.push(`${col} <= ${p.add(q.to)}`);
  if (range.length > 0) where.push(q.includeUndated ? `(${range.join(' AND ')} OR ${col} IS NULL)` : range.join(' AND '));
}

/** The cursor's condition, when there is a cursor. */
function afterCursor(where: string[], p: Params, column: string, list: string, cursor: string | null): void {
  const after = decodeCursor(list, cursor, ['whole']);
  if (after) where.push(`${column} > ${p.add(after[0])}`);
}

/** Every read of the `Store` contract, on a pool or one connection. */
export class PostgresQueries implements Omit<Store, 'putArticle' | 'redateArticle' | 'flush' | 'close'> {
  constructor(protected readonly db: Queryable) {}

  protected async rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.db.query(sql, params)).rows;
  }

  private async count(sql: string, params: unknown[]): Promise<number> {
    return Number((await this.rows(sql, params))[0]!.n);
  }

  async hasArticles(ids: string[]): Promise<Set<string>> {
    const rows = await this.rows('SELECT id FROM articles WHERE id = ANY($1::text[])', [ids]);
    return new Set(rows.map((r) => r.id as string));
  }

  async getArticle(id: string): Promise<ArticleRow | null> {
    const [row] = await this.rows(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
    return row ? articleRow(row) : null;
  }

  async getDoc(id: string): Promise<Doc | null> {
    const [row] = await this.rows('SELECT doc FROM articles WHERE id = $1', [id]);
    return row ? decodeDoc(row.doc) : null;
  }

  private articleFilter(q: z.output<typeof ArticleQuerySchema>, p: Params): string[] {
    const where: string[] = [];
    dateFilter(where, p, 'published', q);
    if (!q.includeDuplicates) where.push('duplicate_of IS NULL');
    // Ids are lower-case hex: every id with the prefix sorts between it and the prefix followed by "g".
    if (q.idPrefix !== undefined) where.push(`id >= ${p.add(q.idPrefix)} AND id < ${p.add(`${q.idPrefix}g`)}`);
    return where;
  }

  async listArticles(query = {}): Promise<Page<ArticleRow>> {
    const q = ArticleQuerySchema.parse(query);
    const p = new Params();
    const where = this.articleFilter(q, p);
    afterCursor(where, p, 'key', 'articles', q.cursor);
    const rows = await this.rows(`SELECT key AS _key, ${ARTICLE_COLUMNS} FROM articles ${clause(where)} ORDER BY key LIMIT ${p.add(q.limit + 1)}`, p.values);
    return page(rows, q.limit, 'articles', (r) => [Number(r._key)], articleRow);
  }

  async countArticles(query = {}): Promise<number> {
    const p = new Params();
    const where = this.articleFilter(ArticleQuerySchema.parse(query), p);
    return this.count(`SELECT count(*) AS n FROM articles ${clause(where)}`, p.values);
  }

  async nearDuplicateCandidates(bands: string[]): Promise<{ id: string; minhash: number[] }[]> {
    if (bands.length === 0) return [];
    const rows = await this.rows(`SELECT id, minhash FROM articles WHERE key IN (SELECT article FROM minhash_bands WHERE band = ANY($1::text[]))
      AND duplicate_of IS NULL ORDER BY key`, [bands]);
    return rows.map((r) => ({ id: r.id, minhash: r.minhash ? [...new Uint32Array(new Uint8Array(r.minhash).buffer)] : [] }));
  }

  async entityCandidates(lookups: EntityLookup[]): Promise<EntityCandidate[]> {
    const pairs = lookups.flatMap(({ type, keys }) => keys.map((key) => [type, key] as const));
    if (pairs.length === 0) return [];
    // Every (type, key) pair in one statement: one round trip for a document's entities.
    const rows = await this.rows(`SELECT k.key, e.id, e.name, e.type, e.country, e.actor_code, e.role, e.aliases
      FROM unnest($1::text[], $2::text[]) AS x(type, key) JOIN entity_keys k ON k.type = x.type AND k.key = x.key
      JOIN entities e ON e.id = k.entity`, [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
    const found = new Map<string, EntityCandidate>();
    for (const r of rows) {
      const c = found.get(r.id);
      if (c) c.keys.push(r.key);
      else found.set(r.id, { id: r.id, name: r.name, type: r.type, country: r.country, actorCode: r.actor_code, role: r.role, aliases: JSON.parse(r.aliases), keys: [r.key] });
    }
    for (const c of found.values()) c.keys.sort();
    return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** Canonical ids an entity argument stands for: the id (as it is now), or every entity with that name or alias. */
  private async entityIds(value: string): Promise<string[]> {
    if (value.startsWith('ent_')) {
      const p = new Params();
      return [(await this.rows(`SELECT ${currentEntityId(value, p)} AS id`, p.values))[0]!.id];
    }
    return (await this.rows('SELECT DISTINCT entity FROM entity_names WHERE lower(name) = lower($1) ORDER BY entity', [value])).map((r) => r.entity);
  }

  private async quoteFilter(q: z.output<typeof QuoteQuerySchema>, p: Params): Promise<string[]> {
    const where: string[] = [];
    if (q.q !== undefined) where.push(`q.words @@ ${p.add(tsQuery(q.q))}::tsquery`);
    if (q.speaker !== undefined) {
      const ids = await this.entityIds(q.speaker);
      where.push(`(q.speaker_entity = ANY(${p.add(ids)}::text[]) OR lower(q.speaker) = lower(${p.add(q.speaker)}))`);
    }
    if (q.about !== undefined) {
      where.push(`q.key IN (SELECT quote FROM quote_about WHERE entity = ANY(${p.add(await this.entityIds(q.about))}::text[]))`);
    }
    if (q.forms !== undefined) where.push(`q.form = ANY(${p.add(q.forms)}::text[])`);
    dateFilter(where, p, 'q.published', q);
    if (!q.includeDuplicates) where.push('q.dup = 0');
    return where;
  }

  async searchQuotes(query = {}): Promise<Page<QuoteRow>> {
    const q = QuoteQuerySchema.parse(query);
    const p = new Params();
    const where = await this.quoteFilter(q, p);
    afterCursor(where, p, 'q.key', 'quotes', q.cursor);
    const rows = await this.rows(`${QUOTE_SELECT} ${clause(where)} ORDER BY q.key LIMIT ${p.add(q.limit + 1)}`, p.values);
    const items = await this.quoteRows(rows.slice(0, q.limit));
    return { items, nextCursor: rows.length > q.limit ? encodeCursor('quotes', [Number(rows[q.limit - 1]!._key)]) : null };
  }

  async countQuotes(query = {}): Promise<number> {
    const p = new Params();
    const where = await this.quoteFilter(QuoteQuerySchema.parse(query), p);
    return this.count(`SELECT count(*) AS n FROM quotes q ${clause(where)}`, p.values);
  }

  private sentenceFilter(q: z.output<typeof SentenceQuerySchema>, p: Params): string[] {
    const where = [`s.words @@ ${p.add(tsQuery(q.q))}::tsquery`];
    dateFilter(where, p, 'a.published', q);
    if (!q.includeDuplicates) where.push('a.duplicate_of IS NULL');
    return where;
  }

  async countSentences(query: SentenceQuery): Promise<number> {
    const p = new Params();
    const where = this.sentenceFilter(SentenceQuerySchema.parse(query), p);
    return this.count(`SELECT count(*) AS n FROM sentences s JOIN articles a ON a.key = s.article ${clause(where)}`, p.values);
  }

  async searchSentences(query: SentenceQuery): Promise<Page<SentenceRow>> {
    const q = SentenceQuerySchema.parse(query);
    const p = new Params();
    const where = this.sentenceFilter(q, p);
    afterCursor(where, p, 's.key', 'sentences', q.cursor);
    // The article text comes along and the sentence is sliced here: offsets are UTF-16 code units, as in the Doc.
    const rows = await this.rows(`SELECT s.key AS _key, s.idx, s.start, s."end", a.id, a.published, a.title, a.url, a.text
      FROM sentences s JOIN articles a ON a.key = s.article ${clause(where)} ORDER BY s.key LIMIT ${p.add(q.limit + 1)}`, p.values);
    return page(rows, q.limit, 'sentences', (r) => [Number(r._key)], (r) => ({
      article: r.id, published: r.published, sentence: r.idx, start: r.start, end: r.end, text: (r.text as string).slice(r.start, r.end),
      title: r.title, url: r.url,
    }));
  }

  /** Quote rows with their `about` entities, fetched for the whole page in one query. */
  private async quoteRows(rows: Row[]): Promise<QuoteRow[]> {
    const about = new Map<number, string[]>();
    if (rows.length > 0) {
      const pairs = await this.rows('SELECT quote, entity FROM quote_about WHERE quote = ANY($1::bigint[]) ORDER BY quote, entity',
        [rows.map((r) => r._key)]);
      for (const pr of pairs) about.set(Number(pr.quote), [...(about.get(Number(pr.quote)) ?? []), pr.entity]);
    }
    return rows.map((r) => quoteRow(r, about.get(Number(r._key)) ?? []));
  }

  private entityFilter(q: z.output<typeof EntityQuerySchema>, p: Params): string[] {
    const where: string[] = [];
    if (q.q !== undefined) {
      where.push(`id IN (SELECT entity FROM entity_names WHERE name ILIKE ${p.add(`%${q.q.replace(/[\\%_]/g, '\\$&')}%`)})`);
    }
    if (q.name !== undefined) where.push(`id IN (SELECT entity FROM entity_names WHERE lower(name) = lower(${p.add(q.name)}))`);
    if (q.type) where.push(`type = ${p.add(q.type)}`);
    if (q.country) where.push(`country = ${p.add(q.country)}`);
    return where;
  }

  async countEntities(query = {}): Promise<number> {
    const p = new Params();
    const where = this.entityFilter(EntityQuerySchema.parse(query), p);
    return this.count(`SELECT count(*) AS n FROM entities ${clause(where)}`, p.values);
  }

  async listEntities(query = {}): Promise<Page<EntityRow>> {
    const q = EntityQuerySchema.parse(query);
    const p = new Params();
    const where = this.entityFilter(q, p);
    const after = decodeCursor('entities', q.cursor, ['whole', 'text']);
    if (after) {
      const [m, id] = [p.add(after[0]), p.add(after[1])];
      where.push(`(mentions < ${m} OR (mentions = ${m} AND id > ${id}))`);
    }
    const rows = await this.rows(`SELECT ${ENTITY_COLUMNS}, articles, mentions, quotes FROM entities ${clause(where)}
      ORDER BY mentions DESC, id LIMIT ${p.add(q.limit + 1)}`, p.values);
    return page(rows, q.limit, 'entities', (r) => [r.mentions, r.id], entityRow);
  }

  async getEntity(id: string): Promise<EntityRow | null> {
    const p = new Params();
    const [row] = await this.rows(`SELECT ${ENTITY_COLUMNS}, articles, mentions, quotes FROM entities WHERE id = ${currentEntityId(id, p)}`, p.values);
    return row ? entityRow(row) : null;
  }

  private eventFilter(q: z.output<typeof EventQuerySchema>, p: Params): string[] {
    const where: string[] = [];
    const side = (actor: string, which: string | null) => {
      where.push(`e.key IN (SELECT x.event FROM event_actors x WHERE ${actorMatch('x', actor, p)}${which ? ` AND x.side = '${which}'` : ''})`);
    };
    if (q.actor !== undefined) side(q.actor, null);
    if (q.source !== undefined) side(q.source, 's');
    if (q.target !== undefined) side(q.target, 't');
    if (q.cameo) where.push(`e.code LIKE ${p.add(`${q.cameo}%`)}`);
    if (q.root) where.push(`e.root = ${p.add(q.root)}`);
    dateFilter(where, p, 'e.date', q);
    if (!q.includeDuplicates) where.push('e.dup = 0');
    return where;
  }

  async searchEvents(query = {}): Promise<Page<EventRow>> {
    const q = EventQuerySchema.parse(query);
    const p = new Params();
    const where = this.eventFilter(q, p);
    afterCursor(where, p, 'e.key', 'events', q.cursor);
    const rows = await this.rows(`${EVENT_SELECT} ${clause(where)} ORDER BY e.key LIMIT ${p.add(q.limit + 1)}`, p.values);
    return page(rows, q.limit, 'events', (r) => [Number(r._key)], eventRow);
  }

  async countEvents(query = {}): Promise<number> {
    const p = new Params();
    const where = this.eventFilter(EventQuerySchema.parse(query), p);
    return this.count(`SELECT count(*) AS n FROM events e ${clause(where)}`, p.values);
  }

  async timeline(query: Parameters<Store['timeline']>[0]): Promise<TimelineRow[]> {
    const q = TimelineQuerySchema.parse(query);
    const p = new Params();
    const range = (col: string) => [q.from ? `AND ${col} >= ${p.add(q.from)}` : '', q.to ? `AND ${col} <= ${p.add(q.to)}` : ''].join(' ');
    if (q.speaker !== undefined) {
      const ids = await this.entityIds(q.speaker);
      const rows = await this.rows(`SELECT ${periodOf('published', q.per)} AS period, count(*) AS count, avg(stance) AS mean, avg(tone) AS tone
        FROM quotes WHERE dup = 0 AND published IS NOT NULL AND (speaker_entity = ANY(${p.add(ids)}::text[]) OR lower(speaker) = lower(${p.add(q.speaker)}))
        ${range('published')} GROUP BY 1 ORDER BY 1`, p.values);
      return rows.map((r) => ({ period: r.period, count: Number(r.count), meanGoldstein: null, meanStance: r.mean, meanTone: r.tone }));
    }
    const pair = (a: string, b: string) => `(${actorMatch('s', a, p)} AND ${actorMatch('t', b, p)})`;
    const match = q.directed ? pair(q.a!, q.b!) : `(${pair(q.a!, q.b!)} OR ${pair(q.b!, q.a!)})`;
    const rows = await this.rows(`SELECT ${periodOf('date', q.per)} AS period, count(*) AS count, avg(goldstein) AS mean, avg(tone) AS tone FROM
      (SELECT DISTINCT e.key, a.tone, e.date, e.goldstein FROM events e JOIN articles a ON a.key = e.article
        JOIN event_actors s ON s.event = e.key AND s.side = 's' JOIN event_actors t ON t.event = e.key AND t.side = 't'
        WHERE e.dup = 0 AND e.date IS NOT NULL AND ${match} AND ${notSelfLoopSql('s', 't', "SELECT id FROM entities WHERE type = 'PERSON'")}
        ${range('e.date')}) AS d
      GROUP BY 1 ORDER BY 1`, p.values);
    return rows.map((r) => ({ period: r.period, count: Number(r.count), meanGoldstein: r.mean, meanStance: null, meanTone: r.tone }));
  }

  async network(query = {}): Promise<Network> {
    const q = NetworkQuerySchema.parse(query);
    const raw: RawEdge[] = [];
    const range = (col: string, p: Params) => {
      const within = [q.from ? `${col} >= ${p.add(q.from)}` : '', q.to ? `${col} <= ${p.add(q.to)}` : ''].filter(Boolean).join(' AND ');
      if (!within) return '';
      return q.includeUndated ? `AND (${within} OR ${col} IS NULL)` : `AND ${within}`;
    };
    // Edges per (entity, code) pair; network-nodes.ts resolves them to nodes, merges and drops self-loops (as SQLite).
    if (q.kind !== 'quotes') {
      const p = new Params();
      const rows = await this.rows(`SELECT se, sc, te, tc, count(*) AS n, sum(goldstein) AS tsum, count(goldstein) AS toned FROM
        (SELECT DISTINCT e.key, s.entity AS se, s.code AS sc, t.entity AS te, t.code AS tc, e.goldstein FROM events e
          JOIN event_actors s ON s.event = e.key AND s.side = 's' JOIN event_actors t ON t.event = e.key AND t.side = 't'
          WHERE e.dup = 0 ${range('e.date', p)}) AS d
        GROUP BY se, sc, te, tc`, p.values);
      for (const r of rows) {
        raw.push({ source: { entity: r.se, code: r.sc }, target: { entity: r.te, code: r.tc }, kind: 'event', count: Number(r.n), toneSum: r.tsum, toned: Number(r.toned) });
      }
    }
    if (q.kind !== 'events') {
      const p = new Params();
      const rows = await this.rows(`SELECT q.speaker_entity AS src, a.entity AS tgt, count(*) AS n, sum(q.stance) AS tsum, count(q.stance) AS toned FROM quotes q
        JOIN quote_about a ON a.quote = q.key WHERE q.dup = 0 AND q.speaker_entity IS NOT NULL AND a.entity <> q.speaker_entity
        ${range('q.published', p)} GROUP BY 1, 2`, p.values);
      for (const r of rows) {
        raw.push({ source: { entity: r.src, code: null }, target: { entity: r.tgt, code: null }, kind: 'quote', count: Number(r.n), toneSum: r.tsum, toned: Number(r.toned) });
      }
    }
    const entityIds = [...new Set(raw.flatMap((r) => [r.source.entity, r.target.entity]).filter((x) => x !== null))];
    const known = new Map<string, NodeEntity & { name: string }>((await this.rows(`SELECT id, name, type, country, actor_code, mentions FROM entities
      WHERE id = ANY($1::text[])`, [entityIds])).map((r) => [r.id, { id: r.id, name: r.name, type: r.type, country: r.country, actorCode: r.actor_code, mentions: Number(r.mentions) }]));
    const edges = networkEdges(raw, known, q.minCount);
    const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
    const nodes = ids.map((id) => {
      const e = known.get(id);
      return e ? { id, label: e.name, country: e.country, type: e.type } : { id, label: id, country: null, type: 'ACTOR' };
    });
    return { nodes, edges };
  }

  /** Pages of `sql` (taking the last key and a limit) until a short page. */
  private async *batches<T>(sql: string, first: number | string, map: (rows: Row[]) => T[] | Promise<T[]>): AsyncIterable<T> {
    let after = first;
    for (;;) {
      const rows = await this.rows(sql, [after, EXPORT_BATCH]);
      yield* await map(rows);
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1]!._key;
    }
  }

  exportArticles(): AsyncIterable<ArticleRow> {
    return this.batches(`SELECT key AS _key, ${ARTICLE_COLUMNS} FROM articles WHERE key > $1 ORDER BY key LIMIT $2`, -1, (rows) => rows.map(articleRow));
  }

  exportDocs(): AsyncIterable<Doc> {
    return this.batches('SELECT key AS _key, doc FROM articles WHERE key > $1 ORDER BY key LIMIT $2', -1, (rows) => rows.map((r) => decodeDoc(r.doc)));
  }

  exportQuotes(): AsyncIterable<QuoteRow> {
    return this.batches(`${QUOTE_SELECT} WHERE q.key > $1 ORDER BY q.key LIMIT $2`, -1, (rows) => this.quoteRows(rows));
  }

  exportEvents(): AsyncIterable<EventRow> {
    return this.batches(`${EVENT_SELECT} WHERE e.key > $1 ORDER BY e.key LIMIT $2`, -1, (rows) => rows.map(eventRow));
  }

  exportEntities(): AsyncIterable<EntityRow> {
    return this.batches(`SELECT id AS _key, ${ENTITY_COLUMNS}, articles, mentions, quotes FROM entities WHERE id > $1 ORDER BY id LIMIT $2`, '',
      (rows) => rows.map(entityRow));
  }

  async stats(): Promise<StoreStats> {
    const [r] = await this.rows(`SELECT
      (SELECT count(*) FROM articles) AS articles,
      (SELECT count(*) FROM articles WHERE published IS NULL) AS undated,
      (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
      (SELECT count(*) FROM articles WHERE status = 'not-english') AS not_english,
      (SELECT count(*) FROM quotes) AS quotes,
      (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM entities) AS entities`);
    return {
      articles: Number(r!.articles), undated: Number(r!.undated), duplicates: Number(r!.duplicates), notEnglish: Number(r!.not_english),
      quotes: Number(r!.quotes), events: Number(r!.events), entities: Number(r!.entities),
    };
  }
}
