import type { ActorCode, EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';

/**
 * The Phoenix code of a name at a date: among the entries valid on `date` (valid_from ≤ date ≤ valid_to,
 * open ends allowed) the most recently started; with no date, the entry that started last (undated
 * entries count as oldest).
 */
export function actorCodeAt(codes: readonly ActorCode[], date: string | null): string | null {
  const valid = date ? codes.filter((c) => (!c.from || c.from <= date) && (!c.to || date <= c.to)) : codes;
  let best: ActorCode | null = null;
  for (const c of valid) if (!best || (c.from ?? '') > (best.from ?? '')) best = c;
  return best?.code ?? null;
}

/** Phoenix actor code of a name (any case) at a date, or null when the dictionary does not know it then. */
export function dictionaryCode(name: string, date: string | null, lexicons: EntityLexicons): string | null {
  const entry = lexicons.actors.get(name.toUpperCase().replace(/\s+/g, ' ').trim());
  return entry ? actorCodeAt(entry.codes, date) : null;
}

/** The country block of an actor code ("RUSGOV" → "RUS"), when it is a country (not IGO, NGO…). */
export function countryOfCode(code: string | null, lexicons: EntityLexicons): string | null {
  const head = code?.slice(0, 3) ?? null;
  return head && lexicons.countryNames.has(head) ? head : null;
}

export function dictionaryCountry(name: string, date: string | null, lexicons: EntityLexicons): string | null {
  return countryOfCode(dictionaryCode(name, date, lexicons), lexicons);
}
