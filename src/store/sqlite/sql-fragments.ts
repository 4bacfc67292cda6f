import { StoreQueryError } from '../contract.ts';

/** SQL fragments shared by the SQLite store's queries: FTS5 query text, actor matching, periods. */

/**
 * Turn a user's search text into a safe FTS5 query: bare words are quoted (so punctuation cannot break
 * the syntax) and AND-ed; "quoted phrases" stay phrases; OR between terms is kept.
 */
export function ftsQuery(q: string): string {
  const parts: string[] = [];
  for (const match of q.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (match[1] !== undefined) {
      const words = match[1].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(' ')}"`);
    } else if (match[2] === 'OR') {
      if (parts.length > 0 && parts[parts.length - 1] !== 'OR') parts.push('OR');
    } else {
      const words = match[2]!.match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(' ')}"`);
    }
  }
  while (parts[parts.length - 1] === 'OR') parts.pop();
  if (parts.length === 0) throw new StoreQueryError(`full-text query "${q}" has no words to search for`);
  return parts.join(' ');
}

/** The id an entity has now, given one it has or had (see migrations/005-entity-moves.sql): SQL of two params (id, id). */
export const CURRENT_ENTITY_ID = 'coalesce((SELECT new FROM entity_moves WHERE old = ?), ?)';

/** An actor given as a canonical entity id (ent_…, also one it had) or a CAMEO code prefix (RUS matches RUSGOV). */
export function actorMatch(alias: string, actor: string): { sql: string; params: string[] } {
  if (actor.startsWith('ent_')) return { sql: `${alias}.entity = ${CURRENT_ENTITY_ID}`, params: [actor, actor] };
  return { sql: `${alias}.code LIKE ? ESCAPE '\\'`, params: [`${actor.toUpperCase().replace(/[\\%_]/g, '\\$&')}%`] };
}

/** SQL expression for the period of a YYYY-MM-DD column: the day, or the Monday of its ISO week. */
export function periodOf(column: string, per: 'day' | 'week'): string {
  return per === 'day' ? column : `date(${column}, '-6 days', 'weekday 1')`;
}
