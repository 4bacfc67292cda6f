import { z } from 'zod';
import { once, readLexicon } from '../load.ts';

/** Where a file's entries come from, and their licence. */
const Source = z.string();
const PlacesSchema = z.object({
  source: Source,
  countries: z.array(
    z.object({
      code: z.string().length(3),
      name: z.string(),
      unMember: z.boolean(),
      names: z.array(z.string()),
      demonyms: z.array(z.string()),
      places: z.array(z.string()),
    }),
  ),
});
const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();
/** Each distinct dated code once; an actor is "PHRASE<TAB>P|O<TAB>indices of its codes", space-separated. */
const ActorsSchema = z.object({
  source: Source,
  codes: z.array(z.tuple([z.string(), DateSchema, DateSchema])),
  actors: z.array(z.string().regex(/^[^\t]+\t[PO]\t\d+( \d+)*$/)),
});
const AgentsSchema = z.object({ source: Source, agents: z.array(z.tuple([z.string(), z.string()])) });

export type PlaceKind = 'country' | 'demonym' | 'place';
export interface PlaceEntry {
  country: string;
  kind: PlaceKind;
}
/** One dated code of a Phoenix actor: valid from/to (ISO dates, inclusive) when the dictionary restricts it. */
export interface ActorCode {
  code: string;
  from: string | null;
  to: string | null;
}
export interface ActorEntry {
  kind: 'person' | 'org';
  codes: ActorCode[];
}

/** The entity lexicons, keyed by upper-cased phrase (tokens joined by single spaces). */
export interface EntityLexicons {
  /** Country, demonym or place → ISO-3 country. A phrase that names several keeps the first kind found. */
  places: Map<string, PlaceEntry>;
  countryNames: Map<string, string>;
  actors: Map<string, ActorEntry>;
  /**
   * A word of persons' dictionary names → the persons whose name ends with it ("REAGAN": RONALD REAGAN…)
   * and those whose name starts with it ("KIM": KIM JONG IL…, a family name written first).
   */
  surnames: Map<string, { last: ActorEntry[]; first: ActorEntry[] }>;
  /** Title or agent noun ("DEFENSE MINISTER") → CAMEO role code ("GOV", "GOVMIL"). */
  agents: Map<string, string>;
}

const REBUILD = 'rebuild it with node --import tsx scripts/build-entity-lexicons.ts';
const readJson = <S extends z.ZodType>(name: string, schema: S): z.infer<S> => readLexicon(`entities/${name}`, schema, REBUILD);

/** Load (once per process) the places, Phoenix actors and agent titles shipped beside this file. */
export const entityLexicons = once((): EntityLexicons => {
  const places = new Map<string, PlaceEntry>();
  const countryNames = new Map<string, string>();
  // UN members first: "French" is France's before it is the French Southern Territories'.
  const countries = readJson('places.json', PlacesSchema).countries.sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of countries) {
    countryNames.set(c.code, c.name);
    // Country names first, so "GEORGIA" the country wins over the US state of the same name.
    for (const [kind, list] of [['country', c.names], ['demonym', c.demonyms]] as const) {
      for (const n of list) if (!places.has(n)) places.set(n, { country: c.code, kind });
    }
  }
  for (const c of countries) {
    for (const n of c.places) if (!places.has(n)) places.set(n, { country: c.code, kind: 'place' });
  }
  const actors = new Map<string, ActorEntry>();
  const file = readJson('actors.json', ActorsSchema);
  // Actors with the same dated code share its (read-only) object.
  const codes = file.codes.map(([code, from, to]): ActorCode => ({ code, from, to }));
  for (const row of file.actors) {
    const tab = row.indexOf('\t');
    const codesAt = row.slice(tab + 3).split(' ');
    actors.set(row.slice(0, tab), { kind: row[tab + 1] === 'P' ? 'person' : 'org', codes: codesAt.map((i) => codes[Number(i)]!) });
  }
  const surnames: EntityLexicons['surnames'] = new Map();
  const named = (word: string) => surnames.get(word) ?? surnames.set(word, { last: [], first: [] }).get(word)!;
  // First and last word by index, not split: 22,000 arrays of words cost more than the rest of this loop.
  for (const [phrase, entry] of actors) {
    const space = phrase.indexOf(' ');
    if (entry.kind !== 'person' || space < 0) continue;
    named(phrase.slice(phrase.lastIndexOf(' ') + 1)).last.push(entry);
    named(phrase.slice(0, space)).first.push(entry);
  }
  const agents = new Map(readJson('agents.json', AgentsSchema).agents);
  return { places, countryNames, actors, surnames, agents };
});
