/** SQLite rows to contract rows: the columns the queries select and how each row maps. */
import type { ArticleRow, CanonicalEntity, EntityRow, EventRow, QuoteRow } from '../rows.ts';

export type Row = Record<string, any>;

export const ARTICLE_COLUMNS = `id, name, title, url, source, published, language, status, chars, duplicate_of, similarity,
  mentions, quotes, events, messages`;
export const ENTITY_COLUMNS = 'id, name, type, country, actor_code, role, aliases';
export const QUOTE_SELECT = `SELECT q.rowid AS _key, q.*, a.id AS article_id, a.title, a.url FROM quotes q JOIN articles a ON a.rowid = q.article`;
export const EVENT_SELECT = `SELECT e.rowid AS _key, e.*, a.id AS article_id, a.url FROM events e JOIN articles a ON a.rowid = e.article`;

export function articleRow(r: Row): ArticleRow {
  return {
    id: r.id, name: r.name, title: r.title, url: r.url, source: r.source, published: r.published, language: r.language,
    status: r.status, chars: r.chars, duplicateOf: r.duplicate_of, similarity: r.similarity,
    mentions: r.mentions, quotes: r.quotes, events: r.events, messages: r.messages,
  };
}

function canonicalEntity(r: Row): CanonicalEntity {
  return { id: r.id, name: r.name, type: r.type, country: r.country, actorCode: r.actor_code, role: r.role, aliases: JSON.parse(r.aliases) };
}

export function entityRow(r: Row): EntityRow {
  return { ...canonicalEntity(r), articles: r.articles, mentions: r.mentions, quotes: r.quotes };
}

export function eventRow(r: Row): EventRow {
  return {
    article: r.article_id, id: r.eid, published: r.published, date: r.date, sources: JSON.parse(r.sources), targets: JSON.parse(r.targets),
    code: r.code, root: r.root, name: r.name, goldstein: r.goldstein, quadClass: r.quad_class, ploverEvent: r.plover_event,
    ploverMode: r.plover_mode, ploverContext: JSON.parse(r.plover_context), modality: r.modality, trigger: r.trigger,
    sentence: r.sentence, url: r.url,
  };
}

/** A quote row with the canonical ids of the entities its content names. */
export function quoteRow(r: Row, about: string[]): QuoteRow {
  return {
    article: r.article_id, id: r.qid, published: r.published, type: r.type, text: r.text, content: r.content, start: r.start,
    end: r.end, speaker: r.speaker, speakerKind: r.speaker_kind, speakerEntity: r.speaker_entity, cue: r.cue, stance: r.stance,
    about, title: r.title, url: r.url,
  };
}
