/**
 * The PostgreSQL write path: one article and all its query rows, a few set-based statements per table
 * (arrays through unnest), inside the caller's transaction. Rows that other writers may touch at the same
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

/** Write one article; false (nothing written) when its id is stored already. */
export async function writeArticle(db: pg.ClientBase, input: ArticleInput): Promise<boolean> {
  const { id, meta, status, duplicateOf, similarity, minhash } = input;
  const layers = input.layers ?? queryLayers(input.doc!);
  const inserted = await db.query(`INSERT INTO articles (id, name, title, url, source, published, language, status, chars, duplicate_of,
    similarity, mentions, quotes, events, messages, text, doc, minhash, tone)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) ON CONFLICT (id) DO NOTHING RETURNING key`,
  [id, meta.name, meta.title, meta.url, meta.source, meta.published, meta.language, status, layers.text.length, duplicateOf, similarity,
    layers.counts.mentions, layers.counts.quotes, layers.counts.events, layers.counts.messages, layers.text,
    Buffer.from(input.encodedDoc ?? encodeDoc(input.doc!)), minhash.length > 0 ? Buffer.from(new Uint32Array(minhash).buffer) : null, layers.tone]);
  if (inserted.rowCount === 0) return false;
  const article = Number(inserted.rows[0].key);
  const bands = [...new Set(minhashBands(minhash))].sort(byText);
  if (bands.length > 0) {
    await db.query('INSERT INTO minhash_bands (band, article) SELECT b, $2 FROM unnest($1::text[]) b ON CONFLICT DO NOTHING', [bands, article]);
  }
  if (layers.sentences.length > 0) {
    await db.query(`INSERT INTO sentences (article, idx, start, "end", words)
      SELECT $1, i - 1, s, e, w FROM unnest($2::int[], $3::int[], $4::tsvector[]) WITH ORDINALITY AS x(s, e, w, i) ORDER BY i`,
    [article, layers.sentences.map((s) => s.start), layers.sentences.map((s) => s.end), layers.sentences.map((s) => tsVector(s.text))]);
  }
  await writeAnalysis(db, article, input, layers, duplicateOf === null ? 0 : 1, true);
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
  const { linked, counts, lastWritten } = entityPlan(links, layers, !dup && count);
  for (const link of links) for (const from of link.replaces ?? []) if (from !== link.entity.id) await moveEntity(db, from, link.entity);
  const written = new Set<CanonicalEntity>();
  const upserts: { e: CanonicalEntity; n: { mentions: number; quotes: number } | undefined }[] = [];
  const keys = new Map<string, [string, string, string]>();
  const names = new Map<string, [string, string]>();
  for (const link of links) {
    if (link.unchanged) continue;
    const e = link.entity;
    if (!written.has(e)) {
      written.add(e);
      const n = lastWritten.get(e.id) === e ? counts.get(e.id) : undefined;
      if (n) counts.delete(e.id);
      upserts.push({ e, n });
      for (const name of [e.name, ...e.aliases]) names.set(`${name.toLowerCase()}\u0000${e.id}`, [name, e.id]);
    }
    for (const key of link.keys) keys.set(`${e.type}\u0000${key}\u0000${e.id}`, [e.type, key, e.id]);
  }
  // One row per entity id, as the SQLite path's upserts of its objects in turn would leave it (the last
  // object's name and aliases, the first country and role, the last actor code, the counts added), in one
  // statement sorted by id, so concurrent writers lock rows in one order.
  const merged = new Map<string, { e: CanonicalEntity; n: { mentions: number; quotes: number; articles: number } }>();
  for (const { e, n } of upserts) {
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
  if (rows.length > 0) {
    const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
    await db.query(`INSERT INTO entities (id, name, type, country, actor_code, role, aliases, articles, mentions, quotes)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::int[])
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, country = excluded.country,
      actor_code = excluded.actor_code, role = excluded.role, articles = entities.articles + excluded.articles,
      mentions = entities.mentions + excluded.mentions, quotes = entities.quotes + excluded.quotes`,
    [col((r) => r.e.id), col((r) => r.e.name), col((r) => r.e.type), col((r) => r.e.country), col((r) => r.e.actorCode), col((r) => r.e.role),
      col((r) => JSON.stringify(r.e.aliases)), col((r) => r.n.articles), col((r) => r.n.mentions), col((r) => r.n.quotes)]);
  }
  if (updates.length > 0) {
    await db.query(`UPDATE entities SET articles = articles + 1, mentions = mentions + x.m, quotes = quotes + x.q
      FROM unnest($1::text[], $2::int[], $3::int[]) AS x(id, m, q) WHERE entities.id = x.id`,
    [updates.map(([id]) => id), updates.map(([, n]) => n.mentions), updates.map(([, n]) => n.quotes)]);
  }
  const keyRows = [...keys.values()].sort((a, b) => byText(a.join('\u0000'), b.join('\u0000')));
  if (keyRows.length > 0) {
    await db.query(`INSERT INTO entity_keys (type, key, entity) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
      [keyRows.map((k) => k[0]), keyRows.map((k) => k[1]), keyRows.map((k) => k[2])]);
  }
  const nameRows = [...names].sort(([a], [b]) => byText(a, b)).map(([, row]) => row);
  if (nameRows.length > 0) {
    await db.query('INSERT INTO entity_names (name, entity) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING',
      [nameRows.map((r) => r[0]), nameRows.map((r) => r[1])]);
  }

  const quotes = layers.quotes;
  if (quotes.length > 0) {
    const col = <T>(f: (q: (typeof quotes)[number]) => T) => quotes.map(f);
    const keysOf = await db.query(`INSERT INTO quotes (article, qid, published, dup, type, text, content, start, "end", speaker, speaker_kind,
      speaker_entity, cue, stance, tone, words, form)
      SELECT $1, qid, $2, $3, type, text, content, s, e, speaker, kind, entity, cue, stance, tone, words, form
      FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::text[], $11::text[], $12::text[], $13::text[],
        $14::float8[], $15::float8[], $16::tsvector[], $17::text[])
        WITH ORDINALITY AS x(qid, type, text, content, s, e, speaker, kind, entity, cue, stance, tone, words, form, i)
      ORDER BY i RETURNING key`,
    [article, meta.published, dup, col((q) => q.id), col((q) => q.type), col((q) => q.text), col((q) => q.content), col((q) => q.start),
      col((q) => q.end), col((q) => q.speaker), col((q) => q.speakerKind), col((q) => linked(q.speakerEntity)), col((q) => q.cue),
      col((q) => q.stance), col((q) => q.tone), col((q) => tsVector(q.content)), col((q) => q.form)]);
    const quoteKeys = keysOf.rows.map((r) => Number(r.key)).sort((a, b) => a - b);
    const about: [number, string][] = [];
    quotes.forEach((q, i) => {
      for (const docEntity of q.about) {
        const c = linked(docEntity);
        if (c !== null) about.push([quoteKeys[i]!, c]);
      }
    });
    if (about.length > 0) {
      await db.query('INSERT INTO quote_about (quote, entity) SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING',
        [about.map((a) => a[0]), about.map((a) => a[1])]);
    }
  }

  const events = layers.events;
  if (events.length > 0) {
    const actors = (list: LayerActor[]) => list.map((a) => ({ code: a.code, country: a.country, name: a.name, entity: linked(a.entity) }));
    const sides = events.map((v) => ({ sources: actors(v.sources), targets: actors(v.targets) }));
    const col = <T>(f: (v: (typeof events)[number]) => T) => events.map(f);
    const keysOf = await db.query(`INSERT INTO events (article, eid, published, date, dup, code, root, name, goldstein, quad_class, plover_event,
      plover_mode, plover_context, modality, trigger, sentence, sources, targets)
      SELECT $1, eid, $2, date, $3, code, root, name, goldstein, quad, pe, pm, pc, modality, trigger, sentence, sources, targets
      FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::float8[], $10::int[], $11::text[], $12::text[], $13::text[],
        $14::text[], $15::text[], $16::text[], $17::text[], $18::text[])
        WITH ORDINALITY AS x(eid, date, code, root, name, goldstein, quad, pe, pm, pc, modality, trigger, sentence, sources, targets, i)
      ORDER BY i RETURNING key`,
    [article, meta.published, dup, col((v) => v.id), col((v) => eventDate(v.date, meta.published)), col((v) => v.code), col((v) => v.root),
      col((v) => v.name), col((v) => v.goldstein), col((v) => v.quadClass), col((v) => v.ploverEvent), col((v) => v.ploverMode),
      col((v) => JSON.stringify(v.ploverContext)), col((v) => v.modality), col((v) => v.trigger), col((v) => v.sentence),
      sides.map((s) => JSON.stringify(s.sources)), sides.map((s) => JSON.stringify(s.targets))]);
    const eventKeys = keysOf.rows.map((r) => Number(r.key)).sort((a, b) => a - b);
    const rows: [number, string, string, string | null][] = [];
    sides.forEach((s, i) => {
      for (const a of s.sources) rows.push([eventKeys[i]!, 's', a.code, a.entity]);
      for (const a of s.targets) rows.push([eventKeys[i]!, 't', a.code, a.entity]);
    });
    if (rows.length > 0) {
      await db.query('INSERT INTO event_actors (event, side, code, entity) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[])',
        [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])]);
    }
  }
}
