/** The columns the PostgreSQL queries select; ../row-mapping.ts maps the rows. `key` is the store order. */
export const ARTICLE_COLUMNS = `id, name, title, url, source, published, language, status, chars, duplicate_of, similarity,
  mentions, quotes, events, messages, tone`;
export const ENTITY_COLUMNS = 'id, name, type, country, actor_code, role, aliases';
export const QUOTE_SELECT = `SELECT q.key AS _key, q.article, q.qid, q.published, q.type, q.text, q.content, q.start, q."end", q.speaker,
  q.speaker_kind, q.speaker_entity, q.cue, q.stance, q.tone, q.form, a.id AS article_id, a.title, a.url FROM quotes q JOIN articles a ON a.key = q.article`;
export const EVENT_SELECT = `SELECT e.key AS _key, e.*, a.id AS article_id, a.title, a.url FROM events e JOIN articles a ON a.key = e.article`;
