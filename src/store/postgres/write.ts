/**
 * The PostgreSQL write path: one article and all its query rows inside the caller's transaction, in three
 * prepared statements (the article with its bands and sentences; its entities; its quotes and events), each
 * a set of data-modifying CTEs over arrays (unnest): every round trip is paid on each commit. Rows that other writers may touch at the same
 * moment (entities, their keys and names, MinHash bands) are written in one fixed order, so two concurrent
 * transactions wait for each other instead of deadlocking.
 */
import type pg from 'pg';
import type { ArticleInput } from '../contract.ts';
import { encodeDoc } from '../doc-encoding.ts';
import { tsVector } from '../fts-query.ts';
import { minhashBands } from '../minhash-bands.ts';
import { queryLayers, type LayerActor, type QueryLayers } from '../query-layers.ts';
import { entityPlan, eventDate } from '../write-plan.ts';
import { mergeEntities } from '../entity-merge.ts';
import { entityRow } from '../row-mapping.ts';
import type { CanonicalEntity, EntityRow } from '../rows.ts';
import { ENTITY_COLUMNS } from './row-mapping.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A statement prepared once per connection (node-postgres names it): the write statements are long and run
 * for every article, so the server parses and plans each once, not per commit.
 */
function prepared(name: string, text: string): (values: unknown[]) => pg.QueryConfig {
  return (values) => ({ name: `newsgraph_${name}`, text, values });
}

// The article, its MinHash bands and its sentences: one statement, the bands and sentences taking the new key.
const INSERT_ARTICLE = prepared('article', `WITH a AS (INSERT INTO articles (id, name, title, url, source, published, language, status, chars,
    duplicate_of, similarity, mentions, quotes, events, messages, text, doc, minhash, tone)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) ON CONFLICT (id) DO NOTHING RETURNING key),
  b AS (INSERT INTO minhash_bands (band, article) SELECT band, a.key FROM a, unnest($20::text[]) band ON CONFLICT DO NOTHING),
  s AS (INSERT INTO sentences (article, idx, start, "end", words)
    SELECT a.key, i - 1, st, en, w FROM a, unnest($21::int[], $22::int[], $23::tsvector[]) WITH ORDINALITY AS x(st, en, w, i) ORDER BY i)
  SELECT key FROM a`);

/** Write one article; false (nothing written) when its id is stored already. */
export async function writeArticle(db: pg.ClientBase, input: ArticleInput): Promise<boolean> {
  const { id, meta, status, duplicateOf, similarity, minhash } = input;
  const layers = input.layers ?? queryLayers(input.doc!);
  const bands = [...new Set(minhashBands(minhash))].sort(byText);
  const inserted = await db.query(INSERT_ARTICLE([id, meta.name, meta.title, meta.url, meta.source, meta.published, meta.language, status,
    layers.text.length, duplicateOf, similarity, layers.counts.mentions, layers.counts.quotes, layers.counts.events, layers.counts.messages,
    layers.text, Buffer.from(input.encodedDoc ?? encodeDoc(input.doc!)),
    minhash.length > 0 ? Buffer.from(new Uint32Array(minhash).buffer) : null, layers.tone,
    bands, layers.sentences.map((s) => s.start), layers.sentences.map((s) => s.end), layers.sentences.map((s) => tsVector(s.text))]));
  if (inserted.rowCount === 0) return false;
  await writeAnalysis(db, Number(inserted.rows[0].key), input, layers, duplicateOf === null ? 0 : 1, true);
  return true;
}

/** See `Store.redateArticle`: the date, the Doc, the quote and event rows replaced; sentences and entity counts stay. */
export async function redateArticle(db: pg.ClientBase, input: ArticleInput): Promise<boolean> {
  const layers = input.layers ?? queryLayers(input.doc!);
  const { counts } = layers;
  const stored = await db.query(`UPDATE articles SET published = $1, title = coalesce(title, $2), mentions = $3, quotes = $4, events = $5,
    messages = $6, doc = $7, tone = $8 WHERE id = $9 RETURNING key, duplicate_of`,
  [input.meta.published, input.meta.title, counts.mentions, counts.quotes, counts.events, counts.messages,
    Buffer.from(input.encodedDoc ?? encodeDoc(input.doc!)), layers.tone, input.id]);
  if (stored.rowCount === 0) return false;
  const article = Number(stored.rows[0].key);
  await db.query('DELETE FROM quote_about WHERE quote IN (SELECT key FROM quotes WHERE article = $1)', [article]);
  await db.query('DELETE FROM quotes WHERE article = $1', [article]);
  await db.query('DELETE FROM event_actors WHERE event IN (SELECT key FROM events WHERE article = $1)', [article]);
  await db.query('DELETE FROM events WHERE article = $1', [article]);
  await writeAnalysis(db, article, input, layers, stored.rows[0].duplicate_of === null ? 0 : 1, false);
  return true;
}

/** The stored rows of these entity ids. */
async function storedEntities(db: pg.ClientBase, ids: string[]): Promise<Map<string, EntityRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query(`SELECT ${ENTITY_COLUMNS}, articles, mentions, quotes FROM entities WHERE id = ANY($1::text[])`, [ids]);
  return new Map(rows.map((r) => [r.id as string, entityRow(r)]));
}

/** Move a stored entity to `to`'s id (EntityLink.replaces): content and counts merged into `to`, every row that names it re-pointed. */
async function moveEntity(db: pg.ClientBase, from: string, to: CanonicalEntity): Promise<void> {
  const old = (await storedEntities(db, [from])).get(from);
  if (!old) return;
  const into = (await storedEntities(db, [to.id])).get(to.id);
  let c = mergeEntities(to, old);
  if (into) c = mergeEntities(c, into);
  await db.query(`INSERT INTO entities (id, name, type, country, actor_code, role, aliases, articles, mentions, quotes)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, country = excluded.country,
    actor_code = excluded.actor_code, role = excluded.role, articles = entities.articles + excluded.articles,
    mentions = entities.mentions + excluded.mentions, quotes = entities.quotes + excluded.quotes`,
  [to.id, c.name, c.type, c.country, c.actorCode, c.role, JSON.stringify(c.aliases), old.articles, old.mentions, old.quotes]);
  await db.query('INSERT INTO entity_keys (type, key, entity) SELECT type, key, $1 FROM entity_keys WHERE entity = $2 ON CONFLICT DO NOTHING', [to.id, from]);
  await db.query('INSERT INTO entity_names (name, entity) SELECT name, $1 FROM entity_names WHERE entity = $2 ON CONFLICT DO NOTHING', [to.id, from]);
  await db.query('UPDATE quotes SET speaker_entity = $1 WHERE speaker_entity = $2', [to.id, from]);
  await db.query('INSERT INTO quote_about (quote, entity) SELECT quote, $1 FROM quote_about WHERE entity = $2 ON CONFLICT DO NOTHING', [to.id, from]);
  // Event rows carry their actors as JSON too: ids are hex, so the quoted id names nothing else.
  await db.query(`UPDATE events SET sources = replace(sources, $1, $2), targets = replace(targets, $1, $2)
    WHERE key IN (SELECT event FROM event_actors WHERE entity = $3)`, [JSON.stringify(from), JSON.stringify(to.id), from]);
  await db.query('UPDATE event_actors SET entity = $1 WHERE entity = $2', [to.id, from]);
  for (const table of ['entity_keys', 'entity_names', 'quote_about']) await db.query(`DELETE FROM ${table} WHERE entity = $1`, [from]);
  await db.query('DELETE FROM entities WHERE id = $1', [from]);
  // The old id (and every id that had moved to it) now names `to`; `to` itself names itself again.
  await db.query('UPDATE entity_moves SET new = $1 WHERE new = $2', [to.id, from]);
  await db.query('INSERT INTO entity_moves (old, new) VALUES ($1, $2) ON CONFLICT (old) DO UPDATE SET new = excluded.new', [from, to.id]);
  await db.query('DELETE FROM entity_moves WHERE old = $1', [to.id]);
}

/** Entities, quotes and events of one article; `count` adds the article to its entities' counts. */
async function writeAnalysis(db: pg.ClientBase, article: number, input: ArticleInput, layers: QueryLayers, dup: number, count: boolean): Promise<void> {
  const { meta, links } = input;
  // Each entity object once; the article's counts once per canonical entity (with the row of its last
  // written object, else by an update).
  const { linked, writes, counts } = entityPlan(links, layers, !dup && count);
  for (const link of links) for (const from of link.replaces ?? []) if (from !== link.entity.id) await moveEntity(db, from, link.entity);
  const names = new Map<string, [string, string]>();
  for (const { entity: e } of writes) for (const name of [e.name, ...e.aliases]) names.set(`${name.toLowerCase()}\u0000${e.id}`, [name, e.id]);
  const keys = new Map<string, [string, string, string]>();
  for (const { entity: e, keys: linkKeys, unchanged } of links) {
    if (!unchanged) for (const key of linkKeys) keys.set(`${e.type}\u0000${key}\u0000${e.id}`, [e.type, key, e.id]);
  }
  // One row per entity id, as the SQLite path's upserts of its objects in turn would leave it (the last
  // object's name and aliases, the first country and role, the last actor code, the counts added), in one
  // statement sorted by id, so concurrent writers lock rows in one order.
  const merged = new Map<string, { e: CanonicalEntity; n: { mentions: number; quotes: number; articles: number } }>();
  for (const { entity: e, counts: n } of writes) {
    const before = merged.get(e.id);
    const add = { mentions: n?.mentions ?? 0, quotes: n?.quotes ?? 0, articles: n ? 1 : 0 };
    if (!before) {
      merged.set(e.id, { e, n: add });
      continue;
    }
    merged.set(e.id, {
      e: { ...mergeEntities(before.e, e), id: e.id },
      n: { mentions: before.n.mentions + add.mentions, quotes: before.n.quotes + add.quotes, articles: before.n.articles + add.articles },
    });
  }
  // The content written is the merge (entity-merge.ts) of the stored row and the new one.
  const stored = await storedEntities(db, [...merged.keys()]);
  for (const [id, r] of merged) {
    const old = stored.get(id);
    if (old) r.e = { ...mergeEntities(r.e, old), id };
  }
  const rows = [...merged.values()].sort((a, b) => byText(a.e.id, b.e.id));
  const updates = [...counts].sort(([a], [b]) => byText(a, b));
  const keyRows = [...keys.values()].sort((a, b) => byText(a.join('\u0000'), b.join('\u0000')));
  const nameRows = [...names].sort(([a], [b]) => byText(a, b)).map(([, row]) => row);
  if (rows.length + updates.length + keyRows.length + nameRows.length > 0) {
    const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
    await db.query(WRITE_ENTITIES([col((r) => r.e.id), col((r) => r.e.name), col((r) => r.e.type), col((r) => r.e.country),
      col((r) => r.e.actorCode), col((r) => r.e.role), col((r) => JSON.stringify(r.e.aliases)), col((r) => r.n.articles), col((r) => r.n.mentions),
      col((r) => r.n.quotes), updates.map(([id]) => id), updates.map(([, n]) => n.mentions), updates.map(([, n]) => n.quotes),
      keyRows.map((k) => k[0]), keyRows.map((k) => k[1]), keyRows.map((k) => k[2]), nameRows.map((r) => r[0]), nameRows.map((r) => r[1])]));
  }

  const { quotes, events } = layers;
  if (quotes.length + events.length === 0) return;
  const about = quotes.flatMap((q) => q.about.map(linked).filter((c) => c !== null).map((c) => [q.id, c] as const));
  const actors = (list: LayerActor[]) => list.map((a) => ({ code: a.code, country: a.country, name: a.name, entity: linked(a.entity) }));
  const sides = events.map((v) => ({ sources: actors(v.sources), targets: actors(v.targets) }));
  const actorRows = events.flatMap((v, i) => [
    ...sides[i]!.sources.map((a) => [v.id, 's', a.code, a.entity] as const), ...sides[i]!.targets.map((a) => [v.id, 't', a.code, a.entity] as const)]);
  const q = <T>(f: (x: (typeof quotes)[number]) => T) => quotes.map(f);
  const v = <T>(f: (x: (typeof events)[number]) => T) => events.map(f);
  await db.query(WRITE_QUOTES_AND_EVENTS([article, meta.published, dup,
    q((x) => x.id), q((x) => x.type), q((x) => x.text), q((x) => x.content), q((x) => x.start), q((x) => x.end), q((x) => x.speaker),
    q((x) => x.speakerKind), q((x) => linked(x.speakerEntity)), q((x) => x.cue), q((x) => x.stance), q((x) => x.tone),
    q((x) => tsVector(x.content)), q((x) => x.form), about.map((a) => a[0]), about.map((a) => a[1]),
    v((x) => x.id), v((x) => eventDate(x.date, meta.published)), v((x) => x.code), v((x) => x.root), v((x) => x.name), v((x) => x.goldstein),
    v((x) => x.quadClass), v((x) => x.ploverEvent), v((x) => x.ploverMode), v((x) => JSON.stringify(x.ploverContext)), v((x) => x.modality),
    v((x) => x.trigger), v((x) => x.sentence), sides.map((x) => JSON.stringify(x.sources)), sides.map((x) => JSON.stringify(x.targets)),
    actorRows.map((a) => a[0]), actorRows.map((a) => a[1]), actorRows.map((a) => a[2]), actorRows.map((a) => a[3])]));
}

/**
 * An article's entities in one statement: one row per entity id (sorted, so concurrent writers lock rows in
 * one order), the article counted on the entities it links unchanged (never one of those rows), their lookup
 * keys and names.
 */
const WRITE_ENTITIES = prepared('entities', `WITH e AS (INSERT INTO entities (id, name, type, country, actor_code, role, aliases, articles, mentions, quotes)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::int[])
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, country = excluded.country,
    actor_code = excluded.actor_code, role = excluded.role, articles = entities.articles + excluded.articles,
    mentions = entities.mentions + excluded.mentions, quotes = entities.quotes + excluded.quotes),
  u AS (UPDATE entities SET articles = articles + 1, mentions = mentions + x.m, quotes = quotes + x.q
    FROM unnest($11::text[], $12::int[], $13::int[]) AS x(id, m, q) WHERE entities.id = x.id),
  k AS (INSERT INTO entity_keys (type, key, entity) SELECT * FROM unnest($14::text[], $15::text[], $16::text[]) ON CONFLICT DO NOTHING)
  INSERT INTO entity_names (name, entity) SELECT * FROM unnest($17::text[], $18::text[]) ON CONFLICT DO NOTHING`);

/** An article's quotes, the entities they speak of, its events and their actors: one statement, rows joined by quote and event id. */
const WRITE_QUOTES_AND_EVENTS = prepared('quotes_events', `WITH q AS (INSERT INTO quotes (article, qid, published, dup, type, text, content, start,
    "end", speaker, speaker_kind, speaker_entity, cue, stance, tone, words, form)
    SELECT $1, qid, $2, $3, type, text, content, s, e, speaker, kind, entity, cue, stance, tone, words, form
    FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::text[], $11::text[], $12::text[], $13::text[],
      $14::float8[], $15::float8[], $16::tsvector[], $17::text[])
      WITH ORDINALITY AS x(qid, type, text, content, s, e, speaker, kind, entity, cue, stance, tone, words, form, i)
    ORDER BY i RETURNING key, qid),
  qa AS (INSERT INTO quote_about (quote, entity) SELECT q.key, x.entity FROM unnest($18::text[], $19::text[]) AS x(qid, entity)
    JOIN q ON q.qid = x.qid ON CONFLICT DO NOTHING),
  v AS (INSERT INTO events (article, eid, published, date, dup, code, root, name, goldstein, quad_class, plover_event, plover_mode,
    plover_context, modality, trigger, sentence, sources, targets)
    SELECT $1, eid, $2, date, $3, code, root, name, goldstein, quad, pe, pm, pc, modality, trigger, sentence, sources, targets
    FROM unnest($20::text[], $21::text[], $22::text[], $23::text[], $24::text[], $25::float8[], $26::int[], $27::text[], $28::text[], $29::text[],
      $30::text[], $31::text[], $32::text[], $33::text[], $34::text[])
      WITH ORDINALITY AS x(eid, date, code, root, name, goldstein, quad, pe, pm, pc, modality, trigger, sentence, sources, targets, i)
    ORDER BY i RETURNING key, eid)
  INSERT INTO event_actors (event, side, code, entity) SELECT v.key, x.side, x.code, x.entity
  FROM unnest($35::text[], $36::text[], $37::text[], $38::text[]) WITH ORDINALITY AS x(eid, side, code, entity, i) JOIN v ON v.eid = x.eid ORDER BY x.i`);

