/** The SQLite write path: one article and all its query rows, through statements prepared once. */
import type Database from 'better-sqlite3';
import type { ArticleInput } from '../contract.ts';
import { encodeDoc } from '../doc-encoding.ts';
import { minhashBands } from '../minhash-bands.ts';
import { queryLayers, type LayerActor } from '../query-layers.ts';
import type { CanonicalEntity } from '../rows.ts';

/** The event date when the text pins a full day, else the publication date. */
function eventDate(value: string | null, published: string | null): string | null {
  const day = value?.match(/^\d{4}-\d{2}-\d{2}$/);
  return day ? day[0] : published;
}

/** The insert statements of the write path, prepared once per connection. */
export function prepareInserts(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
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

export type Inserts = ReturnType<typeof prepareInserts>;

/** Write one article; false (nothing written) when its id is stored already. Runs inside the caller's transaction. */
export function writeArticle(ins: Inserts, input: ArticleInput): boolean {
  const { id, meta, status, duplicateOf, similarity, minhash, links } = input;
  const layers = input.layers ?? queryLayers(input.doc!);
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
