/** SQL fragments shared by the SQLite store's queries: actor matching, periods (full-text queries: ../fts-query.ts). */

/** An actor given as a canonical entity id (ent_…) or a CAMEO code prefix (RUS matches RUSGOV). */
export function actorMatch(alias: string, actor: string): { sql: string; params: string[] } {
  if (actor.startsWith('ent_')) return { sql: `${alias}.entity = ?`, params: [actor] };
  return { sql: `${alias}.code LIKE ? ESCAPE '\\'`, params: [`${actor.toUpperCase().replace(/[\\%_]/g, '\\$&')}%`] };
}

/** SQL expression for the period of a YYYY-MM-DD column: the day, or the Monday of its ISO week. */
export function periodOf(column: string, per: 'day' | 'week'): string {
  return per === 'day' ? column : `date(${column}, '-6 days', 'weekday 1')`;
}
