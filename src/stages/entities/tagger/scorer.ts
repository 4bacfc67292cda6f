import { L, type DocumentMemory } from './decode.ts';
import {
  f1, f2, fn, fns, isAllCaps, isUpper, mix, pairState, SEEDS, share, shapeOf, SHARES,
  type DocumentView, type FeatureResources,
} from './features.ts';
import { GAZ_CATEGORIES, matchGazetteer, type GazetteerMatch } from './gazetteer.ts';
import type { WeightTable } from './model-file.ts';
import { fnv1a } from '../../../lexicons/key-table.ts';
import { CLUSTER_DEPTHS, clusterAt } from './word-clusters.ts';

/**
 * Words the scorer keeps what it knows of at once. A full cache is emptied before the next sentence (the
 * scores do not depend on what it holds, only the time does); 16,384 words are ~5 MB (~7 MB when a word kept
 * five rows), the cache of their pairs (twice as many) ~6 MB: twice that, with five-row words, held the one-core
 * bench above its 300 MB budget; half of it tagged 7 % slower.
 */
export const WORD_CACHE = 1 << 14;

// Per word, in `sums`: what the word's own features add (with the position feature f2(30, 'inside', shape),
// the position of most words); what it adds as the previous word of another (f1(3, word), f1(11, shape), its
// clusters as 55 and 56) and as the next word (4, 12, 57, 58). Those two are read only when a pair is made.
const SELF = 0;
const AS_PREV = L;
const AS_NEXT = 2 * L;
const SUMS = 3 * L;
// Per pair of neighbouring words a b, in `pairSums`: what b's row gets from b itself and from the pair (a as
// the previous word, and the two-part features 7, 13, 31, 32 of a and b), then what the pair adds to a's row
// (b as the next word, and 8, 14, 33).
const TO_RIGHT = 0;
const TO_LEFT = L;
const PAIR_SUMS = 2 * L;
// Per word, in `ints` (one 64-byte line): the table offsets of f2(30, position, shape) for each of the three
// positions; the hash state after each two-part template whose first value is the word's (see pairState):
// as the previous word 7 (lower case), 13 (shape), 31 (shape), 32 (lower case), as the word itself 8 (lower
// case), 14 (shape), 33 (shape); flags; the offsets of its one feature as the word two back (f1(5, word))
// and two ahead (f1(6, word)).
const POSITION = 0;
const INSIDE = 2;
const S7 = 3;
const S13 = 4;
const S31 = 5;
const S32 = 6;
const S8 = 7;
const S14 = 8;
const S33 = 9;
const FLAGS = 10;
const BACK2 = 11;
const AHEAD2 = 12;
const INTS = 16;
const UPPER = 1; // capitalised (A–Z first)
const ALL_CAPS = 2;
const POSITIONS = ['first', 'headline', 'inside'] as const;
/** The two-part features of a pair of words, whose hashes are computed and looked up one by one. */
const PER_PAIR = 7;
/** At most the features a word's sums hold: 10 of the word and its shape, 8 affixes, 2 names, 9 clusters, its position. */
const PER_WORD = 32;
// The rows of `extras`, the weights of the features with few values, by first row: none (zeros), f2(34,
// position, capitals around), the gazetteer's categories here (I…, then B…), before and after, f2(61, …) and
// f2(64, …) of the document view, the latest type and the labels' shares of the document memory.
const NONE = 0;
const CAPS = 1;
const GAZ_HERE = CAPS + POSITIONS.length * 8;
const GAZ_PREV = GAZ_HERE + 64;
const GAZ_NEXT = GAZ_PREV + 32;
const SENTENCE_START = GAZ_NEXT + 32;
const IN_CAPITALS = SENTENCE_START + 4;
const LATEST = IN_CAPITALS + 8;
const SHARE_ROWS = LATEST + 4;
const EXTRAS = SHARE_ROWS + 2 * L * SHARES;

/** Adds the weights at offset `o` of the table (none when it is -1) to row `row` of `out`. */
function addRow(out: Float64Array, row: number, quantised: Int16Array, scale: number, o: number): void {
  if (o < 0) return;
  for (let y = 0; y < L; y++) out[row + y]! += Math.fround(quantised[o + y]! * scale);
}

/** Takes the weights at offset `o` of the table (none when it is -1) from row `row` of `out`. */
function subtractRow(out: Float64Array, row: number, quantised: Int16Array, scale: number, o: number): void {
  if (o < 0) return;
  for (let y = 0; y < L; y++) out[row + y]! -= Math.fround(quantised[o + y]! * scale);
}

/**
 * Reads the first and last weight of the row at offset `o` (none when it is -1), a row possibly spanning two
 * cache lines. Loops that read many rows at random touch them all first, in a loop of their own that does
 * nothing with what it reads, so the processor fetches them side by side instead of waiting on memory for
 * each in turn.
 */
function touchRow(quantised: Int16Array, o: number): number {
  return o < 0 ? 0 : quantised[o]! ^ quantised[o + L - 1]!;
}
/** What the touching loops read, kept so the compiler does not drop the reads. */
let touched = 0;

/**
 * Adds the weights of `count` features to `into`: feature k's (hash `hashes[k]`) at `rows[k]`. The slot each
 * probe starts at is read first (WeightTable.firstKey), then every hash is probed, the rows found are touched
 * (touchRow), and only then added: each step's memory reads are independent, and the processor overlaps them.
 */
function lookUp(table: WeightTable, hashes: Uint32Array, rows: Int32Array, offsets: Int32Array, count: number, into: Float64Array): void {
  let read = 0;
  for (let k = 0; k < count; k++) read ^= table.firstKey(hashes[k]!);
  for (let k = 0; k < count; k++) offsets[k] = table.offset(hashes[k]!);
  const { quantised, scale } = table;
  for (let k = 0; k < count; k++) read ^= touchRow(quantised, offsets[k]!);
  for (let k = 0; k < count; k++) addRow(into, rows[k]!, quantised, scale, offsets[k]!);
  touched ^= read;
}

/**
 * The emission scores of a sentence: the same sums as looking every hash of sentenceFeatures and
 * documentFeatures up in the weight table, from far fewer lookups. What a word gives by itself, and as a
 * neighbour (some thirty features), is summed once per word and cached; what a pair of neighbouring words
 * gives (the neighbour's features and the two-part features, hashed on from the state the first word left)
 * is summed once per pair with the second word's own sum and cached too, so a pair met before costs one
 * lookup instead of seven hashes and probes. A token's row is then its two pairs' sums, the rows of the
 * words two away, and the features with few values (gazetteer, capitals around, document), whose weights
 * are copied at construction into a small table with a row of zeros for a feature not there, so every
 * token adds the same rows without a test per feature. The table is probed for all of a sentence's new
 * pairs in one loop, then the weights are added in another, so the memory reads of one probe do not wait
 * for the previous one. The sentence's boundaries are two words of their own, '<s>' before it and '</s>'
 * after it, whose sums and pairs are cached like any word's.
 *
 * The sums are exact, so they do not depend on the order of addition: every weight is a float32 of an int16
 * times the model's scale, i.e. a multiple of the smallest one's last bit (≥ 2⁻⁴⁰ of the largest), and a
 * float64 holds any sum or difference of fewer than 2¹³ of them without rounding. Cached sums are thus bit
 * for bit the per-token sums (scorer.test.ts compares them over the dev corpora).
 */
export class EmissionScorer {
  private readonly quantised: Int16Array;
  private readonly scale: number;
  private readonly shape: boolean;
  private readonly affix: boolean;
  private readonly context: boolean;
  private readonly gazetteer: boolean;
  private readonly clusters: boolean;
  private readonly document: boolean;
  private readonly history: boolean;
  private readonly headlineGroup: boolean;

  // The word cache's index: open addressing from a word's FNV-1a hash to its slot + 1 (0: empty), hash and
  // slot side by side; `words` holds each slot's word, to tell words of one hash apart. A Map of the words took
  // a fifth of the scoring: each token is a new string, whose hash V8 computes and whose key it then compares.
  private readonly wordIndex: Int32Array;
  private readonly words: string[];
  private filled = 0;
  /** The slots of the sentence boundaries, after the words' (they are never emptied). */
  private readonly bos: number;
  private readonly eos: number;
  private readonly sums: Float64Array;
  private readonly ints: Int32Array;
  private readonly lower: string[];
  private readonly shapes: string[];
  // The pair cache: open addressing from (a, b) (as a × stride + b + 1; 0 is an empty slot) to the pair's
  // number, whose sums are at pairSums[number × PAIR_SUMS]; key and number side by side, so a probe reads one
  // stretch of memory. Emptied with the words, or when full.
  private readonly pairCapacity: number;
  private readonly pairShift: number;
  private readonly pairIndex: Int32Array;
  private readonly pairSums: Float64Array;
  private pairs = 0;
  /** A sentence's words with two boundary slots either side, and the number of each neighbouring pair. */
  private padded = new Int32Array(256);
  private pairAt = new Int32Array(256);
  // A sentence's pending lookups for its new pairs: hashes to probe and offsets to add, each with where its
  // sum is in pairSums.
  private hashes = new Uint32Array(256 * PER_PAIR);
  private hashRows = new Int32Array(256 * PER_PAIR);
  private offsets = new Int32Array(256 * PER_PAIR);
  // A word's features being filled (see fill): hashes, where each one's weights go in sums, their offsets.
  private readonly wordHashes = new Uint32Array(PER_WORD);
  private readonly wordRows = new Int32Array(PER_WORD);
  private readonly wordOffsets = new Int32Array(PER_WORD);
  private queued = 0;
  /** The weights of the features with few values, L per row (see EXTRAS); row NONE is zeros. */
  private readonly extras = new Float64Array(EXTRAS * L);

  constructor(
    private readonly table: WeightTable,
    private readonly resources: FeatureResources,
    readonly capacity = WORD_CACHE,
  ) {
    this.quantised = table.quantised;
    this.scale = table.scale;
    const g = resources.groups;
    this.shape = g.has('shape');
    this.affix = g.has('affix');
    this.context = g.has('context');
    this.gazetteer = g.has('gazetteer') && resources.gazetteer !== null;
    this.clusters = g.has('clusters') && resources.clusters !== null;
    this.document = g.has('document');
    this.history = g.has('history');
    this.headlineGroup = g.has('headline');
    this.bos = capacity;
    this.eos = capacity + 1;
    this.sums = new Float64Array((capacity + 2) * SUMS);
    this.ints = new Int32Array((capacity + 2) * INTS);
    this.lower = new Array<string>(capacity + 2).fill('');
    this.words = new Array<string>(capacity).fill('');
    let wordBits = 10;
    while (1 << wordBits < 2 * capacity) wordBits++;
    this.wordIndex = new Int32Array(2 << wordBits);
    this.shapes = new Array<string>(capacity + 2).fill('');
    // A sentence of `capacity` words has capacity + 1 pairs, so one always fits after emptying.
    this.pairCapacity = 2 * capacity + 2;
    let bits = 10;
    while (1 << bits < 2 * this.pairCapacity) bits++;
    this.pairShift = 32 - bits;
    this.pairIndex = new Int32Array(2 << bits);
    this.pairSums = new Float64Array(this.pairCapacity * PAIR_SUMS);

    // The boundaries: '<s>' as the previous word(s) and as the first of a pair, '</s>' as the next word(s).
    const { sums, ints } = this;
    const bos = this.bos * SUMS;
    const eos = this.eos * SUMS;
    this.lower[this.eos] = '</s>';
    this.shapes[this.eos] = '</s>';
    this.queue(bos + AS_PREV, f1(3, '<s>'));
    this.queue(eos + AS_NEXT, f1(4, '</s>'));
    if (this.shape) {
      this.queue(bos + AS_PREV, f1(11, '<s>'));
      this.queue(eos + AS_NEXT, f1(12, '</s>'));
    }
    lookUp(table, this.wordHashes, this.wordRows, this.wordOffsets, this.queued, sums);
    const b = this.bos * INTS;
    ints[b + S7] = pairState(7, '<s>');
    ints[b + S13] = pairState(13, '<s>');
    ints[b + S31] = pairState(31, '<s>');
    ints[b + S32] = pairState(32, '<s>');
    // S8, S14 and S33 of '<s>' stay 0: they feed only what a pair adds to its first word's row, and '<s>' has none.
    ints[b + BACK2] = table.offset(f1(5, '<s>'));
    ints[b + AHEAD2] = -1;
    const e = this.eos * INTS;
    ints[e + BACK2] = -1;
    ints[e + AHEAD2] = table.offset(f1(6, '</s>'));

    const extra = (row: number, hash: number) => addRow(this.extras, row * L, this.quantised, this.scale, table.offset(hash));
    POSITIONS.forEach((position, k) => {
      for (let bits = 0; bits < 8; bits++) {
        const around = (bits & 4 ? 'C' : 'c') + (bits & 2 ? 'C' : 'c') + (bits & 1 ? 'C' : 'c');
        if (this.context) extra(CAPS + k * 8 + bits, f2(34, position, around));
      }
    });
    const gazName = (bits: number) => {
      let s = '';
      for (let c = 0; c < GAZ_CATEGORIES.length; c++) if (bits & (1 << c)) s += GAZ_CATEGORIES[c]![0];
      return s;
    };
    // No categories, no feature: those rows stay zeros.
    for (let bits = 1; bits < 32; bits++) {
      extra(GAZ_HERE + bits, f1(40, `I${gazName(bits)}`));
      extra(GAZ_HERE + 32 + bits, f1(40, `B${gazName(bits)}`));
      extra(GAZ_PREV + bits, f1(41, gazName(bits)));
      extra(GAZ_NEXT + bits, f1(42, gazName(bits)));
    }
    for (let k = 0; k < 4; k++) extra(SENTENCE_START + k, f2(61, k & 2 ? 'cap' : 'nocap', k & 1 ? 'low' : 'nolow'));
    for (let k = 0; k < 8; k++) extra(IN_CAPITALS + k, f2(64, (k & 4 ? 'h' : 'b') + (k & 2 ? 'mixed' : 'nomixed'), k & 1 ? 'low' : 'nolow'));
    for (let t = 0; t < 4; t++) extra(LATEST + t, fn(60, t));
    for (let k = 0; k < L * SHARES; k++) {
      extra(SHARE_ROWS + k, fn(62, k));
      extra(SHARE_ROWS + L * SHARES + k, fn(63, k));
    }
  }

  /** Queues a feature of a word being filled: its weights are added to `sums` at `at` by fill's lookUp. */
  private queue(at: number, hash: number): void {
    this.wordHashes[this.queued] = hash;
    this.wordRows[this.queued++] = at;
  }

  /**
   * What the scorer needs of a word it has not cached (or has forgotten). Its features' hashes are queued and
   * looked up in one loop (see lookUp), as a sentence's new pairs are.
   */
  private fill(slot: number, w: string): void {
    const l = w.toLowerCase();
    const sh = shapeOf(w);
    const r = this.resources;
    const { sums, ints, table } = this;
    this.lower[slot] = l;
    this.shapes[slot] = sh;
    const at = slot * SUMS;
    sums.fill(0, at, at + SUMS);
    this.queued = 0;
    this.queue(at + SELF, f1(0, ''));
    this.queue(at + SELF, f1(1, w));
    this.queue(at + SELF, f1(2, l));
    this.queue(at + AS_PREV, f1(3, l));
    this.queue(at + AS_NEXT, f1(4, l));
    if (this.shape) {
      this.queue(at + SELF, f1(10, sh));
      this.queue(at + SELF, f1(15, String(Math.min(w.length, 8))));
      this.queue(at + AS_PREV, f1(11, sh));
      this.queue(at + AS_NEXT, f1(12, sh));
    }
    if (this.affix) {
      for (let k = 1; k <= 4 && k <= l.length; k++) {
        this.queue(at + SELF, mix(SEEDS[19 + k]!, l, 0, k) >>> 0);
        this.queue(at + SELF, mix(SEEDS[23 + k]!, l, l.length - k) >>> 0);
      }
    }
    if (this.gazetteer && isUpper(w)) {
      const u = w.toUpperCase();
      if (r.gazetteer!.firstNames.has(u)) this.queue(at + SELF, f1(43, ''));
      if (r.gazetteer!.lastNames.has(u)) this.queue(at + SELF, f1(44, ''));
    }
    if (this.clusters) {
      const c = r.clusters!.get(l) ?? -1;
      if (c >= 0) {
        for (let d = 0; d < CLUSTER_DEPTHS; d++) this.queue(at + SELF, fn(50 + d, clusterAt(c, d)));
        this.queue(at + SELF, fns(54, clusterAt(c, 1), sh));
        this.queue(at + AS_PREV, fn(55, clusterAt(c, 1)));
        this.queue(at + AS_PREV, fn(56, clusterAt(c, 2)));
        this.queue(at + AS_NEXT, fn(57, clusterAt(c, 1)));
        this.queue(at + AS_NEXT, fn(58, clusterAt(c, 2)));
      } else this.queue(at + SELF, f1(59, sh));
    }
    if (this.context) this.queue(at + SELF, f2(30, POSITIONS[INSIDE], sh));
    lookUp(table, this.wordHashes, this.wordRows, this.wordOffsets, this.queued, sums);
    const i = slot * INTS;
    for (let k = 0; k < POSITIONS.length; k++) ints[i + POSITION + k] = this.context ? table.offset(f2(30, POSITIONS[k]!, sh)) : -1;
    ints[i + S7] = pairState(7, l);
    ints[i + S13] = pairState(13, sh);
    ints[i + S31] = pairState(31, sh);
    ints[i + S32] = pairState(32, l);
    ints[i + S8] = pairState(8, l);
    ints[i + S14] = pairState(14, sh);
    ints[i + S33] = pairState(33, sh);
    ints[i + FLAGS] = (isUpper(w) ? UPPER : 0) | (isAllCaps(w) ? ALL_CAPS : 0);
    ints[i + BACK2] = table.offset(f1(5, l));
    ints[i + AHEAD2] = table.offset(f1(6, l));
  }

  /** The word's slot in the cache, filled if the word is not there. */
  private slotOf(w: string): number {
    const { wordIndex, words } = this;
    const mask = wordIndex.length / 2 - 1;
    const hash = fnv1a(w);
    let k = hash & mask;
    for (let slot = wordIndex[2 * k + 1]!; slot !== 0; slot = wordIndex[2 * k + 1]!) {
      if (wordIndex[2 * k] === hash && words[slot - 1] === w) return slot - 1;
      k = (k + 1) & mask;
    }
    const slot = this.filled++;
    wordIndex[2 * k] = hash;
    wordIndex[2 * k + 1] = slot + 1;
    words[slot] = w;
    this.fill(slot, w);
    return slot;
  }

  /** Empties the pair cache. */
  private forgetPairs(): void {
    this.pairIndex.fill(0);
    this.pairs = 0;
  }

  /**
   * Emission scores of a sentence into `out` (n × L, overwritten). `memory` is the document memory when the
   * model reads it ('document', 'history'), else null; `matched` the sentence's gazetteer matches if known.
   * Returns false, scoring nothing, for a sentence of more words than the cache holds.
   */
  score(tokens: readonly string[], doc: DocumentView, memory: DocumentMemory | null, headline: boolean, matched: GazetteerMatch | undefined, out: Float64Array): boolean {
    const n = tokens.length;
    if (n > this.capacity) return false;
    if (this.filled + n > this.capacity) {
      this.wordIndex.fill(0);
      this.filled = 0;
      this.forgetPairs();
    }
    if (this.pairs + n + 1 > this.pairCapacity) this.forgetPairs();
    if (this.padded.length < n + 4) {
      this.padded = new Int32Array(2 * n + 4);
      this.pairAt = new Int32Array(2 * n + 4);
      this.hashes = new Uint32Array((2 * n + 4) * PER_PAIR);
      this.hashRows = new Int32Array((2 * n + 4) * PER_PAIR);
      this.offsets = new Int32Array((2 * n + 4) * PER_PAIR);
    }
    // Token i is padded[i + 2]: two '<s>' before the sentence, two '</s>' after it.
    const padded = this.padded;
    padded[0] = padded[1] = this.bos;
    padded[n + 2] = padded[n + 3] = this.eos;
    for (let i = 0; i < n; i++) padded[i + 2] = this.slotOf(tokens[i]!);
    const h = this.findPairs(n);
    const { table, hashes, hashRows, offsets, pairSums, quantised, scale, extras } = this;
    lookUp(table, hashes, hashRows, offsets, h, pairSums);

    const gaz = this.gazetteer ? matched ?? matchGazetteer(this.resources.gazetteer!, tokens) : null;
    const { ints, lower, pairAt } = this;
    // The rows of the words two away, which every token adds, touched first (see touchRow).
    let read = 0;
    for (let i = 0; i < n; i++) read ^= touchRow(quantised, ints[padded[i]! * INTS + BACK2]!) ^ touchRow(quantised, ints[padded[i + 4]! * INTS + AHEAD2]!);
    touched ^= read;
    const history = memory !== null && this.history;
    const latest = memory !== null && this.document;
    for (let i = 0; i < n; i++) {
      const s = padded[i + 2]!;
      const row = i * L;
      const si = s * INTS;
      const l = lower[s]!;
      const flags = ints[si + FLAGS]!;
      const position = i === 0 ? 0 : headline ? 1 : 2;
      const k = memory ? memory.slotOfLower(l) : -1;
      // The rows every token adds, NONE where a feature is not there.
      let caps = NONE;
      if (this.context) {
        const around = (ints[padded[i + 1]! * INTS + FLAGS]! & UPPER ? 4 : 0) | (flags & UPPER ? 2 : 0) | (ints[padded[i + 3]! * INTS + FLAGS]! & UPPER ? 1 : 0);
        caps = CAPS + position * 8 + around;
      }
      let here = NONE;
      let before = NONE;
      let after = NONE;
      if (gaz) {
        here = GAZ_HERE + (gaz.begin[i] ? 32 : 0) + (gaz.begin[i]! | gaz.inside[i]!);
        if (i > 0) before = GAZ_PREV + (gaz.begin[i - 1]! | gaz.inside[i - 1]!);
        if (i + 1 < n) after = GAZ_NEXT + (gaz.begin[i + 1]! | gaz.inside[i + 1]!);
      }
      const start = this.document && (i === 0 || headline) && flags & UPPER
        ? SENTENCE_START + ((doc.capitalisedInside.has(l) ? 2 : 0) | (doc.lowercase.has(l) ? 1 : 0)) : NONE;
      const capitals = this.headlineGroup && flags & ALL_CAPS
        ? IN_CAPITALS + ((headline ? 4 : 0) | (doc.mixedCase.has(l) ? 2 : 0) | (doc.lowercase.has(l) ? 1 : 0)) : NONE;
      const type = latest && k >= 0 ? memory.latestType(k) : -1;
      const said = type >= 0 ? LATEST + type : NONE;
      // What the word and its pairs with the previous and the next word give (its own sum is the left pair's).
      const left = pairAt[i]! * PAIR_SUMS + TO_RIGHT;
      const right = pairAt[i + 1]! * PAIR_SUMS + TO_LEFT;
      for (let y = 0; y < L; y++) {
        out[row + y] = pairSums[left + y]! + pairSums[right + y]! + extras[caps * L + y]! + extras[here * L + y]! + extras[before * L + y]!
          + extras[after * L + y]! + extras[start * L + y]! + extras[capitals * L + y]! + extras[said * L + y]!;
      }
      addRow(out, row, quantised, scale, ints[padded[i]! * INTS + BACK2]!);
      addRow(out, row, quantised, scale, ints[padded[i + 4]! * INTS + AHEAD2]!);
      if (position !== INSIDE && this.context) {
        // The word's sum holds the position most words are at, not this one.
        subtractRow(out, row, quantised, scale, ints[si + POSITION + INSIDE]!);
        addRow(out, row, quantised, scale, ints[si + POSITION + position]!);
      }
      if (history && k >= 0 && flags & UPPER) {
        const shares = SHARE_ROWS + (headline && this.headlineGroup ? L * SHARES : 0);
        const total = memory.total(k);
        for (let y = 0; y < L; y++) {
          const count = memory.count(k, y);
          if (count > 0) {
            const from = (shares + y * SHARES + share(count, total)) * L;
            for (let z = 0; z < L; z++) out[row + z]! += extras[from + z]!;
          }
        }
      }
    }
    return true;
  }

  /**
   * Sets pairAt[i] to the number of the pair (padded[i + 1], padded[i + 2]) for each of the sentence's n + 1
   * pairs. A pair not cached gets a number, its neighbour sums (and the second word's own), and its two-part
   * features' hashes queued in `hashes` (with where each one's weights go in pairSums); returns how many were
   * queued.
   */
  private findPairs(n: number): number {
    const { padded, pairAt, pairIndex, pairSums, sums, ints, lower, shapes, hashes, hashRows } = this;
    const mask = pairIndex.length / 2 - 1;
    const shift = this.pairShift;
    const stride = this.capacity + 2;
    // Each pair's first slot touched first, as lookUp touches the table's: whether a pair is cached is a branch
    // the processor cannot predict, and a wrong guess then costs no wait on memory.
    let read = 0;
    for (let i = 0; i <= n; i++) read ^= pairIndex[2 * (Math.imul(padded[i + 1]! * stride + padded[i + 2]! + 1, 0x9e3779b1) >>> shift)]!;
    touched ^= read;
    let h = 0;
    for (let i = 0; i <= n; i++) {
      const a = padded[i + 1]!;
      const b = padded[i + 2]!;
      const key = a * stride + b + 1;
      let k = Math.imul(key, 0x9e3779b1) >>> shift;
      while (pairIndex[2 * k] !== 0 && pairIndex[2 * k] !== key) k = (k + 1) & mask;
      if (pairIndex[2 * k] === key) {
        pairAt[i] = pairIndex[2 * k + 1]!;
        continue;
      }
      const number = this.pairs++;
      pairIndex[2 * k] = key;
      pairIndex[2 * k + 1] = number;
      pairAt[i] = number;
      const right = number * PAIR_SUMS + TO_RIGHT;
      const left = number * PAIR_SUMS + TO_LEFT;
      const prev = a * SUMS + AS_PREV;
      const own = b * SUMS + SELF;
      const next = b * SUMS + AS_NEXT;
      for (let y = 0; y < L; y++) {
        pairSums[right + y] = sums[prev + y]! + sums[own + y]!;
        pairSums[left + y] = sums[next + y]!;
      }
      // Two-part features: each continues the hash state the first word left.
      const ai = a * INTS;
      const bl = lower[b]!;
      const bs = shapes[b]!;
      hashes[h] = mix(ints[ai + S7]!, bl);
      hashRows[h++] = right;
      hashes[h] = mix(ints[ai + S8]!, bl);
      hashRows[h++] = left;
      if (this.shape) {
        hashes[h] = mix(ints[ai + S13]!, bs);
        hashRows[h++] = right;
        hashes[h] = mix(ints[ai + S14]!, bs);
        hashRows[h++] = left;
      }
      if (this.context) {
        hashes[h] = mix(ints[ai + S31]!, bl);
        hashRows[h++] = right;
        hashes[h] = mix(ints[ai + S32]!, bs);
        hashRows[h++] = right;
        hashes[h] = mix(ints[ai + S33]!, bl);
        hashRows[h++] = left;
      }
    }
    return h;
  }
}
