import { z } from 'zod';
import { entityLexicons, type EntityLexicons } from '../../../lexicons/entities/entity-lexicons.ts';
import { BuiltParts, KeyTable } from '../../../lexicons/key-table.ts';
import { builtIndexFile, parseLexicon, readBuiltIndex, readLexiconBytes } from '../../../lexicons/load.ts';

/** Gazetteer categories the tagger sees as features (bit flags). */
export const GAZ_CATEGORIES = ['COUNTRY', 'DEMONYM', 'PLACE', 'PERSON', 'ORG'] as const;

/**
 * Phrase lists compiled for matching over token sequences: every phrase is split the way news
 * tokenisers split it ("PEOPLE'S" → "PEOPLE", "'S"), and every prefix is kept so matching stops early.
 */
export interface Gazetteer {
  phrases: PhraseLookup;
  prefixes: KeyLookup;
  maxTokens: number;
  firstNames: KeyLookup;
  lastNames: KeyLookup;
  /** What matching learned of the tokens it met (see startOf): most tokens recur, so most are looked up once. */
  starts: Map<string, number>;
}

/** What the gazetteer asks of its phrases: buildGazetteer's Map or the prebuilt KeyTable. */
export interface PhraseLookup extends Iterable<readonly [string, number]> {
  get(phrase: string): number | undefined;
}
/** What it asks of its prefixes and names: buildGazetteer's Sets or prebuilt KeyTables. */
export interface KeyLookup {
  has(key: string): boolean;
  keys(): Iterable<string>;
}

// A phrase of words separated by single spaces, without brackets, commas, quotes or apostrophes: split on
// the spaces it is already tokenised (most of the 70,000 lexicon phrases; no regular expression to run).
const PLAIN = /^[^\s(),"']+(?: [^\s(),"']+)*$/;

export function phraseTokens(phrase: string): string[] {
  if (PLAIN.test(phrase)) return phrase.split(' ');
  return phrase
    .replace(/([(),"])/g, ' $1 ')
    .replace(/'S\b/gi, " 'S")
    .split(/\s+/)
    .filter(Boolean);
}

export function buildGazetteer(lexicons: EntityLexicons = entityLexicons()): Gazetteer {
  const phrases = new Map<string, number>();
  const prefixes = new Set<string>();
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  let maxTokens = 1;
  const add = (phrase: string, category: (typeof GAZ_CATEGORIES)[number]) => {
    const tokens = phraseTokens(phrase);
    if (tokens.length === 0 || tokens.length > 8) return;
    maxTokens = Math.max(maxTokens, tokens.length);
    const key = tokens.join(' ');
    phrases.set(key, (phrases.get(key) ?? 0) | (1 << GAZ_CATEGORIES.indexOf(category)));
    // Each prefix of whole tokens ends before a space of the key.
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
  };
  for (const [phrase, entry] of lexicons.places) add(phrase, entry.kind === 'country' ? 'COUNTRY' : entry.kind === 'demonym' ? 'DEMONYM' : 'PLACE');
  for (const [phrase, entry] of lexicons.actors) {
    add(phrase, entry.kind === 'person' ? 'PERSON' : 'ORG');
    const tokens = phrase.split(' ');
    // Bare names of persons ("VLADIMIR PUTIN", not "PRESIDENT VLADIMIR PUTIN") give first and last names.
    if (entry.kind === 'person' && tokens.length >= 2 && tokens.length <= 4 && !lexicons.agents.has(tokens[0]!)) {
      if (tokens[0]!.length > 2 && !tokens[0]!.includes('.')) firstNames.add(tokens[0]!);
      lastNames.add(tokens[tokens.length - 1]!);
    }
  }
  return { phrases, prefixes, maxTokens, firstNames, lastNames, starts: new Map() };
}

/** src/lexicons/entities/gazetteer.json: a gazetteer as buildGazetteer makes it, in its maps' order. */
const GazetteerFileSchema = z.object({
  source: z.string(),
  maxTokens: z.number().int().positive(),
  /** [phrase, category bits] */
  phrases: z.array(z.tuple([z.string(), z.number().int().positive()])),
  prefixes: z.array(z.string()),
  firstNames: z.array(z.string()),
  lastNames: z.array(z.string()),
});
export const GAZETTEER_FILE = 'entities/gazetteer.json';
const REBUILD = 'rebuild it with node --import tsx scripts/build-entity-lexicons.ts';

/** The text of gazetteer.json for `gazetteer`, one phrase per line (what scripts/build-entity-lexicons.ts writes). */
export function gazetteerFile(gazetteer: Gazetteer): string {
  const lines = (values: readonly unknown[]) => `[\n${values.map((v) => JSON.stringify(v)).join(',\n')}\n]`;
  return `{"source":"built from places.json, actors.json and agents.json by scripts/build-entity-lexicons.ts (buildGazetteer)","maxTokens":${gazetteer.maxTokens},`
    + `"phrases":${lines([...gazetteer.phrases])},"prefixes":${lines([...gazetteer.prefixes.keys()])},`
    + `"firstNames":${lines([...gazetteer.firstNames.keys()])},"lastNames":${lines([...gazetteer.lastNames.keys()])}}\n`;
}

/** The built index's format (see readBuiltIndex): bumped whenever KeyTable's hashing or layout, or this file's, change. */
const INDEX_FORMAT = 0x475a0001;
/** Where the build writes the gazetteer's tables (scripts/build-dist.ts): beside this module in dist/; src/ has none. */
export const GAZETTEER_INDEX = new URL('./gazetteer.index', import.meta.url);

type GazetteerFile = z.infer<typeof GazetteerFileSchema>;

/** The gazetteer of gazetteer.json's parsed contents, in Maps and Sets: fast to fill, for a checkout without the build's index. */
function gazetteerMaps(file: GazetteerFile): Gazetteer {
  return {
    phrases: new Map(file.phrases),
    prefixes: new Set(file.prefixes),
    maxTokens: file.maxTokens,
    firstNames: new Set(file.firstNames),
    lastNames: new Set(file.lastNames),
    starts: new Map(),
  };
}

/** The file the build writes for gazetteer.json's `bytes` (GAZETTEER_INDEX): maxTokens, then its four tables. */
export function gazetteerIndexFile(bytes: Uint8Array): Buffer {
  const file = JSON.parse(Buffer.from(bytes).toString('utf8')) as GazetteerFile;
  const parts = new BuiltParts().add(Int32Array.of(file.maxTokens)).add(KeyTable.from(file.phrases));
  for (const keys of [file.prefixes, file.firstNames, file.lastNames]) parts.add(KeyTable.ofKeys(keys));
  return builtIndexFile(INDEX_FORMAT, bytes, parts.encode());
}

/**
 * The gazetteer of the shipped lexicons, read prebuilt: building it from them (every phrase tokenised, every
 * prefix cut) cost a fifth of a second at every start. Its tables come from the build's index of gazetteer.json
 * when there is one for these bytes (reading the JSON into Maps and Sets took some 40 ms, and 90,000 strings more
 * for every collection to walk), else from the JSON. Both answer every lookup alike.
 */
export function readGazetteer(indexFile: string | URL = GAZETTEER_INDEX): Gazetteer {
  const bytes = readLexiconBytes(GAZETTEER_FILE, GazetteerFileSchema, REBUILD);
  const built = readBuiltIndex(indexFile, INDEX_FORMAT, bytes);
  if (built) {
    const parts = new BuiltParts(built);
    const [maxTokens, phrases, prefixes, firstNames, lastNames] = [parts.array(), parts.table(), parts.table(), parts.table(), parts.table()];
    if (maxTokens?.length === 1 && phrases && prefixes && firstNames && lastNames && parts.done) {
      return { phrases, prefixes, maxTokens: maxTokens[0]!, firstNames, lastNames, starts: new Map() };
    }
  }
  return gazetteerMaps(parseLexicon(GAZETTEER_FILE, bytes, REBUILD));
}

/**
 * Longest gazetteer matches in a sentence: for each token, the category bits of the match it starts
 * (`begin`) or continues (`inside`). Matches start only at capitalised tokens, so "us" is not "US".
 */
/** Per token, the categories a gazetteer phrase starts (`begin`) or continues (`inside`) there, as bits. */
export interface GazetteerMatch {
  begin: number[];
  inside: number[];
}

// What a token starts (startOf): the category bits of the phrase it is by itself (0 when none), and RUNS_ON
// when a phrase of more tokens starts with it.
const RUNS_ON = 1 << GAZ_CATEGORIES.length;
const PHRASE_BITS = RUNS_ON - 1;

function startOf(gazetteer: Gazetteer, token: string): number {
  let start = gazetteer.starts.get(token);
  if (start === undefined) {
    if (gazetteer.starts.size >= 50_000) gazetteer.starts.clear();
    const key = token.toUpperCase();
    start = (gazetteer.phrases.get(key) ?? 0) | (gazetteer.prefixes.has(key) ? RUNS_ON : 0);
    gazetteer.starts.set(token, start);
  }
  return start;
}

export function matchGazetteer(gazetteer: Gazetteer, tokens: readonly string[]): GazetteerMatch {
  const n = tokens.length;
  // Plain arrays of small integers: a typed array longer than 16 numbers (most sentences) has a buffer of its
  // own outside the heap, costlier to make and to collect than the array, once per sentence.
  const begin = new Array<number>(n).fill(0);
  const inside = new Array<number>(n).fill(0);
  // Upper-cased only where a match runs on: most tokens are not capitalised, most capitalised ones start no phrase.
  const upper: (string | undefined)[] = new Array(n);
  const upperAt = (j: number) => (upper[j] ??= tokens[j]!.toUpperCase());
  for (let i = 0; i < n; ) {
    const first = tokens[i]!.charCodeAt(0);
    if (!(first >= 65 && first <= 90)) {
      i++;
      continue;
    }
    const start = startOf(gazetteer, tokens[i]!);
    let bestLen = start & PHRASE_BITS ? 1 : 0;
    let bestBits = start & PHRASE_BITS;
    if (start & RUNS_ON) {
      let key = upperAt(i);
      for (let len = 1; len < gazetteer.maxTokens && i + len < n; len++) {
        key = `${key} ${upperAt(i + len)}`;
        const bits = gazetteer.phrases.get(key);
        if (bits !== undefined) {
          bestLen = len + 1;
          bestBits = bits;
        }
        if (!gazetteer.prefixes.has(key)) break;
      }
    }
    if (bestLen === 0) {
      i++;
      continue;
    }
    begin[i] = bestBits;
    for (let j = i + 1; j < i + bestLen; j++) inside[j] = bestBits;
    i += bestLen;
  }
  return { begin, inside };
}
