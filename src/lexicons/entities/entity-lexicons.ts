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
  surnames: PersonsByWord;
  /** Title or agent noun ("DEFENSE MINISTER") → CAMEO role code ("GOV", "GOVMIL"). */
  agents: Map<string, string>;
}

/**
 * Persons of several words by the first and the last word of their dictionary name. Lists of numbers, not
 * an object and two arrays per word: 40,000 words' worth of those were 7 MB of heap that every full garbage
 * collection walked, for a lookup made once per surname a process meets (actor-codes.ts keeps its outcome).
 */
export class PersonsByWord {
  readonly #persons: ActorEntry[] = [];
  /** word → its number k; its persons are at `#lists[#starts[k] …]`, those it ends first, then those it starts */
  readonly #words = new Map<string, number>();
  readonly #starts: Int32Array;
  readonly #lasts: Int32Array;
  readonly #lists: Int32Array;

  constructor(actors: ReadonlyMap<string, ActorEntry>) {
    const lastOf: number[] = [];
    const firstOf: number[] = [];
    const number = (word: string) => this.#words.get(word) ?? this.#words.set(word, this.#words.size).get(word)!;
    // First and last word by index, not split: 22,000 arrays of words cost more than the rest of this loop.
    for (const [phrase, entry] of actors) {
      const space = phrase.indexOf(' ');
      if (entry.kind !== 'person' || space < 0) continue;
      this.#persons.push(entry);
      lastOf.push(number(phrase.slice(phrase.lastIndexOf(' ') + 1)));
      firstOf.push(number(phrase.slice(0, space)));
    }
    // Counting sort by word, persons in dictionary order within each list.
    const n = this.#words.size;
    const lastCount = new Int32Array(n);
    const firstCount = new Int32Array(n);
    for (const k of lastOf) lastCount[k]!++;
    for (const k of firstOf) firstCount[k]!++;
    this.#starts = new Int32Array(n + 1);
    this.#lasts = lastCount;
    for (let k = 0; k < n; k++) this.#starts[k + 1] = this.#starts[k]! + lastCount[k]! + firstCount[k]!;
    this.#lists = new Int32Array(this.#starts[n]!);
    const next = this.#starts.slice(0, n);
    for (let p = 0; p < lastOf.length; p++) this.#lists[next[lastOf[p]!]!++] = p;
    for (let p = 0; p < firstOf.length; p++) this.#lists[next[firstOf[p]!]!++] = p;
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }

  /** The persons whose name ends with `word` (`last`) and those whose name starts with it (`first`), in dictionary order. */
  get(word: string): { last: ActorEntry[]; first: ActorEntry[] } | undefined {
    const k = this.#words.get(word);
    if (k === undefined) return undefined;
    const from = this.#starts[k]!;
    const persons = [...this.#lists.subarray(from, this.#starts[k + 1]!)].map((p) => this.#persons[p]!);
    return { last: persons.slice(0, this.#lasts[k]!), first: persons.slice(this.#lasts[k]!) };
  }
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
  const surnames = new PersonsByWord(actors);
  const agents = new Map(readJson('agents.json', AgentsSchema).agents);
  return { places, countryNames, actors, surnames, agents };
});
