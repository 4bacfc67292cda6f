/** SQL fragments shared by the PostgreSQL store's queries: numbered parameters, actor matching, periods. */

/** A statement's parameters: `add` returns the placeholder ($1, $2…) of a value. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The id an entity has now, given one it has or had (see migrations/003-entity-moves.sql). */
export function currentEntityId(id: string, p: Params): string {
  const placeholder = p.add(id);
  return `coalesce((SELECT new FROM entity_moves WHERE old = ${placeholder}), ${placeholder})`;
}

/** An actor given as a canonical entity id (ent_…, also one it had) or a CAMEO code prefix (RUS matches RUSGOV). */
export function actorMatch(alias: string, actor: string, p: Params): string {
  if (actor.startsWith('ent_')) return `${alias}.entity = ${currentEntityId(actor, p)}`;
  return `${alias}.code LIKE ${p.add(`${actor.toUpperCase().replace(/[\\%_]/g, '\\$&')}%`)}`;
}

/** SQL expression for the period of a YYYY-MM-DD column: the day, or the Monday of its ISO week. */
export function periodOf(column: string, per: 'day' | 'week'): string {
  return per === 'day' ? column : `to_char(date_trunc('week', ${column}::date), 'YYYY-MM-DD')`;
}
