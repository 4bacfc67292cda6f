/**
 * The one rule by which a canonical entity takes in another entity linked to it, and the id a canonical
 * entity has. Every store adapter applies it when it writes an entity over a stored one, and entity
 * resolution when it links a document's entity, so the corpus does not depend on the order articles come in:
 *
 * - the merge commutes, is associative and idempotent: each field is a union, or the first of the values in
 *   one fixed order (never "the one stored first" or "the one written last");
 * - the id is a function of what identifies the entity (type, name, country, and for a person known only by
 *   surname the head of their role), never of the article that first named it. When a merge changes these,
 *   the entity moves to its new id (`EntityLink.replaces`) and the adapter re-points its rows.
 */
import { createHash } from 'node:crypto';
import type { CanonicalEntity } from './rows.ts';
import { nameKey, personName, roleHead } from './entity-names.ts';

/** A canonical entity without its id (the id follows from it: `canonicalEntityId`). */
export type EntityContent = Omit<CanonicalEntity, 'id'>;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Which of two names names the entity (negative: `a`). A person: more given names, then longer ones (the
 * fullest name: Vladimir Putin over V. Putin), then the shorter (a title does not make a name fuller). Anything else: the longer key (United Nations over UN),
 * then the shorter text ("United Nations" over "the United Nations"). Ties: code-unit order.
 */
export function compareNames(type: string, a: string, b: string): number {
  if (type === 'PERSON') {
    const given = (n: string) => personName(n)?.given ?? [];
    const letters = (n: string) => given(n).join('').length;
    return given(b).length - given(a).length || letters(b) - letters(a) || a.length - b.length || byCodeUnits(a, b);
  }
  return nameKey(b).length - nameKey(a).length || a.length - b.length || byCodeUnits(a, b);
}

/** The first present of two values in code-unit order (longer first when `longer`: RUSGOV says more than RUS). */
function pick(a: string | null, b: string | null, longer = false): string | null {
  if (a === null || b === null) return a ?? b;
  return (longer && b.length !== a.length ? b.length - a.length : byCodeUnits(a, b)) <= 0 ? a : b;
}

/** `a` and `b` (of one type) as one entity: merge(a, b) = merge(b, a), and the order of several merges does not matter. */
export function mergeEntities<T extends EntityContent>(a: T, b: EntityContent): EntityContent {
  const name = compareNames(a.type, a.name, b.name) <= 0 ? a.name : b.name;
  const aliases = [...new Set([a.name, ...a.aliases, b.name, ...b.aliases])].filter((n) => n !== name).sort(byCodeUnits);
  return {
    name, type: a.type, aliases,
    country: pick(a.country, b.country), actorCode: pick(a.actorCode, b.actorCode, true), role: pick(a.role, b.role),
  };
}

/** The id of a canonical entity: the same entity gets the same id whatever article named it first. */
export function canonicalEntityId(e: EntityContent): string {
  const surnameOnly = e.type === 'PERSON' && (personName(e.name)?.given.length ?? 0) === 0;
  const head = surnameOnly && e.role ? roleHead(e.role) ?? '' : '';
  const key = [e.type, e.name, e.country ?? '', head].join('\u0000');
  return `ent_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/** Content and its id. */
export function withCanonicalId(e: EntityContent): CanonicalEntity {
  return { id: canonicalEntityId(e), name: e.name, type: e.type, country: e.country, actorCode: e.actorCode, role: e.role, aliases: e.aliases };
}
