import { readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Doc } from '../../model/index.ts';
import {
  ArticleQuerySchema, decodeDoc, encodeDoc, EntityQuerySchema, EventQuerySchema, NetworkQuerySchema, QuoteQuerySchema, SentenceQuerySchema, TimelineQuerySchema,
  type ArticleInput, type ArticleRow, type CanonicalEntity, type EntityCandidate, type EntityRow, type EventRow, type Network, type NetworkEdge,
  minhashBands, type Page, type QuoteRow, type SentenceQuery, type SentenceRow, type Store, type StoreStats, type TimelineRow,
} from '../contract.ts';
import { queryLayers, type LayerActor } from '../query-layers.ts';
import { actorMatch, decodeCursor, encodeCursor, ftsQuery, periodOf } from './queries.ts';

type Row = Record<string, any>;
type Param = string | number | null;

const MIGRATIONS = new URL('./migrations/', import.meta.url);
const EXPORT_BATCH = 1000;

export interface SqliteStoreOptions {
  /**
   * Puts grouped into one transaction (committed at this count, after `maxOpenMs`, on flush and close).
   * Default 1: every put is committed at once. A bulk writer such as ingest asks for more.
   */
  batch?: number;
  maxOpenMs?: number;
}

/** Open (creating or migrating) the SQLite store at `file`; ':memory:' for a throwaway one. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode loses at most the last transactions on power loss, never consistency; a killed
  // process loses nothing committed.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = OFF');
  migrate(db);
  return new SqliteStore(db, options.batch ?? 1, options.maxOpenMs ?? 1000);
}

/** Apply migrations/NNN-*.sql above PRAGMA user_version, each in its own transaction. */
function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const files = readdirSync(MIGRATIONS).filter((f) => /^\d{3}-.*\.sql$/.test(f)).sort();
  for (const file of files) {
    const version = Number(file.slice(0, 3));
    if (version <= current) continue;
    const sql = readFileSync(new URL(file, MIGRATIONS), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}

/** The event date when the text pins a full day, else the publication date. */
function eventDate(value: string | null, published: string | null): string | null {
  const day = value?.match(/^\d{4}-\d{2}-\d{2}$/);
  return day ? day[0] : published;
}

/** One page from `limit + 1` rows: the extra row only says there is a next page. */
function page<T>(rows: Row[], limit: number, key: (row: Row) => (string | number)[], map: (row: Row) => T): Page<T> {
  const items = rows.slice(0, limit);
  return { items: items.map(map), nextCursor: rows.length > limit ? encodeCursor(key(items[items.length - 1]!)) : null };
}

class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly insert: ReturnType<typeof this.prepareInserts>;
  private pending = 0;
  private openedAt = 0;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(db: Database.Database, private readonly batch: number, private readonly maxOpenMs: number) {
    this.db = db;
    this.insert = this.prepareInserts();
  }

  private prepareInserts() {
    const p = (sql: string) => this.db.prepare(sql);
    return {
      article: p(`INSERT INTO articles (id, name, title, url, source, published, language, status, chars, duplicate_of, similarity,
        mentions, quotes, events, messages, text, doc, minhash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`),
      band: p('INSERT OR IGNORE INTO minhash_bands (band, article) VALUES (?, ?)'),
      sentence: p('INSERT INTO sentences (article, idx, start, "end") VALUES (?, ?, ?, ?)'),
      sentenceFts: p('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)'),
      entity: p(`INSERT INTO entities (id, name, type, country, actor_code, role, aliases, articles, mentions, quotes)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases,
        country = coalesce(entities.country, excluded.country), actor_code = coalesce(excluded.actor_code, entities.actor_code),
        role = coalesce(entities.role, excluded.role), articles = articles + excluded.articles, mentions = mentions + excluded.mentions,
        quotes = quotes + excluded.quotes`),
      entityCounts: p('UPDATE entities SET articles = articles + 1, mentions = mentions + ?, quotes = quotes + ? WHERE id = ?'),
      entityKey: p('INSERT OR IGNORE INTO entity_keys (type, key, entity) VALUES (?, ?, ?)'),
      entityName: p('INSERT OR IGNORE INTO entity_names (name, entity) VALUES (?, ?)'),
      quote: p(`INSERT INTO quotes (article, qid, published, dup, type, text, content, start, "end", speaker, speaker_kind, speaker_entity, cue, stance)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      quoteFts: p('INSERT INTO quotes_fts (rowid, content) VALUES (?, ?)'),
      quoteAbout: p('INSERT OR IGNORE INTO quote_about (quote, entity) VALUES (?, ?)'),
      event: p(`INSERT INTO events (article, eid, published, date, dup, code, root, name, goldstein, quad_class, plover_event, plover_mode,
        plover_context, modality, trigger, sentence, sources, targets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      eventActor: p('INSERT INTO event_actors (event, side, code, entity) VALUES (?, ?, ?, ?)'),
    };
  }

  /** Prepared once per SQL text: preparing is a large share of a small query's time. */
  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) this.statements.set(text, (stmt = this.db.prepare(text)));
    return stmt;
  }

  async putArticle(input: ArticleInput): Promise<boolean> {
    if (this.batch <= 1) return this.db.transaction(() => this.write(input))();
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN');
      this.openedAt = Date.now();
    }
    let added: boolean;
    try {
      added = this.write(input);
    } catch (error) {
      // No savepoint per article (it costs a fifth of a put): a failed write drops the open batch, which
      // a rerun of the ingest redoes, so no article is ever half stored.
      this.db.exec('ROLLBACK');
      this.pending = 0;
      throw error;
    }
    if (added) this.pending += 1;
    if (this.pending >= this.batch || Date.now() - this.openedAt >= this.maxOpenMs) await this.flush();
    return added;
  }

  async flush(): Promise<void> {
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.pending = 0;
  }

  private write(input: ArticleInput): boolean {
    const { id, meta, status, duplicateOf, similarity, minhash, links } = input;
    const layers = input.layers ?? queryLayers(input.doc!);
    const ins = this.insert;
    const result = ins.article.run(id, meta.name, meta.title, meta.url, meta.source, meta.published, meta.language, status,
      layers.text.length, duplicateOf, similarity, layers.counts.mentions, layers.counts.quotes, layers.counts.events, layers.counts.messages,
      layers.text, input.encodedDoc ?? encodeDoc(input.doc!), minhash.length > 0 ? Buffer.from(new Uint32Array(minhash).buffer) : null);
    if (result.changes === 0) return false;
    const article = Number(result.lastInsertRowid);
    const dup = duplicateOf === null ? 0 : 1;
    for (const band of minhashBands(minhash)) ins.band.run(band, article);

    layers.sentences.forEach((s, i) => {
      const row = ins.sentence.run(article, i, s.start, s.end);
      ins.sentenceFts.run(row.lastInsertRowid, s.text);
    });

    // Entities: each entity object once, the article's counts added once per canonical entity (with the row
    // when it is written, else by an update).
    const canonical = new Map<string, string>();
    for (const link of links) canonical.set(link.docEntity, link.entity.id);
    const linked = (docEntity: string | null) => (docEntity === null ? null : canonical.get(docEntity) ?? null);
    const counts = new Map<string, { mentions: number; quotes: number }>();
    if (!dup) {
      for (const e of layers.entities) {
        const c = canonical.get(e.id);
        if (c === undefined) continue;
        const n = counts.get(c) ?? { mentions: 0, quotes: 0 };
        n.mentions += e.mentions;
        n.quotes += e.quotes;
        counts.set(c, n);
      }
    }
    // The last written object of an entity carries its counts.
    const lastWritten = new Map<string, CanonicalEntity>();
    for (const link of links) if (!link.unchanged) lastWritten.set(link.entity.id, link.entity);
    const written = new Set<CanonicalEntity>();
    const keyed = new Set<string>();
    for (const link of links) {
      if (link.unchanged) continue;
      const e = link.entity;
      if (!written.has(e)) {
        written.add(e);
        const n = lastWritten.get(e.id) === e ? counts.get(e.id) : undefined;
        if (n) counts.delete(e.id);
        ins.entity.run(e.id, e.name, e.type, e.country, e.actorCode, e.role, JSON.stringify(e.aliases), n ? 1 : 0, n?.mentions ?? 0, n?.quotes ?? 0);
        for (const name of [e.name, ...e.aliases]) ins.entityName.run(name, e.id);
      }
      for (const key of link.keys) {
        if (keyed.has(`${e.id}\u0000${key}`)) continue;
        keyed.add(`${e.id}\u0000${key}`);
        ins.entityKey.run(e.type, key, e.id);
      }
    }
    for (const [entity, n] of counts) ins.entityCounts.run(n.mentions, n.quotes, entity);

    for (const q of layers.quotes) {
      const row = ins.quote.run(article, q.id, meta.published, dup, q.type, q.text, q.content, q.start, q.end, q.speaker,
        q.speakerKind, linked(q.speakerEntity), q.cue, q.stance);
      ins.quoteFts.run(row.lastInsertRowid, q.content);
      for (const docEntity of q.about) {
        const c = linked(docEntity);
        if (c !== null) ins.quoteAbout.run(row.lastInsertRowid, c);
      }
    }

    for (const v of layers.events) {
      const actors = (list: LayerActor[]) => list.map((a) => ({ code: a.code, country: a.country, name: a.name, entity: linked(a.entity) }));
      const sources = actors(v.sources);
      const targets = actors(v.targets);
      const row = ins.event.run(article, v.id, meta.published, eventDate(v.date, meta.published), dup, v.code, v.root, v.name, v.goldstein,
        v.quadClass, v.ploverEvent, v.ploverMode, JSON.stringify(v.ploverContext), v.modality, v.trigger, v.sentence,
        JSON.stringify(sources), JSON.stringify(targets));
      for (const a of sources) ins.eventActor.run(row.lastInsertRowid, 's', a.code, a.entity);
      for (const a of targets) ins.eventActor.run(row.lastInsertRowid, 't', a.code, a.entity);
    }
    return true;
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
    return rows.map((r) => ({
      article: r.article_id, id: r.qid, published: r.published, type: r.type, text: r.text, content: r.content, start: r.start,
      end: r.end, speaker: r.speaker, speakerKind: r.speaker_kind, speakerEntity: r.speaker_entity, cue: r.cue, stance: r.stance,
      about: about.get(r._key) ?? [], title: r.title, url: r.url,
    }));
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

  async close(): Promise<void> {
    await this.flush();
    this.db.close();
  }
}

const ARTICLE_COLUMNS = `id, name, title, url, source, published, language, status, chars, duplicate_of, similarity,
  mentions, quotes, events, messages`;
const ENTITY_COLUMNS = 'id, name, type, country, actor_code, role, aliases';
const QUOTE_SELECT = `SELECT q.rowid AS _key, q.*, a.id AS article_id, a.title, a.url FROM quotes q JOIN articles a ON a.rowid = q.article`;
const EVENT_SELECT = `SELECT e.rowid AS _key, e.*, a.id AS article_id, a.url FROM events e JOIN articles a ON a.rowid = e.article`;

function clause(where: string[]): string {
  return where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
}

function articleRow(r: Row): ArticleRow {
  return {
    id: r.id, name: r.name, title: r.title, url: r.url, source: r.source, published: r.published, language: r.language,
    status: r.status, chars: r.chars, duplicateOf: r.duplicate_of, similarity: r.similarity,
    mentions: r.mentions, quotes: r.quotes, events: r.events, messages: r.messages,
  };
}

function canonicalEntity(r: Row): CanonicalEntity {
  return { id: r.id, name: r.name, type: r.type, country: r.country, actorCode: r.actor_code, role: r.role, aliases: JSON.parse(r.aliases) };
}

function entityRow(r: Row): EntityRow {
  return { ...canonicalEntity(r), articles: r.articles, mentions: r.mentions, quotes: r.quotes };
}

function eventRow(r: Row): EventRow {
  return {
    article: r.article_id, id: r.eid, published: r.published, date: r.date, sources: JSON.parse(r.sources), targets: JSON.parse(r.targets),
    code: r.code, root: r.root, name: r.name, goldstein: r.goldstein, quadClass: r.quad_class, ploverEvent: r.plover_event,
    ploverMode: r.plover_mode, ploverContext: JSON.parse(r.plover_context), modality: r.modality, trigger: r.trigger,
    sentence: r.sentence, url: r.url,
  };
}
