/**
 * Cross-document entity resolution: each document entity is linked to one canonical entity of the corpus.
 * "Putin", "Vladimir Putin" and "President Putin" in different articles become one; two people who share a
 * surname stay apart when their first names, countries or stated roles disagree.
 */
import { createHash } from 'node:crypto';
import type { Doc, Entity } from '../model/index.ts';
import type { CanonicalEntity, EntityLink, Store } from '../store/contract.ts';

// Titles and honorifics that precede a person's name and are not part of it.
const TITLES = new Set(['president', 'prime', 'minister', 'mr', 'mrs', 'ms', 'dr', 'sir', 'general', 'gen', 'senator', 'sen', 'rep',
  'governor', 'gov', 'king', 'queen', 'prince', 'princess', 'chancellor', 'premier', 'secretary', 'chairman', 'professor', 'prof',
  'foreign', 'defense', 'defence', 'vice', 'former', 'pope', 'judge', 'mayor', 'ambassador', 'colonel', 'col', 'lt', 'captain', 'adm', 'admiral']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A person's name as given names and surname, titles and suffixes dropped. */
export function personName(name: string): { given: string[]; surname: string } | null {
  const words = fold(name).match(/[\p{L}\p{N}'-]+/gu)?.map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean) ?? [];
  while (words.length > 1 && TITLES.has(words[0]!.replace(/\.$/, ''))) words.shift();
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!)) words.pop();
  if (words.length === 0) return null;
  return { given: words.slice(0, -1), surname: words[words.length - 1]! };
}

/** Key of a non-person name: folded, "the" and punctuation dropped. */
export function nameKey(name: string): string {
  return fold(name).replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Lookup keys of an entity's names: surnames for people, normalised names (and acronyms) for the rest. */
export function entityKeys(type: string, names: string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (type === 'PERSON') {
      const person = personName(name);
      if (person) keys.add(person.surname);
    } else {
      const key = nameKey(name);
      if (key) keys.add(key);
      const words = key.split(' ').filter((w) => w.length > 2 || /^[a-z]/.test(w));
      if (words.length >= 2) keys.add(words.map((w) => w[0]).join(''));
    }
  }
  return [...keys].sort();
}

/** The first word of a role, folded: "President", "Russian President" → president (country adjectives aside). */
function roleHead(role: string | null): string | null {
  if (!role) return null;
  const words = fold(role).match(/\p{L}+/gu) ?? [];
  return words.find((w) => TITLES.has(w) || w.length > 3) ?? null;
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
export function matchScore(entity: Entity, candidate: CanonicalEntity): number | null {
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
    const [ra, rb] = [roleHead(entity.role), roleHead(candidate.role)];
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

function merge(canonical: CanonicalEntity, entity: Entity): CanonicalEntity {
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

function newCanonical(entity: Entity, articleId: string): CanonicalEntity {
  const id = `ent_${createHash('sha256').update(`${entity.type}\u0000${entity.name}\u0000${entity.country ?? ''}\u0000${articleId}`).digest('hex').slice(0, 16)}`;
  return {
    id, name: entity.name, type: entity.type, country: entity.country, actorCode: entity.actorCode, role: entity.role,
    aliases: [...new Set(entity.aliases)].filter((a) => a !== entity.name).sort(),
  };
}

/** Link every entity of the document to an existing canonical entity (best match) or a new one. */
export async function resolveEntities(store: Store, doc: Doc, articleId: string): Promise<EntityLink[]> {
  const links: EntityLink[] = [];
  // Entities linked earlier in this document are candidates too (not stored yet).
  const local = new Map<string, CanonicalEntity>();
  for (const entity of doc.entities) {
    const keys = entityKeys(entity.type, [entity.name, ...entity.aliases]);
    const stored = await store.entityCandidates(entity.type, keys);
    const candidates = [...new Map([...stored, ...local.values()].map((c) => [c.id, local.get(c.id) ?? c])).values()];
    let best: { candidate: CanonicalEntity; score: number } | null = null;
    for (const candidate of candidates) {
      const score = matchScore(entity, candidate);
      if (score !== null && (!best || score > best.score || (score === best.score && candidate.id < best.candidate.id))) best = { candidate, score };
    }
    const canonical = best ? merge(best.candidate, entity) : newCanonical(entity, articleId);
    local.set(canonical.id, canonical);
    links.push({ docEntity: entity.id, entity: canonical, keys: entityKeys(canonical.type, [canonical.name, ...canonical.aliases]) });
  }
  // A canonical entity matched twice in one document keeps the last merge for every link.
  return links.map((l) => ({ ...l, entity: local.get(l.entity.id)! }));
}
