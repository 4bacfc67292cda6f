import { z } from 'zod';
import { BuiltParts, KeyTable } from '../key-table.ts';
import { loadNameHeads } from './name-heads.ts';
import { builtIndexFile, once, parseLexicon, readBuiltIndex, readLexicon, readLexiconBytes } from '../load.ts';

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

/** Phoenix actors by phrase: a Map read from actors.json, or the ActorTable of the build's index of it. */
export interface ActorLookup extends Iterable<[string, ActorEntry]> {
  readonly size: number;
  get(phrase: string): ActorEntry | undefined;
}

/** The entity lexicons, keyed by upper-cased phrase (tokens joined by single spaces). */
export interface EntityLexicons {
  /** Country, demonym or place → ISO-3 country. A phrase that names several keeps the first kind found. */
  places: Map<string, PlaceEntry>;
  countryNames: Map<string, string>;
  /** The ISO-3 codes of the UN's member states. */
  unMembers: Set<string>;
  actors: ActorLookup;
  /**
   * A word of persons' dictionary names → the persons whose name ends with it ("REAGAN": RONALD REAGAN…)
   * and those whose name starts with it ("KIM": KIM JONG IL…, a family name written first).
   */
  surnames: PersonsByWord;
  /** Title or agent noun ("DEFENSE MINISTER") → CAMEO role code ("GOV", "GOVMIL"). */
  agents: Map<string, string>;
}

/** What PersonsByWord asks of its words: a Map made here, or the KeyTable of the build's index. */
interface WordNumbers {
  get(word: string): number | undefined;
  has(word: string): boolean;
}

/**
 * Persons of several words by the first and the last word of their dictionary name. Lists of numbers, not
 * an object and two arrays per word: 40,000 words' worth of those were 7 MB of heap that every full garbage
 * collection walked, for a lookup made once per surname a process meets (actor-codes.ts keeps its outcome).
 * Made from the actors (`of`), or read with them from the build's index (readActorIndex).
 */
export class PersonsByWord {
  /**
   * `words`: word → its number k; its persons are at `lists[starts[k] …]`, those it ends first (`lasts[k]` of them),
   * then those it starts; a person is the number of its actor (`rows`), the actor `entry` gives.
   */
  constructor(
    readonly words: WordNumbers,
    readonly starts: Int32Array,
    readonly lasts: Int32Array,
    readonly lists: Int32Array,
    readonly rows: Int32Array,
    private readonly entry: (row: number) => ActorEntry,
  ) {}

  /** The persons of `actors` (in their order: an actor's row is its place in it), with their words in order met. */
  static of(actors: ActorLookup): PersonsByWord {
    const words = new Map<string, number>();
    const entries: ActorEntry[] = [];
    const rows: number[] = [];
    const lastOf: number[] = [];
    const firstOf: number[] = [];
    const number = (word: string) => words.get(word) ?? words.set(word, words.size).get(word)!;
    // First and last word by index, not split: 22,000 arrays of words cost more than the rest of this loop.
    for (const [phrase, entry] of actors) {
      entries.push(entry);
      const space = phrase.indexOf(' ');
      if (entry.kind !== 'person' || space < 0) continue;
      rows.push(entries.length - 1);
      lastOf.push(number(phrase.slice(phrase.lastIndexOf(' ') + 1)));
      firstOf.push(number(phrase.slice(0, space)));
    }
    // Counting sort by word, persons in dictionary order within each list.
    const n = words.size;
    const lastCount = new Int32Array(n);
    const firstCount = new Int32Array(n);
    for (const k of lastOf) lastCount[k]!++;
    for (const k of firstOf) firstCount[k]!++;
    const starts = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) starts[k + 1] = starts[k]! + lastCount[k]! + firstCount[k]!;
    const lists = new Int32Array(starts[n]!);
    const next = starts.slice(0, n);
    for (let p = 0; p < lastOf.length; p++) lists[next[lastOf[p]!]!++] = p;
    for (let p = 0; p < firstOf.length; p++) lists[next[firstOf[p]!]!++] = p;
    return new PersonsByWord(words, starts, lastCount, lists, Int32Array.from(rows), (row) => entries[row]!);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The persons whose name ends with `word` (`last`) and those whose name starts with it (`first`), in dictionary order. */
  get(word: string): { last: ActorEntry[]; first: ActorEntry[] } | undefined {
    const k = this.words.get(word);
    if (k === undefined) return undefined;
    const from = this.starts[k]!;
    const persons = [...this.lists.subarray(from, this.starts[k + 1]!)].map((p) => this.entry(this.rows[p]!));
    return { last: persons.slice(0, this.lasts[k]!), first: persons.slice(this.lasts[k]!) };
  }
}

const REBUILD = 'rebuild it with node --import tsx scripts/build-entity-lexicons.ts';
const readJson = <S extends z.ZodType>(name: string, schema: S): z.infer<S> => readLexicon(`entities/${name}`, schema, REBUILD);

/** actors.json's rows as a Map by phrase, in the file's order. Actors with the same dated code share its (read-only) object. */
function actorMap(file: z.infer<typeof ActorsSchema>): Map<string, ActorEntry> {
  const actors = new Map<string, ActorEntry>();
  const codes = file.codes.map(([code, from, to]): ActorCode => ({ code, from, to }));
  for (const row of file.actors) {
    const tab = row.indexOf('\t');
    const codesAt = row.slice(tab + 3).split(' ');
    actors.set(row.slice(0, tab), { kind: row[tab + 1] === 'P' ? 'person' : 'org', codes: codesAt.map((i) => codes[Number(i)]!) });
  }
  return actors;
}

/**
 * The actors of the build's index of actors.json: phrases in a KeyTable (phrase → row), each row's kind and codes
 * in typed arrays, an entry made the first time its phrase is asked for and kept (as are the codes, shared among
 * entries as actorMap shares them). Filling a Map of 30,000 entries and the persons' lists took some 60 ms of a
 * worker's start and 100,000 objects more on the heap; a story asks for a few hundred phrases.
 */
export class ActorTable implements ActorLookup {
  private readonly entries = new Map<number, ActorEntry>();
  private readonly codeObjects: (ActorCode | undefined)[] = [];
  /**
   * `phrases`: phrase → its row; row r is a person when persons[r] is 1, its codes are the numbers codeList[codeStarts[r]
   * …codeStarts[r + 1]) of `codes`, whose keys are "CODE<TAB>FROM<TAB>TO" (empty when open).
   */
  constructor(
    private readonly phrases: KeyTable,
    private readonly persons: Int32Array,
    private readonly codeStarts: Int32Array,
    private readonly codeList: Int32Array,
    private readonly codes: KeyTable,
  ) {}

  get size(): number {
    return this.phrases.size;
  }

  get(phrase: string): ActorEntry | undefined {
    const row = this.phrases.get(phrase);
    return row === undefined ? undefined : this.entry(row);
  }

  /** The entry of row `row`. */
  entry(row: number): ActorEntry {
    let entry = this.entries.get(row);
    if (!entry) {
      const codes: ActorCode[] = [];
      for (let i = this.codeStarts[row]!; i < this.codeStarts[row + 1]!; i++) codes.push(this.code(this.codeList[i]!));
      entry = { kind: this.persons[row] === 1 ? 'person' : 'org', codes };
      this.entries.set(row, entry);
    }
    return entry;
  }

  private code(k: number): ActorCode {
    let code = this.codeObjects[k];
    if (!code) {
      const [name, from, to] = this.codes.keyAt(k).split('\t') as [string, string, string];
      code = { code: name, from: from || null, to: to || null };
      this.codeObjects[k] = code;
    }
    return code;
  }

  *[Symbol.iterator](): IterableIterator<[string, ActorEntry]> {
    for (let row = 0; row < this.size; row++) yield [this.phrases.keyAt(row), this.entry(row)];
  }
}

/** The built index's format (see readBuiltIndex): bumped whenever KeyTable's hashing or layout, or this file's, change. */
const INDEX_FORMAT = 0x41430001;
/** Where the build writes the index of actors.json (scripts/build-dist.ts): beside this module in dist/; src/ has none. */
export const ACTORS_INDEX = new URL('./actors.index', import.meta.url);
const ACTORS_FILE = 'actors.json';

/** The file the build writes for actors.json's `bytes` (ACTORS_INDEX): the ActorTable's parts, then the PersonsByWord's. */
export function actorsIndexFile(bytes: Uint8Array): Buffer {
  const file = JSON.parse(Buffer.from(bytes).toString('utf8')) as z.infer<typeof ActorsSchema>;
  const actors = actorMap(file);
  const codeKey = ({ code, from, to }: ActorCode) => `${code}\t${from ?? ''}\t${to ?? ''}`;
  // Each distinct dated code once, numbered in order met.
  const codeNumbers = new Map<string, number>();
  const codeStarts = [0];
  const codeList: number[] = [];
  for (const entry of actors.values()) {
    for (const code of entry.codes) {
      const key = codeKey(code);
      if (!codeNumbers.has(key)) codeNumbers.set(key, codeNumbers.size);
      codeList.push(codeNumbers.get(key)!);
    }
    codeStarts.push(codeList.length);
  }
  const persons = PersonsByWord.of(actors);
  const parts = new BuiltParts()
    .add(KeyTable.from([...actors.keys()].map((phrase, row) => [phrase, row] as const)))
    .add(Int32Array.from(actors.values(), (entry) => (entry.kind === 'person' ? 1 : 0)))
    .add(Int32Array.from(codeStarts))
    .add(Int32Array.from(codeList))
    .add(KeyTable.from(codeNumbers))
    .add(KeyTable.from([...(persons.words as Map<string, number>)]))
    .add(persons.starts)
    .add(persons.lasts)
    .add(persons.lists)
    .add(persons.rows);
  return builtIndexFile(INDEX_FORMAT, bytes, parts.encode());
}

/** The actors and persons of the index `indexFile` holds for actors.json's `bytes`, or null when it holds none for them. */
function readActorIndex(bytes: Uint8Array, indexFile: string | URL): { actors: ActorTable; surnames: PersonsByWord } | null {
  const built = readBuiltIndex(indexFile, INDEX_FORMAT, bytes);
  if (!built) return null;
  const parts = new BuiltParts(built);
  const [phrases, persons, codeStarts, codeList, codes, words, starts, lasts, lists, rows] = [
    parts.table(), parts.array(), parts.array(), parts.array(), parts.table(), parts.table(), parts.array(), parts.array(), parts.array(), parts.array(),
  ];
  if (!phrases || !persons || !codeStarts || !codeList || !codes || !words || !starts || !lasts || !lists || !rows || !parts.done) return null;
  if (persons.length !== phrases.size || codeStarts.length !== phrases.size + 1 || starts.length !== words.size + 1 || lasts.length !== words.size) return null;
  const actors = new ActorTable(phrases, persons, codeStarts, codeList, codes);
  return { actors, surnames: new PersonsByWord(words, starts, lasts, lists, rows, (row) => actors.entry(row)) };
}

/**
 * The Phoenix actors and the persons by word of their names: from the build's index of actors.json when there is one
 * for its bytes, else from the JSON (a checkout run from src/). Both answer every lookup alike.
 */
export function readActors(indexFile: string | URL = ACTORS_INDEX): { actors: ActorLookup; surnames: PersonsByWord } {
  const bytes = readLexiconBytes(`entities/${ACTORS_FILE}`, ActorsSchema, REBUILD);
  const built = readActorIndex(bytes, indexFile);
  if (built) return built;
  const actors = actorMap(parseLexicon(`entities/${ACTORS_FILE}`, bytes, REBUILD));
  return { actors, surnames: PersonsByWord.of(actors) };
}

const NewsAgentsSchema = z.object({ about: z.string(), governmentRoles: z.array(z.string().regex(/^[A-Z]{3}$/)), ministerialWords: z.array(z.string().regex(/^[A-Z]+$/)), agents: z.record(z.string(), z.string()) });

/** Agent nouns common in news (lower case) → CAMEO role code: news-agents.json, by hand. */
const newsAgentTable = once(() => readLexicon('entities/news-agents.json', NewsAgentsSchema));
export const newsAgents = (): Record<string, string> => newsAgentTable().agents;

/** The role code of a government's agents. */
const GOVERNMENT = 'GOV';

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
  const { actors, surnames } = readActors();
  const agents = new Map(readJson('agents.json', AgentsSchema).agents);
  // Ministers, ministries and their officials are GOV with only the sub-roles the house keeps (a defence minister
  // GOVMIL): wire coders write a minister of agriculture or planning GOV, where Phoenix has GOVAGR, GOVDEV.
  const { governmentRoles, ministerialWords } = newsAgentTable();
  const kept = new Set(governmentRoles);
  const ministerial = new Set(ministerialWords);
  for (const [phrase, role] of agents) {
    if (role.length <= GOVERNMENT.length || !role.startsWith(GOVERNMENT) || kept.has(role.slice(GOVERNMENT.length))) continue;
    if (phrase.split(/[\s,]+/).some((word) => ministerial.has(word))) agents.set(phrase, GOVERNMENT);
  }
  // The hand table states the house convention where Phoenix differs (spokesmen of a government are GOV, not MED).
  for (const [phrase, role] of Object.entries(newsAgents())) {
    const key = phrase.toUpperCase();
    if (agents.has(key)) agents.set(key, role);
  }
  // Titles of office Phoenix lacks ("Emir"): the honorifics' list, the one place that knows titles before names.
  for (const [title, role] of loadNameHeads().offices) if (!agents.has(title)) agents.set(title, role);
  const unMembers = new Set(countries.filter((c) => c.unMember).map((c) => c.code));
  return { places, countryNames, unMembers, actors, surnames, agents };
});
