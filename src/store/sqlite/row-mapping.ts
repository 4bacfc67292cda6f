/** The columns the SQLite queries select; ../row-mapping.ts maps the rows. */

export const ARTICLE_COLUMNS = `id, name, title, url, source, published, language, status, chars, duplicate_of, similarity,
  mentions, quotes, events, messages, tone`;
export const ENTITY_COLUMNS = 'id, name, type, country, actor_code, role, aliases';
export const QUOTE_SELECT = `SELECT q.rowid AS _key, q.*, a.id AS article_id, a.title, a.url FROM quotes q JOIN articles a ON a.rowid = q.article`;
export const EVENT_SELECT = `SELECT e.rowid AS _key, e.*, a.id AS article_id, a.title, a.url FROM events e JOIN articles a ON a.rowid = e.article`;

