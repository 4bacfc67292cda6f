import { z } from 'zod';
import { once, readLexicon } from '../load.ts';
import { entityLexicons, newsAgents } from './entity-lexicons.ts';

const words = z.array(z.string());
const ActorWordsSchema = z.object({ about: z.string(), describers: words, followers: words, currencies: words, pastimes: words, controllers: words, gatherings: words, voicings: words });
const PlaceReadingsSchema = z.object({
  about: z.string(),
  historic: z.array(z.object({ places: words, then: z.string().length(3), until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), era: words })),
  ambiguous: z.array(z.object({ place: z.string(), countries: z.array(z.string().length(3)).min(2) })),
});
export type PlaceReadings = z.infer<typeof PlaceReadingsSchema>;
const NameSpellingsSchema = z.object({ about: z.string(), swaps: z.array(z.tuple([z.string().regex(/^[A-Z]+$/), z.string().regex(/^[A-Z]+$/)])) });
const SeatsSchema = z.object({ about: z.string(), capitals: z.record(z.string(), z.string().length(3)), seats: z.record(z.string(), z.string().regex(/^[A-Z]{6,}$/)) });

/** Agent phrases this long at most are read after a name ("Russian senior officials"); longer ones are titles. */
const MAX_AGENT_WORDS = 3;

/** What the link stage reads actors with, besides the entity lexicons. */
export interface ActorLexicons {
  /** agent noun phrase (lower case, at most three words) → CAMEO role suffix: the Phoenix agents, then common news nouns */
  agents: Map<string, string>;
  /** capitalised words that describe an agent rather than name its organisation ("Moslem demonstrators") */
  describers: Set<string>;
  /** money nouns ("dollars", "yuan"): a name right before one names a currency, no political actor */
  currencies: Set<string>;
  /** heads of sport, arts and leisure groups: a country word before them names no political actor */
  pastimes: Set<string>;
  /** nouns for people named by whom they follow ("supporters of X"): they are X's country, not X */
  followers: Set<string>;
  /** verbs whose object is the agent of the infinitive after it ("asked Beijing to handle it") */
  controllers: Set<string>;
  /** verbs of protesters coming together ("gathered", "massed"): the place they gather in is theirs */
  gatherings: Set<string>;
  /** verbs of stating a stance on someone's behalf ("expressed Kuwait's condemnation"): the possessor's country is the speaker's */
  voicings: Set<string>;
  /** places read as a former state in old stories, and names several countries share */
  places: PlaceReadings;
  /** region names and demonyms (upper case) → CAMEO region code: "EUROPEAN" → EUR */
  regions: Map<string, string>;
  /** capitals (upper case) → the country whose government they stand for when they act or speak */
  capitals: Map<string, string>;
  /** buildings and offices named for a government ("KREMLIN", "CHEONG WA DAE") → its actor code */
  seats: Map<string, string>;
  /** letter groups (upper case) that romanisations of one name write differently, each pair read both ways ("O", "U": Mohammad, Muhammad) */
  spellings: readonly (readonly [string, string])[];
}

/** Load (once per process) the actor lexicons shipped beside this file. */
export const loadActorLexicons = once((): ActorLexicons => {
  const w = readLexicon('entities/actor-words.json', ActorWordsSchema);
  const agents = new Map<string, string>();
  // One agent table: the Phoenix titles the entity lexicons hold, in the forms a sentence's words take.
  for (const [phrase, role] of entityLexicons().agents) {
    const lower = phrase.toLowerCase();
    if (lower.split(' ').length <= MAX_AGENT_WORDS && /^[a-z' -]+$/.test(lower) && !agents.has(lower)) agents.set(lower, role);
  }
  for (const [phrase, role] of Object.entries(newsAgents())) if (!agents.has(phrase)) agents.set(phrase, role);
  const seats = readLexicon('entities/government-seats.json', SeatsSchema);
  return {
    agents,
    capitals: new Map(Object.entries(seats.capitals)),
    seats: new Map(Object.entries(seats.seats)),
    describers: new Set(w.describers),
    currencies: new Set(w.currencies),
    pastimes: new Set(w.pastimes),
    followers: new Set(w.followers),
    controllers: new Set(w.controllers),
    gatherings: new Set(w.gatherings),
    voicings: new Set(w.voicings),
    places: readLexicon('entities/place-readings.json', PlaceReadingsSchema),
    spellings: readLexicon('entities/name-spellings.json', NameSpellingsSchema).swaps,
    regions: new Map(Object.entries(readLexicon('entities/regions.json', z.record(z.string(), z.string().length(3)), 'rebuild it with node --import tsx scripts/build-event-lexicons.ts'))),
  };
});
