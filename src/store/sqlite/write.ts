/** The SQLite write path: one article and all its query rows, through statements prepared once. */
import type Database from 'better-sqlite3';
import type { ArticleInput } from '../contract.ts';
import { encodeDoc } from '../doc-encoding.ts';
import { minhashBands } from '../minhash-bands.ts';
import { queryLayers, type LayerActor, type QueryLayers } from '../query-layers.ts';
import { entityPlan, eventDate } from '../write-plan.ts';
import { mergeEntities } from '../entity-merge.ts';
import type { CanonicalEntity } from '../rows.ts';
import { entityRow, type Row } from '../row-mapping.ts';
import { ENTITY_COLUMNS } from './row-mapping.ts';

/** The insert statements of the write path, prepared once per connection. */
export function prepareInserts(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    article: p(`INSERT INTO articles (id, name, title, url, source, published, language, status, chars, duplicate_of, similarity,
      mentions, quotes, events, messages, text, doc, minhash, tone)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`),
    articleKey: p('SELECT rowid, duplicate_of FROM articles WHERE id = ?'),
    redate: p(`UPDATE articles SET published = ?, title = coalesce(title, ?), mentions = ?, quotes = ?, events = ?, messages = ?, doc = ?, tone = ?
      WHERE rowid = ?`),
    oldQuotes: p('SELECT rowid, content FROM quotes WHERE article = ?'),
    quoteFtsDelete: p(`INSERT INTO quotes_fts (quotes_fts, rowid, content) VALUES ('delete', ?, ?)`),
    deleteQuoteAbout: p('DELETE FROM quote_about WHERE quote IN (SELECT rowid FROM quotes WHERE article = ?)'),
    deleteQuotes: p('DELETE FROM quotes WHERE article = ?'),
    deleteEventActors: p('DELETE FROM event_actors WHERE event IN (SELECT rowid FROM events WHERE article = ?)'),
    deleteEvents: p('DELETE FROM events WHERE article = ?'),
    band: p('INSERT OR IGNORE INTO minhash_bands (band, article) VALUES (?, ?)'),
    sentence: p('INSERT INTO sentences (article, idx, start, "end") VALUES (?, ?, ?, ?)'),
    sentenceFts: p('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)'),
    // The content written is the merge (entity-merge.ts) of the stored row and the new one, done before.
    entity: p(`INSERT INTO entities (id, name, type, country, actor_code, role, aliases, articles, mentions, quotes)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, country = excluded.country,
      actor_code = excluded.actor_code, role = excluded.role, articles = articles + excluded.articles,
      mentions = mentions + excluded.mentions, quotes = quotes + excluded.quotes`),
    entityGet: p(`SELECT ${ENTITY_COLUMNS}, articles, mentions, quotes FROM entities WHERE id = ?`),
    // Moving an entity to a new id (EntityLink.replaces): each statement takes (new id, old id).
    moveKeys: p('INSERT OR IGNORE INTO entity_keys (type, key, entity) SELECT type, key, ? FROM entity_keys WHERE entity = ?'),
    moveNames: p('INSERT OR IGNORE INTO entity_names (name, entity) SELECT name, ? FROM entity_names WHERE entity = ?'),
    moveSpeaker: p('UPDATE quotes SET speaker_entity = ? WHERE speaker_entity = ?'),
    moveAbout: p('INSERT OR IGNORE INTO quote_about (quote, entity) SELECT quote, ? FROM quote_about WHERE entity = ?'),
    moveEventSides: p(`UPDATE events SET sources = replace(sources, :from, :to), targets = replace(targets, :from, :to)
      WHERE rowid IN (SELECT event FROM event_actors WHERE entity = :old)`),
    moveEventActors: p('UPDATE event_actors SET entity = ? WHERE entity = ?'),
    dropKeys: p('DELETE FROM entity_keys WHERE entity = ?'),
    dropNames: p('DELETE FROM entity_names WHERE entity = ?'),
    dropAbout: p('DELETE FROM quote_about WHERE entity = ?'),
    dropEntity: p('DELETE FROM entities WHERE id = ?'),
    moved: p('INSERT OR REPLACE INTO entity_moves (old, new) VALUES (?, ?)'),
    movedAgain: p('UPDATE entity_moves SET new = ? WHERE new = ?'),
    movedBack: p('DELETE FROM entity_moves WHERE old = ?'),
    entityCounts: p('UPDATE entities SET articles = articles + 1, mentions = mentions + ?, quotes = quotes + ? WHERE id = ?'),
    entityKey: p('INSERT OR IGNORE INTO entity_keys (type, key, entity) VALUES (?, ?, ?)'),
    entityName: p('INSERT OR IGNORE INTO entity_names (name, entity) VALUES (?, ?)'),
    quote: p(`INSERT INTO quotes (article, qid, published, dup, type, text, content, start, "end", speaker, speaker_kind, speaker_entity, cue, stance, tone,
      form) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    quoteFts: p('INSERT INTO quotes_fts (rowid, content) VALUES (?, ?)'),
    quoteAbout: p('INSERT OR IGNORE INTO quote_about (quote, entity) VALUES (?, ?)'),
    event: p(`INSERT INTO events (article, eid, published, date, dup, code, root, name, goldstein, quad_class, plover_event, plover_mode,
      plover_context, modality, trigger, sentence, sources, targets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    eventActor: p('INSERT INTO event_actors (event, side, code, entity) VALUES (?, ?, ?, ?)'),
  };
}

export type Inserts = ReturnType<typeof prepareInserts>;

/** Write one article; false (nothing written) when its id is stored already. Runs inside the caller's transaction. */
export function writeArticle(ins: Inserts, input: ArticleInput): boolean {
  const { id, meta, status, duplicateOf, similarity, minhash } = input;
  const layers = input.layers ?? queryLayers(input.doc!);
  const result = ins.article.run(id, meta.name, meta.title, meta.url, meta.source, meta.published, meta.language, status,
    layers.text.length, duplicateOf, similarity, layers.counts.mentions, layers.counts.quotes, layers.counts.events, layers.counts.messages,
    layers.text, input.encodedDoc ?? encodeDoc(input.doc!), minhash.length > 0 ? Buffer.from(new Uint32Array(minhash).buffer) : null, layers.tone);
  if (result.changes === 0) return false;
  const article = Number(result.lastInsertRowid);
  const dup = duplicateOf === null ? 0 : 1;
  for (const band of minhashBands(minhash)) ins.band.run(band, article);

  layers.sentences.forEach((s, i) => {
    const row = ins.sentence.run(article, i, s.start, s.end);
    ins.sentenceFts.run(row.lastInsertRowid, s.text);
  });
  writeAnalysis(ins, article, input, layers, dup, true);
  return true;
}

/**
 * Replace a stored article's analysis by a new one of the same text made with its publication date (see
 * `Store.redateArticle`): the date, the Doc, the quote and event rows. Sentences stay (the text is the same);
 * entity counts stay (the article was counted when it was put). False when the id is not stored.
 */
export function redateArticle(ins: Inserts, input: ArticleInput): boolean {
  const stored = ins.articleKey.get(input.id) as { rowid: number; duplicate_of: string | null } | undefined;
  if (!stored) return false;
  const layers = input.layers ?? queryLayers(input.doc!);
  const { counts } = layers;
  ins.redate.run(input.meta.published, input.meta.title, counts.mentions, counts.quotes, counts.events, counts.messages,
    input.encodedDoc ?? encodeDoc(input.doc!), layers.tone, stored.rowid);
  for (const q of ins.oldQuotes.all(stored.rowid) as { rowid: number; content: string }[]) ins.quoteFtsDelete.run(q.rowid, q.content);
  ins.deleteQuoteAbout.run(stored.rowid);
  ins.deleteQuotes.run(stored.rowid);
  ins.deleteEventActors.run(stored.rowid);
  ins.deleteEvents.run(stored.rowid);
  writeAnalysis(ins, stored.rowid, input, layers, stored.duplicate_of === null ? 0 : 1, false);
  return true;
}

/** Write a canonical entity merged with its stored row (entity-merge.ts), adding `counts` to the stored ones. */
function writeEntity(ins: Inserts, e: CanonicalEntity, counts: { articles: number; mentions: number; quotes: number }): void {
  const stored = ins.entityGet.get(e.id) as Row | undefined;
  const c = stored ? mergeEntities(e, entityRow(stored)) : e;
  ins.entity.run(e.id, c.name, c.type, c.country, c.actorCode, c.role, JSON.stringify(c.aliases), counts.articles, counts.mentions, counts.quotes);
  for (const name of [c.name, ...c.aliases]) ins.entityName.run(name, e.id);
}

/** Move a stored entity to `to`'s id: its content and counts merged into `to`, every row that names it re-pointed. */
function moveEntity(ins: Inserts, from: string, to: CanonicalEntity): void {
  const stored = ins.entityGet.get(from) as Row | undefined;
  if (!stored) return;
  const old = entityRow(stored);
  writeEntity(ins, { ...to, ...mergeEntities(to, old), id: to.id }, { articles: old.articles, mentions: old.mentions, quotes: old.quotes });
  ins.moveKeys.run(to.id, from);
  ins.moveNames.run(to.id, from);
  ins.moveSpeaker.run(to.id, from);
  ins.moveAbout.run(to.id, from);
  // Event rows carry their actors as JSON too: ids are hex, so the quoted id names nothing else.
  ins.moveEventSides.run({ from: JSON.stringify(from), to: JSON.stringify(to.id), old: from });
  ins.moveEventActors.run(to.id, from);
  for (const drop of [ins.dropKeys, ins.dropNames, ins.dropAbout, ins.dropEntity]) drop.run(from);
  // The old id (and every id that had moved to it) now names `to`; `to` itself names itself again.
  ins.movedAgain.run(to.id, from);
  ins.moved.run(from, to.id);
  ins.movedBack.run(to.id);
}

/** Entities, quotes and events of one article; `count` adds the article to its entities' counts. */
function writeAnalysis(ins: Inserts, article: number, input: ArticleInput, layers: QueryLayers, dup: number, count: boolean): void {
  const { meta, links } = input;
  // Each entity object once; the article's counts once per canonical entity (with the row of its last
  // written object, else by an update).
  const { linked, writes, counts } = entityPlan(links, layers, !dup && count);
  const keyed = new Set<string>();
  for (const link of links) for (const from of link.replaces ?? []) if (from !== link.entity.id) moveEntity(ins, from, link.entity);
  for (const { entity, counts: n } of writes) writeEntity(ins, entity, n ? { articles: 1, ...n } : { articles: 0, mentions: 0, quotes: 0 });
  for (const link of links) {
    if (link.unchanged) continue;
    const e = link.entity;
    for (const key of link.keys) {
      if (keyed.has(`${e.id}\u0000${key}`)) continue;
      keyed.add(`${e.id}\u0000${key}`);
      ins.entityKey.run(e.type, key, e.id);
    }
  }
  for (const [entity, n] of counts) ins.entityCounts.run(n.mentions, n.quotes, entity);

  for (const q of layers.quotes) {
    const row = ins.quote.run(article, q.id, meta.published, dup, q.type, q.text, q.content, q.start, q.end, q.speaker,
      q.speakerKind, linked(q.speakerEntity), q.cue, q.stance, q.tone, q.form);
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
}
