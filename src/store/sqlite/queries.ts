/** The SQLite store's reads: lookups for ingest, the searches and aggregates, and the streaming exports. */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Doc } from '../../model/index.ts';
import type { EntityCandidate, EntityLookup, Store, StoreStats } from '../contract.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { decodeDoc } from '../doc-encoding.ts';
import { clause, page } from '../pages.ts';
import {
  ArticleQuerySchema, EntityQuerySchema, EventQuerySchema, NetworkQuerySchema, QuoteQuerySchema, SentenceQuerySchema, TimelineQuerySchema,
  type ArticleRow, type EntityRow, type EventRow, type Network, type Page, type QuoteRow, type SentenceQuery,
  type SentenceRow, type TimelineRow,
} from '../rows.ts';
import { articleRow, entityRow, eventRow, quoteRow, type Row } from '../row-mapping.ts';
import { ARTICLE_COLUMNS, ENTITY_COLUMNS, EVENT_SELECT, QUOTE_SELECT } from './row-mapping.ts';
import { fts5Query } from '../fts-query.ts';
import { actorMatch, CURRENT_ENTITY_ID, periodOf } from './sql-fragments.ts';
import { networkEdges, notSelfLoopSql, type NodeEntity, type RawEdge } from '../network-nodes.ts';

type Param = string | number | null;

const EXPORT_BATCH = 1000;

/** A query's conditions and their parameters, cursor aside (so a count runs the same filter). */
interface Filter {
  where: string[];
  params: Param[];
}

/** The date filter on `col`: only the undated rows, or the from/to range (keeping undated rows when asked). */
function dateFilter(f: Filter, col: string, q: { from?: string; to?: string; includeUndated: boolean; undated: boolean }): void {
  if (q.undated) {
    f.where.push(`${col} IS NULL`);
    return;
  }
  const range: string[] = [];
  if (q.from) { range.push(`${col} >= ?`); f.params.push(q.from); }
  if (q.to) { range.push(`${col} <= ?`); f.params.push(q.to); }
  if (range.length > 0) f.where.push(q.includeUndated ? `(${range.join(' AND ')} OR ${col} IS NULL)` : range.join(' AND '));
}

/** Put the cursor's condition first, as the searches did before counts shared their filters. */
function afterCursor(f: Filter, sql: string, list: string, cursor: string | null): Filter {
  const after = decodeCursor(list, cursor, ['whole']);
  return after ? { where: [sql, ...f.where], params: [after[0]!, ...f.params] } : f;
}

/** Every read of the `Store` contract, on one connection. */
export class SqliteQueries implements Omit<Store, 'putArticle' | 'redateArticle' | 'flush' | 'close'> {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(protected readonly db: Database.Database) {}

  /** Prepared once per SQL text: preparing is a large share of a small query's time. */
  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) this.statements.set(text, (stmt = this.db.prepare(text)));
    return stmt;
  }

  async hasArticles(ids: string[]): Promise<Set<string>> {
    // Ingest asks for one id at a time.
    if (ids.length === 1) return new Set(this.sql('SELECT id FROM articles WHERE id = ?').pluck().all(ids[0]) as string[]);
    const found = new Set<string>();
    const stmt = this.sql('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))').pluck();
    for (let i = 0; i < ids.length; i += 500) {
      for (const id of stmt.all(JSON.stringify(ids.slice(i, i + 500)))) found.add(id as string);
    }
    return found;
  }

  async getArticle(id: string): Promise<ArticleRow | null> {
    const row = this.sql(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`).get(id) as Row | undefined;
    return row ? articleRow(row) : null;
  }

  async getDoc(id: string): Promise<Doc | null> {
    const blob = this.sql('SELECT doc FROM articles WHERE id = ?').pluck().get(id) as Buffer | undefined;
    return blob ? decodeDoc(blob) : null;
  }

  private articleFilter(q: z.output<typeof ArticleQuerySchema>): Filter {
    const f: Filter = { where: [], params: [] };
    dateFilter(f, 'published', q);
    if (!q.includeDuplicates) f.where.push('duplicate_of IS NULL');
    // Ids are lower-case hex: every id with the prefix sorts between it and the prefix followed by "g".
    if (q.idPrefix !== undefined) { f.where.push('id >= ? AND id < ?'); f.params.push(q.idPrefix, `${q.idPrefix}g`); }
    return f;
  }

  async listArticles(query = {}): Promise<Page<ArticleRow>> {
    const q = ArticleQuerySchema.parse(query);
    const f = afterCursor(this.articleFilter(q), 'rowid > ?', 'articles', q.cursor);
    const rows = this.sql(`SELECT rowid AS _key, ${ARTICLE_COLUMNS} FROM articles ${clause(f.where)} ORDER BY rowid LIMIT ?`)
      .all(...f.params, q.limit + 1) as Row[];
    return page(rows, q.limit, 'articles', (r) => [r._key], articleRow);
  }

  async countArticles(query = {}): Promise<number> {
    const f = this.articleFilter(ArticleQuerySchema.parse(query));
    return this.sql(`SELECT count(*) FROM articles ${clause(f.where)}`).pluck().get(...f.params) as number;
  }

  async nearDuplicateCandidates(bands: string[]): Promise<{ id: string; minhash: number[] }[]> {
    if (bands.length === 0) return [];
    const rows = this.sql(`SELECT id, minhash FROM articles WHERE rowid IN
      (SELECT article FROM minhash_bands WHERE band IN (SELECT value FROM json_each(?))) AND duplicate_of IS NULL ORDER BY rowid`)
      .all(JSON.stringify(bands)) as Row[];
    return rows.map((r) => ({ id: r.id, minhash: r.minhash ? [...new Uint32Array(new Uint8Array(r.minhash).buffer)] : [] }));
  }

  async entityCandidates(lookups: EntityLookup[]): Promise<EntityCandidate[]> {
    // In process, a statement per type costs nothing; one row per matched key, grouped here.
    const lookup = this.sql(`SELECT k.key, e.id, e.name, e.type, e.country, e.actor_code, e.role, e.aliases FROM entity_keys k
      JOIN entities e ON e.id = k.entity WHERE k.type = ? AND k.key IN (SELECT value FROM json_each(?))`).raw();
    const rows = lookups.flatMap(({ type, keys }) => lookup.all(type, JSON.stringify(keys)) as Param[][]);
    const found = new Map<string, EntityCandidate>();
    for (const [key, id, name, t, country, actorCode, role, aliases] of rows as string[][]) {
      const c = found.get(id!);
      if (c) c.keys.push(key!);
      else found.set(id!, { id: id!, name: name!, type: t!, country: country!, actorCode: actorCode!, role: role!, aliases: JSON.parse(aliases!), keys: [key!] });
    }
    for (const c of found.values()) c.keys.sort();
    return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** Canonical ids an entity argument stands for: the id (as it is now), or every entity with that name or alias. */
  private entityIds(value: string): string[] {
    if (value.startsWith('ent_')) return [this.sql(`SELECT ${CURRENT_ENTITY_ID}`).pluck().get(value, value) as string];
    return this.sql('SELECT DISTINCT entity FROM entity_names WHERE name = ? ORDER BY entity').pluck().all(value) as string[];
  }

  private quoteFilter(q: z.output<typeof QuoteQuerySchema>): Filter {
    const f: Filter = { where: [], params: [] };
    if (q.q !== undefined) { f.where.push('q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)'); f.params.push(fts5Query(q.q)); }
    if (q.speaker !== undefined) {
      const ids = this.entityIds(q.speaker);
      f.where.push(`(q.speaker_entity IN (SELECT value FROM json_each(?)) OR q.speaker = ?)`);
      f.params.push(JSON.stringify(ids), q.speaker);
    }
    if (q.about !== undefined) {
      f.where.push('q.rowid IN (SELECT quote FROM quote_about WHERE entity IN (SELECT value FROM json_each(?)))');
      f.params.push(JSON.stringify(this.entityIds(q.about)));
    }
    if (q.forms !== undefined) { f.where.push('q.form IN (SELECT value FROM json_each(?))'); f.params.push(JSON.stringify(q.forms)); }
    dateFilter(f, 'q.published', q);
    if (!q.includeDuplicates) f.where.push('q.dup = 0');
    return f;
  }

  async searchQuotes(query = {}): Promise<Page<QuoteRow>> {
    const q = QuoteQuerySchema.parse(query);
    const f = afterCursor(this.quoteFilter(q), 'q.rowid > ?', 'quotes', q.cursor);
    const rows = this.sql(`${QUOTE_SELECT} ${clause(f.where)} ORDER BY q.rowid LIMIT ?`).all(...f.params, q.limit + 1) as Row[];
    const items = this.quoteRows(rows.slice(0, q.limit));
    return { items, nextCursor: rows.length > q.limit ? encodeCursor('quotes', [rows[q.limit - 1]!._key]) : null };
  }

  async countQuotes(query = {}): Promise<number> {
    const f = this.quoteFilter(QuoteQuerySchema.parse(query));
    return this.sql(`SELECT count(*) FROM quotes q ${clause(f.where)}`).pluck().get(...f.params) as number;
  }

  private sentenceFilter(q: z.output<typeof SentenceQuerySchema>): Filter {
    const f: Filter = { where: ['s.rowid IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)'], params: [fts5Query(q.q)] };
    dateFilter(f, 'a.published', q);
    if (!q.includeDuplicates) f.where.push('a.duplicate_of IS NULL');
    return f;
  }

  async countSentences(query: SentenceQuery): Promise<number> {
    const f = this.sentenceFilter(SentenceQuerySchema.parse(query));
    return this.sql(`SELECT count(*) FROM sentences s JOIN articles a ON a.rowid = s.article ${clause(f.where)}`).pluck().get(...f.params) as number;
  }

  async searchSentences(query: SentenceQuery): Promise<Page<SentenceRow>> {
    const q = SentenceQuerySchema.parse(query);
    const { where, params } = afterCursor(this.sentenceFilter(q), 's.rowid > ?', 'sentences', q.cursor);
    const rows = this.sql(`SELECT s.rowid AS _key, s.idx, s.start, s."end", a.id, a.published, a.title, a.url, a.text
      FROM sentences s JOIN articles a ON a.rowid = s.article ${clause(where)} ORDER BY s.rowid LIMIT ?`).all(...params, q.limit + 1) as Row[];
    // Offsets are UTF-16 code units, as in the Doc: the sentence is sliced here, not with SQLite's substr.
    return page(rows, q.limit, 'sentences', (r) => [r._key], (r) => ({
      article: r.id, published: r.published, sentence: r.idx, start: r.start, end: r.end, text: (r.text as string).slice(r.start, r.end),
      title: r.title, url: r.url,
    }));
  }

  /** Quote rows with their `about` entities, fetched for the whole page in one query. */
  private quoteRows(rows: Row[]): QuoteRow[] {
    const about = new Map<number, string[]>();
    if (rows.length > 0) {
      const pairs = this.sql('SELECT quote, entity FROM quote_about WHERE quote IN (SELECT value FROM json_each(?)) ORDER BY quote, entity')
        .all(JSON.stringify(rows.map((r) => r._key))) as Row[];
      for (const p of pairs) about.set(p.quote, [...(about.get(p.quote) ?? []), p.entity]);
    }
    return rows.map((r) => quoteRow(r, about.get(r._key) ?? []));
  }

  private entityFilter(q: z.output<typeof EntityQuerySchema>): Filter {
    const f: Filter = { where: [], params: [] };
    if (q.q !== undefined) {
      f.where.push(`id IN (SELECT entity FROM entity_names WHERE name LIKE ? ESCAPE '\\')`);
      f.params.push(`%${q.q.replace(/[\\%_]/g, '\\$&')}%`);
    }
    if (q.name !== undefined) { f.where.push('id IN (SELECT entity FROM entity_names WHERE name = ?)'); f.params.push(q.name); }
    if (q.type) { f.where.push('type = ?'); f.params.push(q.type); }
    if (q.country) { f.where.push('country = ?'); f.params.push(q.country); }
    return f;
  }

  async countEntities(query = {}): Promise<number> {
    const f = this.entityFilter(EntityQuerySchema.parse(query));
    return this.sql(`SELECT count(*) FROM entities ${clause(f.where)}`).pluck().get(...f.params) as number;
  }

  async listEntities(query = {}): Promise<Page<EntityRow>> {
    const q = EntityQuerySchema.parse(query);
    const filter = this.entityFilter(q);
    const after = decodeCursor('entities', q.cursor, ['whole', 'text']);
    const where = after ? ['(mentions < ? OR (mentions = ? AND id > ?))', ...filter.where] : filter.where;
    const params = after ? [after[0]!, after[0]!, after[1]!, ...filter.params] : filter.params;
    const rows = this.sql(`SELECT ${ENTITY_COLUMNS}, articles, mentions, quotes FROM entities ${clause(where)}
      ORDER BY mentions DESC, id LIMIT ?`).all(...params, q.limit + 1) as Row[];
    return page(rows, q.limit, 'entities', (r) => [r.mentions, r.id], entityRow);
  }

  async getEntity(id: string): Promise<EntityRow | null> {
    const row = this.sql(`SELECT ${ENTITY_COLUMNS}, articles, mentions, quotes FROM entities WHERE id = ${CURRENT_ENTITY_ID}`).get(id, id) as Row | undefined;
    return row ? entityRow(row) : null;
  }

  private eventFilter(q: z.output<typeof EventQuerySchema>): Filter {
    const where: string[] = [];
    const params: Param[] = [];
    const side = (actor: string, which: string | null) => {
      const m = actorMatch('x', actor);
      where.push(`e.rowid IN (SELECT x.event FROM event_actors x WHERE ${m.sql}${which ? ` AND x.side = '${which}'` : ''})`);
      params.push(...m.params);
    };
    if (q.actor !== undefined) side(q.actor, null);
    if (q.source !== undefined) side(q.source, 's');
    if (q.target !== undefined) side(q.target, 't');
    if (q.cameo) { where.push('e.code LIKE ?'); params.push(`${q.cameo}%`); }
    if (q.root) { where.push('e.root = ?'); params.push(q.root); }
    const f = { where, params };
    dateFilter(f, 'e.date', q);
    if (!q.includeDuplicates) where.push('e.dup = 0');
    return f;
  }

  async searchEvents(query = {}): Promise<Page<EventRow>> {
    const q = EventQuerySchema.parse(query);
    const f = afterCursor(this.eventFilter(q), 'e.rowid > ?', 'events', q.cursor);
    const rows = this.sql(`${EVENT_SELECT} ${clause(f.where)} ORDER BY e.rowid LIMIT ?`).all(...f.params, q.limit + 1) as Row[];
    return page(rows, q.limit, 'events', (r) => [r._key], eventRow);
  }

  async countEvents(query = {}): Promise<number> {
    const f = this.eventFilter(EventQuerySchema.parse(query));
    return this.sql(`SELECT count(*) FROM events e ${clause(f.where)}`).pluck().get(...f.params) as number;
  }

  async timeline(query: Parameters<Store['timeline']>[0]): Promise<TimelineRow[]> {
    const q = TimelineQuerySchema.parse(query);
    const range: string[] = [];
    const rangeParams: Param[] = [];
    if (q.speaker !== undefined) {
      if (q.from) { range.push('published >= ?'); rangeParams.push(q.from); }
      if (q.to) { range.push('published <= ?'); rangeParams.push(q.to); }
      const period = periodOf('published', q.per);
      const rows = this.sql(`SELECT ${period} AS period, count(*) AS count, avg(stance) AS mean, avg(tone) AS tone FROM quotes
        WHERE dup = 0 AND published IS NOT NULL AND (speaker_entity IN (SELECT value FROM json_each(?)) OR speaker = ?)
        ${range.map((r) => `AND ${r}`).join(' ')} GROUP BY period ORDER BY period`)
        .all(JSON.stringify(this.entityIds(q.speaker)), q.speaker, ...rangeParams) as Row[];
      return rows.map((r) => ({ period: r.period, count: r.count, meanGoldstein: null, meanStance: r.mean, meanTone: r.tone }));
    }
    if (q.from) { range.push('e.date >= ?'); rangeParams.push(q.from); }
    if (q.to) { range.push('e.date <= ?'); rangeParams.push(q.to); }
    const ab = [actorMatch('s', q.a!), actorMatch('t', q.b!)];
    const ba = [actorMatch('s', q.b!), actorMatch('t', q.a!)];
    const pair = (m: typeof ab) => `(${m[0]!.sql} AND ${m[1]!.sql})`;
    const match = q.directed ? pair(ab) : `(${pair(ab)} OR ${pair(ba)})`;
    const matchParams = q.directed ? ab.flatMap((m) => m.params) : [...ab, ...ba].flatMap((m) => m.params);
    const rows = this.sql(`SELECT ${periodOf('date', q.per)} AS period, count(*) AS count, avg(goldstein) AS mean,
      avg((SELECT tone FROM articles a WHERE a.rowid = article)) AS tone FROM
      (SELECT DISTINCT e.rowid, e.article, e.date, e.goldstein FROM events e
        JOIN event_actors s ON s.event = e.rowid AND s.side = 's' JOIN event_actors t ON t.event = e.rowid AND t.side = 't'
        WHERE e.dup = 0 AND e.date IS NOT NULL AND ${match} AND ${notSelfLoopSql('s', 't', "SELECT id FROM entities WHERE type = 'PERSON'")}
        ${range.map((r) => `AND ${r}`).join(' ')})
      GROUP BY period ORDER BY period`).all(...matchParams, ...rangeParams) as Row[];
    return rows.map((r) => ({ period: r.period, count: r.count, meanGoldstein: r.mean, meanStance: null, meanTone: r.tone }));
  }

  async network(query = {}): Promise<Network> {
    const q = NetworkQuerySchema.parse(query);
    const raw: RawEdge[] = [];
    const range = (col: string) => {
      const within = [q.from ? `${col} >= @from` : '', q.to ? `${col} <= @to` : ''].filter(Boolean).join(' AND ');
      if (!within) return '';
      return q.includeUndated ? `AND (${within} OR ${col} IS NULL)` : `AND ${within}`;
    };
    const params = { from: q.from ?? null, to: q.to ?? null };
    const named = (sql: string) => this.sql(sql).all(Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`@${k}`)))) as Row[];
    // Edges per (entity, code) pair; network-nodes.ts resolves them to nodes, merges and drops self-loops.
    if (q.kind !== 'quotes') {
      for (const r of named(`SELECT se, sc, te, tc, count(*) AS n, sum(goldstein) AS tsum, count(goldstein) AS toned FROM
        (SELECT DISTINCT e.rowid, s.entity AS se, s.code AS sc, t.entity AS te, t.code AS tc, e.goldstein FROM events e
          JOIN event_actors s ON s.event = e.rowid AND s.side = 's' JOIN event_actors t ON t.event = e.rowid AND t.side = 't'
          WHERE e.dup = 0 ${range('e.date')})
        GROUP BY se, sc, te, tc`)) {
        raw.push({ source: { entity: r.se, code: r.sc }, target: { entity: r.te, code: r.tc }, kind: 'event', count: r.n, toneSum: r.tsum, toned: r.toned });
      }
    }
    if (q.kind !== 'events') {
      for (const r of named(`SELECT q.speaker_entity AS src, a.entity AS tgt, count(*) AS n, sum(q.stance) AS tsum, count(q.stance) AS toned FROM quotes q
        JOIN quote_about a ON a.quote = q.rowid WHERE q.dup = 0 AND q.speaker_entity IS NOT NULL AND a.entity <> q.speaker_entity
        ${range('q.published')} GROUP BY src, tgt`)) {
        raw.push({ source: { entity: r.src, code: null }, target: { entity: r.tgt, code: null }, kind: 'quote', count: r.n, toneSum: r.tsum, toned: r.toned });
      }
    }
    const entityIds = [...new Set(raw.flatMap((r) => [r.source.entity, r.target.entity]).filter((x) => x !== null))];
    const known = new Map((this.sql(`SELECT id, name, type, country, actor_code AS actorCode, mentions FROM entities WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(entityIds)) as Row[]).map((r) => [r.id as string, r]));
    const edges = networkEdges(raw, known as Map<string, NodeEntity>, q.minCount);
    const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
    const nodes = ids.map((id) => {
      const e = known.get(id);
      return e ? { id, label: e.name, country: e.country, type: e.type } : { id, label: id, country: null, type: 'ACTOR' };
    });
    return { nodes, edges };
  }

  private async *batches<T>(sql: string, map: (rows: Row[]) => T[]): AsyncIterable<T> {
    const stmt = this.sql(sql);
    let after: number | string = -1;
    for (;;) {
      const rows = stmt.all(after, EXPORT_BATCH) as Row[];
      yield* map(rows);
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1]!._key;
    }
  }

  exportArticles(): AsyncIterable<ArticleRow> {
    return this.batches(`SELECT rowid AS _key, ${ARTICLE_COLUMNS} FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?`, (rows) => rows.map(articleRow));
  }

  exportDocs(): AsyncIterable<Doc> {
    return this.batches('SELECT rowid AS _key, doc FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?', (rows) => rows.map((r) => decodeDoc(r.doc)));
  }

  exportQuotes(): AsyncIterable<QuoteRow> {
    return this.batches(`${QUOTE_SELECT} WHERE q.rowid > ? ORDER BY q.rowid LIMIT ?`, (rows) => this.quoteRows(rows));
  }

  exportEvents(): AsyncIterable<EventRow> {
    return this.batches(`${EVENT_SELECT} WHERE e.rowid > ? ORDER BY e.rowid LIMIT ?`, (rows) => rows.map(eventRow));
  }

  exportEntities(): AsyncIterable<EntityRow> {
    // Text ids sort after any number, so the first page starts at -1 like the others.
    return this.batches(`SELECT id AS _key, ${ENTITY_COLUMNS}, articles, mentions, quotes FROM entities
      WHERE id > CAST(? AS TEXT) ORDER BY id LIMIT ?`, (rows) => rows.map(entityRow));
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string) => this.sql(sql).pluck().get() as number;
    return {
      articles: one('SELECT count(*) FROM articles'),
      undated: one('SELECT count(*) FROM articles WHERE published IS NULL'),
      duplicates: one('SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL'),
      notEnglish: one(`SELECT count(*) FROM articles WHERE status = 'not-english'`),
      quotes: one('SELECT count(*) FROM quotes'),
      events: one('SELECT count(*) FROM events'),
      entities: one('SELECT count(*) FROM entities'),
    };
  }
}
