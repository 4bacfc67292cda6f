/**
 * One way to name an actor everywhere (CLI flags and API parameters): a CAMEO code (RUS, RUSGOV), a canonical
 * entity id (ent_…), or a name or alias as the corpus knows it (Russia, Moscow, Vladimir Putin). A name resolves
 * to its entity, or to its actor code for a place (a country or a capital acts as its state); a name that
 * stands for several actors is an error that lists them, so the caller picks one.
 */
import { entityLexicons } from '../lexicons/entities/entity-lexicons.ts';
import { StoreQueryError, type Store } from './contract.ts';
import type { EntityRow } from './rows.ts';

/** What a name resolved to: the value the store's actor parameters take, and how to say it. */
export interface ResolvedActor {
  /** a code prefix (RUSGOV) or a canonical entity id (ent_…) */
  value: string;
  label: string;
}

/** An actor name that resolves to nothing, or to several actors; the message lists what the corpus has. */
export class ActorNameError extends StoreQueryError {
  override name = 'ActorNameError';
}

const CODE = /^[A-Z]{3}(?:[A-Z]{3})*$/;
const PLACE_TYPES = new Set(['GPE', 'LOC']);

function describe(e: EntityRow): string {
  return `${e.name} (${[e.type, e.country, e.actorCode && e.actorCode !== e.country ? e.actorCode : null].filter(Boolean).join(' ')}, ${e.mentions} mentions) ${e.id}`;
}

/** The actor a place or organisation entity stands for in events: a place with a code acts as that code. */
function actorOf(e: EntityRow): ResolvedActor {
  return PLACE_TYPES.has(e.type) && e.actorCode ? { value: e.actorCode, label: `${e.name} = ${e.actorCode}` } : { value: e.id, label: `${e.name} (${e.id})` };
}

async function suggestions(store: Store, text: string): Promise<string> {
  const near = (await store.listEntities({ q: text, limit: 5 })).items;
  return near.length > 0 ? `; did you mean: ${near.map(describe).join('; ')}` : '; `newsgraph entities NAME` lists the names the corpus knows';
}

async function byId(store: Store, id: string): Promise<EntityRow> {
  const entity = await store.getEntity(id);
  if (!entity) throw new ActorNameError(`no entity with id ${id}; \`newsgraph entities NAME\` lists them`);
  return entity;
}

/** Entities named exactly so (name or alias, any case), most mentioned first. */
async function named(store: Store, name: string): Promise<EntityRow[]> {
  return (await store.listEntities({ name, limit: 20 })).items;
}

/** Resolve an actor of events (either side of a dyad): a code, an entity id, or a name. */
export async function resolveActor(store: Store, text: string): Promise<ResolvedActor> {
  const value = text.trim();
  if (value.startsWith('ent_')) return actorOf(await byId(store, value));
  if (CODE.test(value)) return { value, label: value };
  const candidates = await named(store, value);
  const actors = new Map(candidates.map((e) => [actorOf(e).value, e]));
  if (actors.size === 1) return actorOf(candidates[0]!);
  if (actors.size > 1) {
    throw new ActorNameError(`"${value}" names ${actors.size} actors: ${[...actors.values()].map(describe).join('; ')}; give one of their ids or codes`);
  }
  // Not in the corpus under that name: a country, capital or demonym the gazetteer knows acts as its country.
  const place = entityLexicons().places.get(value.toUpperCase().replace(/\s+/g, ' '));
  if (place) return { value: place.country, label: `${value} = ${place.country}` };
  if (/^[a-z]{3}(?:[a-z]{3})*$/i.test(value)) return { value: value.toUpperCase(), label: value.toUpperCase() };
  throw new ActorNameError(`no actor named "${value}" in the corpus${await suggestions(store, value)}`);
}

/**
 * Resolve a speaker, or an entity quotes are about: an entity id, or a name. A name shared by several entities
 * is an error; a name no entity has stays a name (quotes whose speaker is written so still match).
 */
export async function resolveEntityName(store: Store, text: string): Promise<ResolvedActor> {
  const value = text.trim();
  if (value.startsWith('ent_')) {
    const e = await byId(store, value);
    return { value, label: `${e.name} (${e.id})` };
  }
  if (CODE.test(value)) {
    throw new ActorNameError(`${value} is an actor code; quotes are searched by person or organisation: give a name or an entity id`);
  }
  const candidates = await named(store, value);
  if (candidates.length > 1) {
    throw new ActorNameError(`"${value}" names ${candidates.length} entities: ${candidates.map(describe).join('; ')}; give one of their ids`);
  }
  // The name itself, not the id: the store then also matches quotes whose speaker is written so but not linked.
  const [one] = candidates;
  return { value, label: one ? `${one.name} (${one.id})` : value };
}
