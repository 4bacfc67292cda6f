/**
 * Cross-document entity resolution: each document entity is linked to one canonical entity of the corpus.
 * "Putin", "Vladimir Putin" and "President Putin" in different articles become one; two people who share a
 * surname stay apart when their first names, countries or stated roles disagree.
 */
import { createHash } from 'node:crypto';
import type { Entity } from '../model/index.ts';
import type { EntityCandidate, EntityLink, Store } from '../store/contract.ts';
import type { CanonicalEntity } from '../store/rows.ts';

// Titles and honorifics that precede a person's name and are not part of it.
const TITLES = new Set(['president', 'prime', 'minister', 'mr', 'mrs', 'ms', 'dr', 'sir', 'general', 'gen', 'senator', 'sen', 'rep',
  'governor', 'gov', 'king', 'queen', 'prince', 'princess', 'chancellor', 'premier', 'secretary', 'chairman', 'professor', 'prof',
  'foreign', 'defense', 'defence', 'vice', 'former', 'pope', 'judge', 'mayor', 'ambassador', 'colonel', 'col', 'lt', 'captain', 'adm', 'admiral']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * A pure function of a string, remembered: the same names recur across thousands of articles and folding
 * them is most of resolution's time. Bounded by clearing when full. Results are shared: do not mutate them.
 */
function remembered<T>(fn: (text: string) => T, max = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    const value = fn(text);
    if (cache.size >= max) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** What resolution reads of a doc entity. */
export type ResolvableEntity = Pick<Entity, 'id' | 'name' | 'type' | 'aliases' | 'country' | 'actorCode' | 'role'>;

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A person's name as given names and surname, titles and suffixes dropped (shared result: read only). */
export const personName = remembered((name: string): { given: string[]; surname: string } | null => {
  const words = fold(name).match(/[\p{L}\p{N}'-]+/gu)?.map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean) ?? [];
  while (words.length > 1 && TITLES.has(words[0]!.replace(/\.$/, ''))) words.shift();
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!)) words.pop();
  if (words.length === 0) return null;
  return { given: words.slice(0, -1), surname: words[words.length - 1]! };
});

/** Key of a non-person name: folded, "the" and punctuation dropped. */
export const nameKey = remembered((name: string): string => fold(name).replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim());

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

/** The first word of a role, folded: "President", "Russian President" → president (country adjectives aside). */
const roleHead = remembered((role: string): string | null => {
  const words = fold(role).match(/\p{L}+/gu) ?? [];
  return words.find((w) => TITLES.has(w) || w.length > 3) ?? null;
});

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
export function matchScore(entity: ResolvableEntity, candidate: CanonicalEntity): number | null {
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

function merge(canonical: CanonicalEntity, entity: ResolvableEntity): CanonicalEntity {
  // The fullest name wins: "Vladimir Putin" over "Putin" and over "President Putin" (titles do not count).
  const given = (n: string) => personName(n)?.given.length ?? 0;
  const fuller = entity.type === 'PERSON' && given(entity.name) > given(canonical.name);
  const name = fuller ? entity.name : canonical.name;
  const aliases = [...new Set([canonical.name, ...canonical.aliases, entity.name, ...entity.aliases])].filter((n) => n !== name).sort();
  return {
    ...canonical, name, aliases,
    country: canonical.country ?? entity.country, actorCode: entity.actorCode ?? canonical.actorCode, role: canonical.role ?? entity.role,
  };
}

function newCanonical(entity: ResolvableEntity, articleId: string): CanonicalEntity {
  const id = `ent_${createHash('sha256').update(`${entity.type}\u0000${entity.name}\u0000${entity.country ?? ''}\u0000${articleId}`).digest('hex').slice(0, 16)}`;
  return {
    id, name: entity.name, type: entity.type, country: entity.country, actorCode: entity.actorCode, role: entity.role,
    aliases: [...new Set(entity.aliases)].filter((a) => a !== entity.name).sort(),
  };
}

function sameEntity(a: CanonicalEntity, b: CanonicalEntity): boolean {
  return a.name === b.name && a.type === b.type && a.country === b.country && a.actorCode === b.actorCode && a.role === b.role
    && a.aliases.length === b.aliases.length && a.aliases.every((x, i) => x === b.aliases[i]);
}

/** Link every entity of the document (a Doc or its query layers) to an existing canonical entity (best match) or a new one. */
export async function resolveEntities(store: Store, doc: { entities: readonly ResolvableEntity[] }, articleId: string): Promise<EntityLink[]> {
  const keysOf = doc.entities.map((e) => entityKeys(e.type, [e.name, ...e.aliases]));
  // One store lookup per entity type for the whole document (nothing is written until the article is).
  const asked = new Map<string, Set<string>>();
  doc.entities.forEach((e, i) => {
    const keys = asked.get(e.type) ?? new Set<string>();
    for (const key of keysOf[i]!) keys.add(key);
    asked.set(e.type, keys);
  });
  const storedOfType = new Map<string, EntityCandidate[]>();
  for (const [type, keys] of asked) storedOfType.set(type, keys.size > 0 ? await store.entityCandidates(type, [...keys]) : []);
  // Candidates as canonical entities (what merges copy), their stored keys kept apart.
  const storedKeys = new Map<string, string[]>();
  const asCanonical = new Map<EntityCandidate, CanonicalEntity>();
  for (const c of [...storedOfType.values()].flat()) {
    const { keys, ...entity } = c;
    storedKeys.set(c.id, keys);
    asCanonical.set(c, entity);
  }

  const links: EntityLink[] = [];
  // Entities linked earlier in this document are candidates too (not stored yet); only the same type can match.
  const local = new Map<string, CanonicalEntity>();
  const localOfType = new Map<string, Set<string>>();
  const stored = new Map<string, CanonicalEntity>();
  doc.entities.forEach((entity, i) => {
    const mine = new Set(keysOf[i]);
    const candidates = new Map<string, CanonicalEntity>();
    for (const c of storedOfType.get(entity.type)!) {
      if (!c.keys.some((k) => mine.has(k))) continue;
      const canonical = asCanonical.get(c)!;
      stored.set(c.id, canonical);
      candidates.set(c.id, local.get(c.id) ?? canonical);
    }
    for (const id of localOfType.get(entity.type) ?? []) candidates.set(id, local.get(id)!);
    let best: { candidate: CanonicalEntity; score: number } | null = null;
    for (const candidate of candidates.values()) {
      const score = matchScore(entity, candidate);
      if (score !== null && (!best || score > best.score || (score === best.score && candidate.id < best.candidate.id))) best = { candidate, score };
    }
    const canonical = best ? merge(best.candidate, entity) : newCanonical(entity, articleId);
    local.set(canonical.id, canonical);
    localOfType.set(canonical.type, (localOfType.get(canonical.type) ?? new Set()).add(canonical.id));
    links.push({ docEntity: entity.id, entity: canonical, keys: entityKeys(canonical.type, [canonical.name, ...canonical.aliases]) });
  });
  // A canonical entity matched twice in one document keeps the last merge for every link. A stored one that
  // no merge changed, found by every key it has, needs no writing.
  return links.map((l) => {
    const entity = local.get(l.entity.id)!;
    const before = stored.get(entity.id);
    const unchanged = before !== undefined && sameEntity(before, entity) && l.keys.every((k) => storedKeys.get(entity.id)!.includes(k));
    return { ...l, entity, ...(unchanged ? { unchanged } : {}) };
  });
}
