/**
 * Cross-document entity resolution: each document entity is linked to one canonical entity of the corpus.
 * "Putin", "Vladimir Putin" and "President Putin" in different articles become one; two people who share a
 * surname stay apart when their first names, countries or stated roles disagree. How linked entities merge,
 * and the id a canonical entity has, is the store's rule (src/store/entity-merge.ts).
 */
import type { Entity } from '../model/index.ts';
import type { EntityCandidate, EntityLink, Store } from '../store/contract.ts';
import { canonicalEntityId, mergeEntities, withCanonicalId, type EntityContent } from '../store/entity-merge.ts';
import { nameKey, personName, roleHead } from '../store/entity-names.ts';
import { remembered } from '../util/remembered.ts';
import type { CanonicalEntity } from '../store/rows.ts';

/** What resolution reads of a doc entity. */
export type ResolvableEntity = Pick<Entity, 'id' | 'name' | 'type' | 'aliases' | 'country' | 'actorCode' | 'role'>;

/** The lookup keys of one non-person name: its key and, for two words or more, their acronym. */
const otherNameKeys = remembered((name: string): string[] => {
  const key = nameKey(name);
  const words = key.split(' ').filter((w) => w.length > 2 || /^[a-z]/.test(w));
  return [...(key ? [key] : []), ...(words.length >= 2 ? [words.map((w) => w[0]).join('')] : [])];
});

/** Lookup keys of an entity's names: surnames for people, normalised names (and acronyms) for the rest. */
export function entityKeys(type: string, names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (type === 'PERSON') {
      const person = personName(name);
      if (person) keys.add(person.surname);
    } else {
      for (const key of otherNameKeys(name)) keys.add(key);
    }
  }
  return [...keys].sort();
}

function givenCompatible(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  // "V. Putin" and "Vladimir Putin": an initial matches its name.
  const [x, y] = [a[0]!.replace(/\.$/, ''), b[0]!.replace(/\.$/, '')];
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/**
 * How well a document entity fits a canonical one: null when they cannot be the same, else a score
 * (more agreeing evidence, higher score).
 */
export function matchScore(entity: EntityContent | ResolvableEntity, candidate: EntityContent): number | null {
  if (entity.type !== candidate.type) return null;
  if (entity.country && candidate.country && entity.country !== candidate.country) return null;
  let score = 0;
  if (entity.country && entity.country === candidate.country) score += 1;
  if (entity.type === 'PERSON') {
    const a = personName(entity.name);
    const b = personName(candidate.name);
    if (!a || !b || a.surname !== b.surname) {
      // A surname-only alias ("Li") may match while the canonical name's surname is elsewhere.
      const names = [candidate.name, ...candidate.aliases].map(nameKey);
      if (!names.includes(nameKey(entity.name))) return null;
      return score + 1;
    }
    if (!givenCompatible(a.given, b.given)) return null;
    const [ra, rb] = [entity.role ? roleHead(entity.role) : null, candidate.role ? roleHead(candidate.role) : null];
    // Different stated roles keep apart people known only by surname.
    if ((a.given.length === 0 || b.given.length === 0) && ra && rb && ra !== rb) return null;
    if (a.given.length > 0 && b.given.length > 0) score += 2;
    if (ra && ra === rb) score += 1;
    return score + 1;
  }
  const mine = new Set([entity.name, ...entity.aliases].map(nameKey));
  const theirs = [candidate.name, ...candidate.aliases].map(nameKey);
  return theirs.some((n) => mine.has(n)) ? score + 1 : null;
}

/** A doc entity as the content of a canonical one (its aliases a sorted set without its name). */
function contentOf(entity: ResolvableEntity): EntityContent {
  const { name, type, aliases, country, actorCode, role } = entity;
  const content = { name, type, aliases: [...aliases], country, actorCode, role };
  return mergeEntities(content, content);
}

function sameEntity(a: CanonicalEntity, b: CanonicalEntity): boolean {
  return a.id === b.id && a.name === b.name && a.type === b.type && a.country === b.country && a.actorCode === b.actorCode && a.role === b.role
    && a.aliases.length === b.aliases.length && a.aliases.every((x, i) => x === b.aliases[i]);
}

/** A canonical entity as one document's resolution builds it: its content so far, the stored ones it takes in. */
interface Cluster {
  content: EntityContent;
  stored: EntityCandidate[];
  /** the cluster this one was merged into */
  into?: Cluster;
}

function find(cluster: Cluster): Cluster {
  while (cluster.into) cluster = cluster.into;
  return cluster;
}

/**
 * Link every entity of the document (a Doc or its query layers) to an existing canonical entity (best match)
 * or a new one. Merges follow the store's merge rule (entity-merge.ts), and ids follow from what a canonical
 * entity is, so the entities of a corpus do not depend on the order its articles were read: an entity that
 * bridges two canonical ones that fit each other ("United Nations", alias UN, between "UN" and "the United
 * Nations") merges them whichever came first, and an entity whose name, country or role changes moves to
 * its new id (`EntityLink.replaces`).
 */
export async function resolveEntities(store: Store, doc: { entities: readonly ResolvableEntity[] }): Promise<EntityLink[]> {
  const keysOf = doc.entities.map((e) => entityKeys(e.type, [e.name, ...e.aliases]));
  // One store lookup for the whole document, every type at once (nothing is written until the article is).
  const asked = new Map<string, Set<string>>();
  doc.entities.forEach((e, i) => {
    const keys = asked.get(e.type) ?? new Set<string>();
    for (const key of keysOf[i]!) keys.add(key);
    asked.set(e.type, keys);
  });
  const storedOfType = new Map<string, EntityCandidate[]>([...asked.keys()].map((type) => [type, []]));
  for (const c of await store.entityCandidates([...asked].map(([type, keys]) => ({ type, keys: [...keys] })))) storedOfType.get(c.type)?.push(c);

  // A stored entity becomes a cluster when first matched by key; clusters linked earlier in this document
  // are candidates for the later entities of their type (only the same type can match).
  const fromStore = new Map<string, Cluster>();
  const linkedOfType = new Map<string, Set<Cluster>>();
  const idOf = (c: Cluster) => c.stored[0]?.id ?? canonicalEntityId(c.content);
  const clusterOf = doc.entities.map((entity, i) => {
    const mine = new Set(keysOf[i]);
    const candidates = new Set([...linkedOfType.get(entity.type) ?? []].map(find));
    for (const c of storedOfType.get(entity.type)!) {
      if (!c.keys.some((k) => mine.has(k))) continue;
      if (!fromStore.has(c.id)) {
        const { id: _, keys: __, ...content } = c;
        fromStore.set(c.id, { content, stored: [c] });
      }
      candidates.add(find(fromStore.get(c.id)!));
    }
    const fits = [...candidates].flatMap((cluster) => {
      const score = matchScore(entity, cluster.content);
      return score === null ? [] : [{ cluster, score, id: idOf(cluster) }];
    }).sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
    const cluster = fits[0]?.cluster ?? { content: contentOf(entity), stored: [] };
    if (fits.length > 0) cluster.content = mergeEntities(cluster.content, contentOf(entity));
    // The others it fits join when they fit the merged entity both ways (two Putins with other first names do not).
    for (const { cluster: other } of fits.slice(1)) {
      if (matchScore(other.content, cluster.content) === null || matchScore(cluster.content, other.content) === null) continue;
      cluster.content = mergeEntities(cluster.content, other.content);
      cluster.stored.push(...other.stored);
      other.into = cluster;
    }
    linkedOfType.set(entity.type, (linkedOfType.get(entity.type) ?? new Set()).add(cluster));
    return cluster;
  });

  // Each cluster's entity once, with the id its final content gives. A stored one that no merge changed,
  // found by every key it has, needs no writing.
  const final = new Map<Cluster, { entity: CanonicalEntity; keys: string[]; replaces: string[]; unchanged: boolean }>();
  for (const cluster of new Set(clusterOf.map(find))) {
    const entity = withCanonicalId(cluster.content);
    const keys = entityKeys(entity.type, [entity.name, ...entity.aliases]);
    const [stored, ...more] = cluster.stored;
    const unchanged = stored !== undefined && more.length === 0 && sameEntity(stored, entity) && keys.every((k) => stored.keys.includes(k));
    final.set(cluster, { entity, keys, replaces: cluster.stored.map((c) => c.id).filter((id) => id !== entity.id), unchanged });
  }
  return doc.entities.map((e, i) => {
    const { entity, keys, replaces, unchanged } = final.get(find(clusterOf[i]!))!;
    return { docEntity: e.id, entity, keys, ...(replaces.length > 0 ? { replaces } : {}), ...(unchanged ? { unchanged } : {}) };
  });
}
