/** SQL fragments shared by the SQLite store's queries: actor matching, periods (full-text queries: ../fts-query.ts). */

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
