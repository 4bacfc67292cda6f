import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import winkNLP from 'wink-nlp';
import { BuiltParts, KeyTable } from '../../lexicons/key-table.ts';
import { builtIndexFile, readBuiltIndex } from '../../lexicons/load.ts';

type Nlp = ReturnType<typeof winkNLP>;
type Model = Parameters<typeof winkNLP>[0];
/** What wink calls its raw document data: 4 numbers a token (lexeme, spaces, POS + lemma, flags), sentences as token ranges. */
interface RawDoc {
  tokens: number[];
  sentences: [number, number, ...number[]][];
  cache: WinkCache;
}
/** The part of wink's lexeme cache (src/cache.js) a document's tokenizer calls for a word it has not met. */
interface WinkCache {
  add: (text: string, category: number) => number;
}
/** A word wink learned in an earlier document: its lexeme, and the lexeme of its lower case, which wink made too or found. */
interface Learned {
  category: number;
  index: number;
  lower: string;
  normal: number;
  normalAdded: boolean;
}
/** One of wink's `its` readers, called as wink's own collections call it. */
type ItsReader = (index: number, rdd: RawDoc, addons: unknown) => string;
type TokenReaders = Record<'value' | 'pos' | 'lemma', ItsReader>;

/** wink's reading of a text: each token's value, POS tag and lemma, and sentences as [first, last] token ranges. */
export interface WinkText {
  values: string[];
  pos: string[];
  lemmas: string[];
  sentences: [number, number][];
}
export type ReadText = (text: string) => WinkText;
interface LexemeTable {
  /** A word's index in `list`; undefined for a word forgotten (wink reads undefined as absent). */
  hash: Record<string, number | undefined>;
  list: string[];
}
interface Feature extends LexemeTable {
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}
interface CoreModel {
  lexicon: Uint32Array | string;
  xpansions: Uint32Array | string;
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
}

const require = createRequire(import.meta.url);
const MODEL = path.join(path.dirname(require.resolve('wink-eng-lite-web-model/package.json')), 'dist');
const part = (name: string): unknown => require(path.join(MODEL, `${name}.js`));

/**
 * The lexemes' hash (word → its index in `list`) as wink reads and writes it, `hash[word]`, for every token: a plain
 * object. A Proxy over a Map or the built KeyTable saved the 30-50 ms of filling it at a worker's start, but each of
 * wink's lookups through its traps cost the segment stage about 7% of its speed on the bench (interleaved, 2,500 docs).
 */
function lexemeHash(list: readonly string[]): Record<string, number | undefined> {
  const hash: Record<string, number | undefined> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

export const CORE_FILE = path.join(MODEL, 'languages/cur/models/eng-core-web-model.json');
/** The built index's format (see readBuiltIndex): bumped whenever KeyTable's layout or coreIndexFile's change. */
const INDEX_FORMAT = 0x574b0001;
/** Where the build writes the core's index (scripts/build-dist.ts): beside this module in dist/; src/ has none. */
export const CORE_INDEX = new URL('./wink-core.index', import.meta.url);

/** A base64 string of 32-bit words, in a buffer of its own (a Uint32Array needs an aligned offset, which Buffer's pool does not give). */
const words = (base64: string) => new Uint32Array(new Uint8Array(Buffer.from(base64, 'base64')).buffer);

/** The core JSON's `bytes` parsed, its packed arrays decoded and its lexemes hashed (lexemeHash). */
function coreOfJson(bytes: Buffer): CoreModel {
  const model = JSON.parse(bytes.toString('utf8')) as CoreModel;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  model.features.lexeme.hash = lexemeHash(model.features.lexeme.list);
  return model;
}

/**
 * The file the build writes for the core JSON's `bytes` (CORE_INDEX): the JSON without its packed arrays and lexemes,
 * the arrays decoded, the lexemes as a KeyTable (word → its index, in the list's order).
 */
export function coreIndexFile(bytes: Buffer): Buffer {
  const model = coreOfJson(bytes);
  const { list } = model.features.lexeme;
  const rest = { ...model, lexicon: null, xpansions: null, features: { ...model.features, lexeme: { list: [] } } };
  const lexemes = KeyTable.from(list.map((word, k) => [word, k] as const));
  if (lexemes.size !== list.length) throw new Error('wink\'s lexemes repeat a word: their KeyTable would not be their list');
  const parts = new BuiltParts().add(JSON.stringify(rest)).add(model.lexicon as Uint32Array).add(model.xpansions as Uint32Array);
  return builtIndexFile(INDEX_FORMAT, bytes, parts.add(lexemes).encode());
}

/** The core as coreOfJson gives it, from the built index of `bytes` (`indexFile`); null when it holds none for them. */
function coreOfIndex(bytes: Buffer, indexFile: string | URL): CoreModel | null {
  const built = readBuiltIndex(indexFile, INDEX_FORMAT, bytes);
  if (!built) return null;
  const parts = new BuiltParts(built);
  const [json, lexicon, xpansions, lexemes] = [parts.string(), parts.array(), parts.array(), parts.table()];
  if (json === null || !lexicon || !xpansions || !lexemes || !parts.done) return null;
  const model = JSON.parse(json) as CoreModel;
  model.lexicon = new Uint32Array(lexicon.buffer, lexicon.byteOffset, lexicon.length);
  model.xpansions = new Uint32Array(xpansions.buffer, xpansions.byteOffset, xpansions.length);
  const list: string[] = new Array(lexemes.size);
  for (let k = 0; k < list.length; k++) list[k] = lexemes.keyAt(k);
  model.features.lexeme = { ...model.features.lexeme, list, hash: lexemeHash(list) };
  return model;
}

/**
 * wink-eng-lite-web-model's `core()` (read-core-model.js and load-core-model.js of 1.8.1), read from the
 * JSON file at each call. The package's own parses its 3 MB JSON at import, keeps it for good, and copies
 * it by JSON.stringify + JSON.parse at every load: a third of the start-up time and some 20 MB held.
 */
export function readCore(indexFile: string | URL = CORE_INDEX): CoreModel {
  const bytes = readFileSync(CORE_FILE);
  // From the build's index (dist/): 20-30 ms less than parsing the 3 MB and decoding and hashing what it holds.
  const model = coreOfIndex(bytes, indexFile) ?? coreOfJson(bytes);
  const { packing, features, pos } = model;
  const indexed = (feature: LexemeTable) => {
    feature.hash = Object.create(null);
    for (let k = 0; k < feature.list.length; k++) feature.hash[feature.list[k]!] = k;
  };
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) indexed(features[f]!);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const [, bits, shift, intrinsic, extra] = packing.layout[f]!;
    if (intrinsic === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.index = feature.list.length;
      feature.maxIndex = bits! >>> shift!;
    }
    if (extra === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.index = features.lexeme.list.length;
  return model;
}

/**
 * A core wink has read documents with, put back as readCore gave it. wink only ever appends to the lists
 * (and hashes) of the lexemes and of the other features it indexes (word shapes, suffixes, …), so what lies
 * past each list's intrinsic size is dropped: cheaper by far than reading and indexing the JSON again.
 * Every word there was absent from the hash when wink added it, so none is one of the model's own.
 */
function restoreCore(core: CoreModel): CoreModel {
  const { packing, features } = core;
  for (const f of [...Object.keys(packing.layout).filter((f) => packing.layout[f]![3] === 0), 'lexeme']) {
    const feature = features[f]!;
    const { hash, list, intrinsicSize } = feature;
    for (let i = intrinsicSize; i < list.length; i++) delete hash[list[i]!];
    list.length = intrinsicSize;
    feature.index = intrinsicSize;
  }
  return core;
}

/**
 * The package's CER meta-model loader serialises again what it returned the time before (`machines =
 * JSON.stringify(machines)`), so each fresh instance doubled a string: some twenty instances in, a process
 * died of "Invalid string length". Every instance gets its first answer (only wink's custom entities read it).
 */
const loadCerMetaModel = part('load-cer-meta-model') as () => unknown;
let cerMetaModel: unknown;
const firstCerMetaModel = () => (cerMetaModel ??= loadCerMetaModel());

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/**
 * The model's lemmatizer, remembering its answers. An answer depends on the word and its POS alone: the
 * lemmatizer strips endings and asks the cache whether the stem is a base form of that POS (hasSamePOS),
 * which only words of the model's own vocabulary are, never one wink learned. Most tokens are words met
 * before, so most lemmas are looked up instead of made again.
 */
function rememberingLemmatizer(lemmatize: Lemmatize): Lemmatize {
  // One map per POS, keyed by the word itself: a string wink holds, whose hash is computed once.
  const byPos = new Map<string, Map<string, string>>();
  return (value, pos, cache) => {
    let known = byPos.get(pos);
    if (known === undefined) byPos.set(pos, (known = new Map()));
    let lemma = known.get(value);
    if (lemma === undefined) {
      if (known.size >= 50_000) known.clear();
      lemma = lemmatize(value, pos, cache);
      known.set(value, lemma);
    }
    return lemma;
  };
}

/** One syllable: consonants, one short vowel, one final consonant that English doubles before -ed/-ing ("stag"). */
const SHORT_STEM = /^[b-df-hj-np-tv-z]*[aeiou][b-df-hj-np-tv-z]$/;

/**
 * "staged" → "stage", not wink's "stag": a one-syllable stem ending in vowel + consonant doubles that consonant
 * before -ed and -ing ("stagged", "tapping"), so a form with the consonant single ("staged", "taping") has a base
 * ending in "e".
 */
export function undoubledBase(value: string, lemma: string): string {
  // Asked of every token: most are no -ed/-ing form of a short stem, and leave before any string is built.
  const extra = value.length - lemma.length;
  if (extra !== 2 && extra !== 3) return lemma;
  const lower = value.toLowerCase();
  const single = lower === `${lemma}ed` || lower === `${lemma}ing`;
  return single && SHORT_STEM.test(lemma) && !/[wxy]$/.test(lemma) ? `${lemma}e` : lemma;
}

const ADDONS = {
  stem: part('porter-stemmer'), lemmatize: rememberingLemmatizer(part('lemmatize') as Lemmatize), readabilityStats: part('readability-stats'), wordVectors: undefined,
};
const loadPosModel = part('load-pos-model') as () => { setter: (rdd: RawDoc, ...rest: unknown[]) => void };

/**
 * The model as the package's model.js assembles it, with `core` for its core. Its POS setter, the last step
 * of readDoc to see the raw document data, also hands that data to `read`, so tokens are read from wink's
 * arrays instead of through the document API wink builds around them.
 */
const model = (core: () => CoreModel, read: (rdd: RawDoc) => void): Model =>
  ({
    core,
    sbd: part('load-sbd-model'),
    pos: () => {
      const pos = loadPosModel();
      return { ...pos, setter: (rdd: RawDoc, ...rest: unknown[]) => (pos.setter(rdd, ...rest), read(rdd)) };
    },
    ner: part('load-ner-model'),
    negation: part('load-negation-model'),
    sa: part('load-sa-model'),
    metaCER: firstCerMetaModel,
    featureFn: part('feature'),
    addons: ADDONS,
  }) as unknown as Model;

/**
 * wink-nlp with no memory between documents. wink caches every out-of-vocabulary word it meets, and a
 * cached word is later taken whole: after "… with China's." the "China's" of another article is no longer
 * split into "China" + "'s", so an article's tokens would depend on what was read before it (and on which
 * worker read it). `read` makes wink forget the words a document taught it, so every document is
 * tokenised as if it were the first.
 */
export class ForgetfulWink {
  #nlp!: Nlp;
  #its!: TokenReaders;
  #rdd: RawDoc | undefined;
  #core: CoreModel | undefined;
  #lexemes!: LexemeTable;
  #base = 0;
  /** Words learned (and forgotten) since the instance was made, so a later document is given them back instead of re-adding them. */
  #learned = new Map<string, Learned>();
  /** Words given back in this document (their lexemes lie before the mark #forget starts from). */
  #restored: string[] = [];
  #cache: WinkCache | undefined;
  readonly #maxLearned: number;

  /**
   * `maxLearned`: lexemes an instance may accumulate before it is replaced, so memory stays bounded over a
   * corpus. News teaches wink some 40 words an article, each some 100 bytes kept (the word, its packed
   * features in a list wink holds): 50,000 is 5 MB, a fresh instance every 1,200 articles or so.
   */
  constructor(maxLearned = 50_000) {
    this.#maxLearned = maxLearned;
    this.#load();
  }

  /** Runs `use` on wink's readings of this text's parts; what wink learned from them is then forgotten. */
  read<T>(use: (readText: ReadText) => T): T {
    const mark = this.#lexemes.list.length;
    try {
      return use(this.#readText);
    } finally {
      this.#forget(mark);
    }
  }

  readonly #readText = (text: string): WinkText => {
    this.#nlp.readDoc(text);
    const rdd = this.#rdd!;
    this.#rdd = undefined;
    if (this.#cache !== rdd.cache) this.#remember(rdd.cache);
    const { value, pos, lemma } = this.#its;
    const n = rdd.tokens.length / 4;
    const out: WinkText = { values: new Array(n), pos: new Array(n), lemmas: new Array(n), sentences: rdd.sentences.map(([first, last]) => [first, last]) };
    for (let i = 0; i < n; i++) {
      out.values[i] = value(i, rdd, ADDONS);
      out.pos[i] = pos(i, rdd, ADDONS);
      out.lemmas[i] = undoubledBase(out.values[i]!, lemma(i, rdd, ADDONS));
    }
    return out;
  };

  #load(): void {
    // The core is read once; a fresh instance gets it back restored (wink's cache of words it learned lives
    // in the core's lists and in the instance, so both are renewed). Keep a handle on the lexicon wink caches into.
    const core = this.#core ? restoreCore(this.#core) : (this.#core = readCore());
    // Only sentence boundaries and POS (lemmas come with it): wink's own NER, negation and sentiment passes
    // read the tokens without changing them, and nothing here reads what they find.
    this.#nlp = winkNLP(model(() => core, (rdd) => (this.#rdd = rdd)), ['sbd', 'pos']);
    this.#its = this.#nlp.its as unknown as TokenReaders;
    this.#lexemes = core.features.lexeme;
    this.#base = this.#lexemes.list.length;
    this.#learned.clear();
  }

  /**
   * Wraps the cache's `add`: a word an earlier document taught wink gets its lexeme back (and that of its lower
   * case, when the same add made it and it is forgotten too, or it is the one there now) instead of a new one
   * with the same text and features. Re-adding a forgotten word was a fifth of wink's time (its features
   * extracted and packed again). What wink reads is unchanged: which words are known in a document, and the
   * value, normal and features of each, are what a fresh add gives; only the numbers of OOV lexemes differ.
   */
  #remember(cache: WinkCache): void {
    this.#cache = cache;
    const add = cache.add;
    const { hash, list } = this.#lexemes;
    cache.add = (text, category) => {
      const index = hash[text];
      // A word wink knows (a piece of a token it split): add only finds its lexeme, and its lower case's, which must be there too.
      if (index !== undefined) return hash[text.toLowerCase()] !== undefined ? index : add(text, category);
      const known = this.#learned.get(text);
      if (known && known.category === category) {
        const own = known.lower === text;
        const normal = own ? known.index : hash[known.lower];
        if (normal === known.normal || (normal === undefined && known.normalAdded)) {
          hash[text] = known.index;
          this.#restored.push(text);
          if (normal === undefined) {
            hash[known.lower] = known.normal;
            this.#restored.push(known.lower);
          }
          return known.index;
        }
      }
      const size = list.length;
      const added = add(text, category);
      const lower = text.toLowerCase();
      this.#learned.set(text, { category, index: added, lower, normal: hash[lower]!, normalAdded: list.length > size + 1 });
      return added;
    };
  }

  #forget(mark: number): void {
    const { hash, list } = this.#lexemes;
    // Entries stay in the list (wink's packed features are aligned with it); only lookups forget them. The
    // key stays too, set to undefined (what wink reads as absent): deleting ~40 keys an article and adding
    // them back churns the 90,000-key dictionary, and its deleted slots lengthen every failed lookup.
    for (let i = mark; i < list.length; i++) hash[list[i]!] = undefined;
    for (const word of this.#restored) hash[word] = undefined;
    this.#restored.length = 0;
    if (list.length - this.#base > this.#maxLearned) this.#load();
  }
}
