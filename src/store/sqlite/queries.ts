/** The SQLite store's reads: lookups for ingest, the searches and aggregates, and the streaming exports. */
import type Database from 'better-sqlite3';
import type { Doc } from '../../model/index.ts';
import type { EntityCandidate, Store, StoreStats } from '../contract.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { decodeDoc } from '../doc-encoding.ts';
import {
  ArticleQuerySchema, EntityQuerySchema, EventQuerySchema, NetworkQuerySchema, QuoteQuerySchema, SentenceQuerySchema, TimelineQuerySchema,
  type ArticleRow, type EntityRow, type EventRow, type Network, type NetworkEdge, type Page, type QuoteRow, type SentenceQuery,
  type SentenceRow, type TimelineRow,
} from '../rows.ts';
import { ARTICLE_COLUMNS, articleRow, ENTITY_COLUMNS, entityRow, EVENT_SELECT, eventRow, QUOTE_SELECT, quoteRow, type Row } from './row-mapping.ts';
import { actorMatch, ftsQuery, periodOf } from './sql-fragments.ts';

type Param = string | number | null;

const EXPORT_BATCH = 1000;

/** One page from `limit + 1` rows: the extra row only says there is a next page. */
function page<T>(rows: Row[], limit: number, key: (row: Row) => (string | number)[], map: (row: Row) => T): Page<T> {
  const items = rows.slice(0, limit);
  return { items: items.map(map), nextCursor: rows.length > limit ? encodeCursor(key(items[items.length - 1]!)) : null };
}

function clause(where: string[]): string {
  return where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
}

/** Every read of the `Store` contract, on one connection. */
export class SqliteQueries implements Omit<Store, 'putArticle' | 'flush' | 'close'> {
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

  async listArticles(query = {}): Promise<Page<ArticleRow>> {
    const q = ArticleQuerySchema.parse(query);
    const where: string[] = [];
    const params: Param[] = [];
    const after = decodeCursor(q.cursor);
    if (after) { where.push('rowid > ?'); params.push(after[0]!); }
    if (q.from) { where.push('published >= ?'); params.push(q.from); }
    if (q.to) { where.push('published <= ?'); params.push(q.to); }
    if (!q.includeDuplicates) where.push('duplicate_of IS NULL');
    const rows = this.sql(`SELECT rowid AS _key, ${ARTICLE_COLUMNS} FROM articles ${clause(where)} ORDER BY rowid LIMIT ?`)
      .all(...params, q.limit + 1) as Row[];
    return page(rows, q.limit, (r) => [r._key], articleRow);
  }

  async nearDuplicateCandidates(bands: string[]): Promise<{ id: string; minhash: number[] }[]> {
    if (bands.length === 0) return [];
    const rows = this.sql(`SELECT id, minhash FROM articles WHERE rowid IN
      (SELECT article FROM minhash_bands WHERE band IN (SELECT value FROM json_each(?))) AND duplicate_of IS NULL ORDER BY rowid`)
      .all(JSON.stringify(bands)) as Row[];
    return rows.map((r) => ({ id: r.id, minhash: r.minhash ? [...new Uint32Array(new Uint8Array(r.minhash).buffer)] : [] }));
  }

  async entityCandidates(type: string, keys: string[]): Promise<EntityCandidate[]> {
    // One row per matched key, grouped here: cheaper than grouping in SQL.
    const rows = this.sql(`SELECT k.key, e.id, e.name, e.type, e.country, e.actor_code, e.role, e.aliases FROM entity_keys k
      JOIN entities e ON e.id = k.entity WHERE k.type = ? AND k.key IN (SELECT value FROM json_each(?))`)
      .raw().all(type, JSON.stringify(keys)) as Param[][];
    const found = new Map<string, EntityCandidate>();
    for (const [key, id, name, t, country, actorCode, role, aliases] of rows as string[][]) {
      const c = found.get(id!);
      if (c) c.keys.push(key!);
      else found.set(id!, { id: id!, name: name!, type: t!, country: country!, actorCode: actorCode!, role: role!, aliases: JSON.parse(aliases!), keys: [key!] });
    }
    for (const c of found.values()) c.keys.sort();
    return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** Canonical ids an entity argument stands for: the id itself, or every entity with that name or alias. */
  private entityIds(value: string): string[] {
    if (value.startsWith('ent_')) return [value];
    return this.sql('SELECT DISTINCT entity FROM entity_names WHERE name = ? ORDER BY entity').pluck().all(value) as string[];
  }

  async searchQuotes(query = {}): Promise<Page<QuoteRow>> {
    const q = QuoteQuerySchema.parse(query);
    const where: string[] = [];
    const params: Param[] = [];
    const after = decodeCursor(q.cursor);
    if (after) { where.push('q.rowid > ?'); params.push(after[0]!); }
    if (q.q !== undefined) { where.push('q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)'); params.push(ftsQuery(q.q)); }
    if (q.speaker !== undefined) {
      const ids = this.entityIds(q.speaker);
      where.push(`(q.speaker_entity IN (SELECT value FROM json_each(?)) OR q.speaker = ?)`);
      params.push(JSON.stringify(ids), q.speaker);
    }
    if (q.about !== undefined) {
      where.push('q.rowid IN (SELECT quote FROM quote_about WHERE entity IN (SELECT value FROM json_each(?)))');
      params.push(JSON.stringify(this.entityIds(q.about)));
    }
    if (q.from) { where.push('q.published >= ?'); params.push(q.from); }
    if (q.to) { where.push('q.published <= ?'); params.push(q.to); }
    if (!q.includeDuplicates) where.push('q.dup = 0');
    const rows = this.sql(`${QUOTE_SELECT} ${clause(where)} ORDER BY q.rowid LIMIT ?`).all(...params, q.limit + 1) as Row[];
    const items = this.quoteRows(rows.slice(0, q.limit));
    return { items, nextCursor: rows.length > q.limit ? encodeCursor([rows[q.limit - 1]!._key]) : null };
  }

  async searchSentences(query: SentenceQuery): Promise<Page<SentenceRow>> {
    const q = SentenceQuerySchema.parse(query);
    const where = ['s.rowid IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)'];
    const params: Param[] = [ftsQuery(q.q)];
    const after = decodeCursor(q.cursor);
    if (after) { where.push('s.rowid > ?'); params.push(after[0]!); }
    if (q.from) { where.push('a.published >= ?'); params.push(q.from); }
    if (q.to) { where.push('a.published <= ?'); params.push(q.to); }
    if (!q.includeDuplicates) where.push('a.duplicate_of IS NULL');
    const rows = this.sql(`SELECT s.rowid AS _key, s.idx, s.start, s."end", a.id, a.published, a.title, a.url, a.text
      FROM sentences s JOIN articles a ON a.rowid = s.article ${clause(where)} ORDER BY s.rowid LIMIT ?`).all(...params, q.limit + 1) as Row[];
    // Offsets are UTF-16 code units, as in the Doc: the sentence is sliced here, not with SQLite's substr.
    return page(rows, q.limit, (r) => [r._key], (r) => ({
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

  async listEntities(query = {}): Promise<Page<EntityRow>> {
    const q = EntityQuerySchema.parse(query);
    const where: string[] = [];
    const params: Param[] = [];
    const after = decodeCursor(q.cursor);
    if (after) { where.push('(mentions < ? OR (mentions = ? AND id > ?))'); params.push(after[0]!, after[0]!, after[1]!); }
    if (q.q !== undefined) {
      where.push(`id IN (SELECT entity FROM entity_names WHERE name LIKE ? ESCAPE '\\')`);
      params.push(`%${q.q.replace(/[\\%_]/g, '\\$&')}%`);
    }
    if (q.type) { where.push('type = ?'); params.push(q.type); }
    if (q.country) { where.push('country = ?'); params.push(q.country); }
    const rows = this.sql(`SELECT ${ENTITY_COLUMNS}, articles, mentions, quotes FROM entities ${clause(where)}
      ORDER BY mentions DESC, id LIMIT ?`).all(...params, q.limit + 1) as Row[];
    return page(rows, q.limit, (r) => [r.mentions, r.id], entityRow);
  }

  async getEntity(id: string): Promise<EntityRow | null> {
    const row = this.sql(`SELECT ${ENTITY_COLUMNS}, articles, mentions, quotes FROM entities WHERE id = ?`).get(id) as Row | undefined;
    return row ? entityRow(row) : null;
  }

  async searchEvents(query = {}): Promise<Page<EventRow>> {
    const q = EventQuerySchema.parse(query);
    const where: string[] = [];
    const params: Param[] = [];
    const after = decodeCursor(q.cursor);
    if (after) { where.push('e.rowid > ?'); params.push(after[0]!); }
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
    if (q.from) { where.push('e.date >= ?'); params.push(q.from); }
    if (q.to) { where.push('e.date <= ?'); params.push(q.to); }
    if (!q.includeDuplicates) where.push('e.dup = 0');
    const rows = this.sql(`${EVENT_SELECT} ${clause(where)} ORDER BY e.rowid LIMIT ?`).all(...params, q.limit + 1) as Row[];
    return page(rows, q.limit, (r) => [r._key], eventRow);
  }

  async timeline(query: Parameters<Store['timeline']>[0]): Promise<TimelineRow[]> {
    const q = TimelineQuerySchema.parse(query);
    const range: string[] = [];
    const rangeParams: Param[] = [];
    if (q.speaker !== undefined) {
      if (q.from) { range.push('published >= ?'); rangeParams.push(q.from); }
      if (q.to) { range.push('published <= ?'); rangeParams.push(q.to); }
      const period = periodOf('published', q.per);
      const rows = this.sql(`SELECT ${period} AS period, count(*) AS count, avg(stance) AS mean FROM quotes
        WHERE dup = 0 AND published IS NOT NULL AND (speaker_entity IN (SELECT value FROM json_each(?)) OR speaker = ?)
        ${range.map((r) => `AND ${r}`).join(' ')} GROUP BY period ORDER BY period`)
        .all(JSON.stringify(this.entityIds(q.speaker)), q.speaker, ...rangeParams) as Row[];
      return rows.map((r) => ({ period: r.period, count: r.count, meanGoldstein: null, meanStance: r.mean }));
    }
    if (q.from) { range.push('e.date >= ?'); rangeParams.push(q.from); }
    if (q.to) { range.push('e.date <= ?'); rangeParams.push(q.to); }
    const ab = [actorMatch('s', q.a!), actorMatch('t', q.b!)];
    const ba = [actorMatch('s', q.b!), actorMatch('t', q.a!)];
    const pair = (m: typeof ab) => `(${m[0]!.sql} AND ${m[1]!.sql})`;
    const match = q.directed ? pair(ab) : `(${pair(ab)} OR ${pair(ba)})`;
    const matchParams = q.directed ? ab.flatMap((m) => m.params) : [...ab, ...ba].flatMap((m) => m.params);
    const rows = this.sql(`SELECT ${periodOf('date', q.per)} AS period, count(*) AS count, avg(goldstein) AS mean FROM
      (SELECT DISTINCT e.rowid, e.date, e.goldstein FROM events e
        JOIN event_actors s ON s.event = e.rowid AND s.side = 's' JOIN event_actors t ON t.event = e.rowid AND t.side = 't'
        WHERE e.dup = 0 AND e.date IS NOT NULL AND ${match} ${range.map((r) => `AND ${r}`).join(' ')})
      GROUP BY period ORDER BY period`).all(...matchParams, ...rangeParams) as Row[];
    return rows.map((r) => ({ period: r.period, count: r.count, meanGoldstein: r.mean, meanStance: null }));
  }

  async network(query = {}): Promise<Network> {
    const q = NetworkQuerySchema.parse(query);
    const edges: NetworkEdge[] = [];
    const range = (col: string) => `${q.from ? `AND ${col} >= @from` : ''} ${q.to ? `AND ${col} <= @to` : ''}`;
    const params = { from: q.from ?? null, to: q.to ?? null, min: q.minCount };
    const named = (sql: string) => this.sql(sql).all(Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`@${k}`)))) as Row[];
    if (q.kind !== 'quotes') {
      for (const r of named(`SELECT src, tgt, count(*) AS n, avg(goldstein) AS tone FROM
        (SELECT DISTINCT e.rowid, coalesce(s.entity, s.code) AS src, coalesce(t.entity, t.code) AS tgt, e.goldstein FROM events e
          JOIN event_actors s ON s.event = e.rowid AND s.side = 's' JOIN event_actors t ON t.event = e.rowid AND t.side = 't'
          WHERE e.dup = 0 ${range('e.date')})
        GROUP BY src, tgt HAVING n >= @min ORDER BY src, tgt`)) {
        edges.push({ source: r.src, target: r.tgt, kind: 'event', count: r.n, tone: r.tone });
      }
    }
    if (q.kind !== 'events') {
      for (const r of named(`SELECT q.speaker_entity AS src, a.entity AS tgt, count(*) AS n, avg(q.stance) AS tone FROM quotes q
        JOIN quote_about a ON a.quote = q.rowid WHERE q.dup = 0 AND q.speaker_entity IS NOT NULL AND a.entity <> q.speaker_entity
        ${range('q.published')} GROUP BY src, tgt HAVING n >= @min ORDER BY src, tgt`)) {
        edges.push({ source: r.src, target: r.tgt, kind: 'quote', count: r.n, tone: r.tone });
      }
    }
    const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
    const known = new Map((this.sql(`SELECT id, name, type, country FROM entities WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as Row[]).map((r) => [r.id, r]));
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
      duplicates: one('SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL'),
      notEnglish: one(`SELECT count(*) FROM articles WHERE status = 'not-english'`),
      quotes: one('SELECT count(*) FROM quotes'),
      events: one('SELECT count(*) FROM events'),
      entities: one('SELECT count(*) FROM entities'),
    };
  }
}
