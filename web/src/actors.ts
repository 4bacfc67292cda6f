// An actor as a user types it (a name, an alias, a CAMEO code, an entity id) turned into what the API's
// actor parameters take: an entity id or a code prefix.
import { api, type EntityRow } from './api.ts';

/** What the actor box holds, as the API takes it: an entity id or a code as they are, a name looked up. */
export type Resolved = { state: 'none' } | { state: 'ok'; actor: string; entity?: EntityRow } | { state: 'choose'; choices: EntityRow[] } | { state: 'unknown' };

const looksLikeCode = (v: string) => /^[A-Z]{3}[A-Z0-9]*$/.test(v);

/**
 * An entity id as it is; capitals are a CAMEO code (RUS, USAGOV) unless an entity has them as its very name
 * (NATO, whose code is IGOWSTNAT); anything else a name or alias looked up among the entities, and when
 * several match, the user picks.
 */
export async function resolveActor(value: string): Promise<Resolved> {
  if (!value) return { state: 'none' };
  if (value.startsWith('ent_')) return { state: 'ok', actor: value };
  const found = (await api.entities({ q: value })).items;
  if (looksLikeCode(value)) {
    const named = found.find((e) => e.name === value);
    return named ? { state: 'ok', actor: named.id, entity: named } : { state: 'ok', actor: value };
  }
  const lower = value.toLowerCase();
  const exact = found.filter((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower));
  const pick = exact.length === 1 ? exact[0] : exact.length === 0 && found.length === 1 ? found[0] : undefined;
  if (pick) return { state: 'ok', actor: pick.id, entity: pick };
  return found.length === 0 ? { state: 'unknown' } : { state: 'choose', choices: exact.length > 1 ? exact : found.slice(0, 12) };
}
