import { L, type DocumentMemory } from './decode.ts';
import {
  f1, f2, fn, fns, isAllCaps, isUpper, mix, pairState, SEEDS, share, shapeOf, SHARES,
  type DocumentView, type FeatureResources,
} from './features.ts';
import { GAZ_CATEGORIES, matchGazetteer, type GazetteerMatch } from './gazetteer.ts';
import type { WeightTable } from './model-file.ts';
import { CLUSTER_DEPTHS, clusterAt } from './word-clusters.ts';

/**
 * Words the scorer keeps what it knows of at once. A full cache is emptied before the next sentence (the
 * scores do not depend on what it holds, only the time does); 32,768 words are ~11 MB.
 */
export const WORD_CACHE = 1 << 15;

// Per word, in `sums`: what the word's own features add, then what it adds as the previous word of another
// (f1(3, word), f1(11, shape), its clusters as 55 and 56), then as the next word (4, 12, 57, 58).
const SELF = 0;
const AS_PREV = L;
const AS_NEXT = 2 * L;
const SUMS = 3 * L;
// Per word, in `ints` (one 64-byte line): the table offsets of f1(5, word) (the word two back) and f1(6,
// word) (two ahead), of f2(30, position, shape) for each of the three positions; the hash state after each
// two-part template whose first value is the word's (see pairState): as the previous word 7 (lower case),
// 13 (shape), 31 (shape), 32 (lower case), as the word itself 8 (lower case), 14 (shape), 33 (shape); flags.
const BACK2 = 0;
const AHEAD2 = 1;
const POSITION = 2;
const S7 = 5;
const S13 = 6;
const S31 = 7;
const S32 = 8;
const S8 = 9;
const S14 = 10;
const S33 = 11;
const FLAGS = 12;
const INTS = 16;
const UPPER = 1; // capitalised (A–Z first)
const ALL_CAPS = 2;
const POSITIONS = ['first', 'headline', 'inside'] as const;
/** At most this many features per token are looked up one by one (two-part hashes and small tables). */
const PER_TOKEN = 32;

/**
 * The emission scores of a sentence: the same sums as looking every hash of sentenceFeatures and
 * documentFeatures up in the weight table, from far fewer lookups. What a word gives by itself, and as the
 * previous or the next word (some thirty features), is summed once per word and cached; per token are left
 * the two-part features of neighbouring words (hashed on from the state the first word left) and the
 * gazetteer, position and document features, whose offsets come from small tables filled at construction.
 * The table is probed for all of a sentence's hashes in one loop, then the weights are added in another,
 * so the memory reads of one probe do not wait for the previous one.
 *
 * The sums are exact, so they do not depend on the order of addition: every weight is a float32 of an int16
 * times the model's scale, i.e. a multiple of the smallest one's last bit (≥ 2⁻⁴⁰ of the largest), and a
 * float64 holds any sum of fewer than 2¹³ of them without rounding. Cached sums are thus bit for bit the
 * per-token sums (scorer.test.ts compares them over the dev corpora).
 */
/** Adds the weights at offset `o` of `values` (none when it is -1) to row `row` of `out`. */
function addRow(out: Float64Array, row: number, values: Float32Array, o: number): void {
  if (o < 0) return;
  for (let y = 0; y < L; y++) out[row + y]! += values[o + y]!;
}

export class EmissionScorer {
  private readonly values: Float32Array;
  private readonly shape: boolean;
  private readonly affix: boolean;
  private readonly context: boolean;
  private readonly gazetteer: boolean;
  private readonly clusters: boolean;
  private readonly document: boolean;
  private readonly history: boolean;
  private readonly headlineGroup: boolean;

  private readonly slots = new Map<string, number>();
  private readonly sums: Float64Array;
  private readonly ints: Int32Array;
  private readonly lower: string[];
  private readonly shapes: string[];
  private ids = new Int32Array(256);
  // A sentence's pending lookups: hashes to probe and offsets to add, each with its token's row in `out`.
  private hashes = new Uint32Array(256 * PER_TOKEN);
  private hashRows = new Int32Array(256 * PER_TOKEN);
  private offsets = new Int32Array(256 * PER_TOKEN);

  // Sentence boundaries: what '<s>' gives as the previous word(s), '</s>' as the next.
  private readonly bos = new Float64Array(L);
  private readonly eos = new Float64Array(L);
  private readonly bos2: number;
  private readonly eos2: number;
  private readonly bosStates = new Int32Array(INTS);
  // Offsets of features with few values: f2(34, position, capitals around), the gazetteer's categories,
  // f2(61, …) and f2(64, …) of the document view, and the document memory's.
  private readonly caps = new Int32Array(POSITIONS.length * 8);
  private readonly gazHere = new Int32Array(64);
  private readonly gazPrev = new Int32Array(32);
  private readonly gazNext = new Int32Array(32);
  private readonly sentenceStart = new Int32Array(4);
  private readonly inCapitals = new Int32Array(8);
  private readonly latest = new Int32Array(4);
  private readonly shares = new Int32Array(2 * L * SHARES);

  constructor(
    private readonly table: WeightTable,
    private readonly resources: FeatureResources,
    readonly capacity = WORD_CACHE,
  ) {
    this.values = table.values;
    const g = resources.groups;
    this.shape = g.has('shape');
    this.affix = g.has('affix');
    this.context = g.has('context');
    this.gazetteer = g.has('gazetteer') && resources.gazetteer !== null;
    this.clusters = g.has('clusters') && resources.clusters !== null;
    this.document = g.has('document');
    this.history = g.has('history');
    this.headlineGroup = g.has('headline');
    this.sums = new Float64Array(capacity * SUMS);
    this.ints = new Int32Array(capacity * INTS);
    this.lower = new Array<string>(capacity).fill('');
    this.shapes = new Array<string>(capacity).fill('');

    this.add(this.bos, 0, f1(3, '<s>'));
    this.add(this.eos, 0, f1(4, '</s>'));
    if (this.shape) {
      this.add(this.bos, 0, f1(11, '<s>'));
      this.add(this.eos, 0, f1(12, '</s>'));
    }
    this.bos2 = table.offset(f1(5, '<s>'));
    this.eos2 = table.offset(f1(6, '</s>'));
    this.bosStates[S7] = pairState(7, '<s>');
    this.bosStates[S13] = pairState(13, '<s>');
    this.bosStates[S31] = pairState(31, '<s>');
    this.bosStates[S32] = pairState(32, '<s>');
    POSITIONS.forEach((position, k) => {
      for (let bits = 0; bits < 8; bits++) {
        const around = (bits & 4 ? 'C' : 'c') + (bits & 2 ? 'C' : 'c') + (bits & 1 ? 'C' : 'c');
        this.caps[k * 8 + bits] = table.offset(f2(34, position, around));
      }
    });
    const gazName = (bits: number) => {
      let s = '';
      for (let c = 0; c < GAZ_CATEGORIES.length; c++) if (bits & (1 << c)) s += GAZ_CATEGORIES[c]![0];
      return s;
    };
    for (let bits = 0; bits < 32; bits++) {
      this.gazHere[bits] = table.offset(f1(40, `I${gazName(bits)}`));
      this.gazHere[32 + bits] = table.offset(f1(40, `B${gazName(bits)}`));
      this.gazPrev[bits] = table.offset(f1(41, gazName(bits)));
      this.gazNext[bits] = table.offset(f1(42, gazName(bits)));
    }
    for (let k = 0; k < 4; k++) this.sentenceStart[k] = table.offset(f2(61, k & 2 ? 'cap' : 'nocap', k & 1 ? 'low' : 'nolow'));
    for (let k = 0; k < 8; k++) {
      this.inCapitals[k] = table.offset(f2(64, (k & 4 ? 'h' : 'b') + (k & 2 ? 'mixed' : 'nomixed'), k & 1 ? 'low' : 'nolow'));
    }
    for (let t = 0; t < 4; t++) this.latest[t] = table.offset(fn(60, t));
    for (let k = 0; k < L * SHARES; k++) {
      this.shares[k] = table.offset(fn(62, k));
      this.shares[L * SHARES + k] = table.offset(fn(63, k));
    }
  }

  /** Adds the weights of one feature to the vector at `at` of `into`. */
  private add(into: Float64Array, at: number, hash: number): void {
    const o = this.table.offset(hash);
    if (o < 0) return;
    for (let y = 0; y < L; y++) into[at + y]! += this.values[o + y]!;
  }

  /** What the scorer needs of a word it has not cached (or has forgotten). */
  private fill(slot: number, w: string): void {
    const l = w.toLowerCase();
    const sh = shapeOf(w);
    const r = this.resources;
    const { sums, ints, table } = this;
    this.lower[slot] = l;
    this.shapes[slot] = sh;
    const at = slot * SUMS;
    sums.fill(0, at, at + SUMS);
    this.add(sums, at + SELF, f1(0, ''));
    this.add(sums, at + SELF, f1(1, w));
    this.add(sums, at + SELF, f1(2, l));
    this.add(sums, at + AS_PREV, f1(3, l));
    this.add(sums, at + AS_NEXT, f1(4, l));
    if (this.shape) {
      this.add(sums, at + SELF, f1(10, sh));
      this.add(sums, at + SELF, f1(15, String(Math.min(w.length, 8))));
      this.add(sums, at + AS_PREV, f1(11, sh));
      this.add(sums, at + AS_NEXT, f1(12, sh));
    }
    if (this.affix) {
      for (let k = 1; k <= 4 && k <= l.length; k++) {
        this.add(sums, at + SELF, mix(SEEDS[19 + k]!, l, 0, k) >>> 0);
        this.add(sums, at + SELF, mix(SEEDS[23 + k]!, l, l.length - k) >>> 0);
      }
    }
    if (this.gazetteer && isUpper(w)) {
      const u = w.toUpperCase();
      if (r.gazetteer!.firstNames.has(u)) this.add(sums, at + SELF, f1(43, ''));
      if (r.gazetteer!.lastNames.has(u)) this.add(sums, at + SELF, f1(44, ''));
    }
    if (this.clusters) {
      const c = r.clusters!.get(l) ?? -1;
      if (c >= 0) {
        for (let d = 0; d < CLUSTER_DEPTHS; d++) this.add(sums, at + SELF, fn(50 + d, clusterAt(c, d)));
        this.add(sums, at + SELF, fns(54, clusterAt(c, 1), sh));
        this.add(sums, at + AS_PREV, fn(55, clusterAt(c, 1)));
        this.add(sums, at + AS_PREV, fn(56, clusterAt(c, 2)));
        this.add(sums, at + AS_NEXT, fn(57, clusterAt(c, 1)));
        this.add(sums, at + AS_NEXT, fn(58, clusterAt(c, 2)));
      } else this.add(sums, at + SELF, f1(59, sh));
    }
    const i = slot * INTS;
    ints[i + BACK2] = table.offset(f1(5, l));
    ints[i + AHEAD2] = table.offset(f1(6, l));
    for (let k = 0; k < POSITIONS.length; k++) ints[i + POSITION + k] = this.context ? table.offset(f2(30, POSITIONS[k]!, sh)) : -1;
    ints[i + S7] = pairState(7, l);
    ints[i + S13] = pairState(13, sh);
    ints[i + S31] = pairState(31, sh);
    ints[i + S32] = pairState(32, l);
    ints[i + S8] = pairState(8, l);
    ints[i + S14] = pairState(14, sh);
    ints[i + S33] = pairState(33, sh);
    ints[i + FLAGS] = (isUpper(w) ? UPPER : 0) | (isAllCaps(w) ? ALL_CAPS : 0);
  }

  /**
   * Emission scores of a sentence into `out` (n × L, overwritten). `memory` is the document memory when the
   * model reads it ('document', 'history'), else null; `matched` the sentence's gazetteer matches if known.
   * Returns false, scoring nothing, for a sentence of more words than the cache holds.
   */
  score(tokens: readonly string[], doc: DocumentView, memory: DocumentMemory | null, headline: boolean, matched: GazetteerMatch | undefined, out: Float64Array): boolean {
    const n = tokens.length;
    if (n > this.capacity) return false;
    if (this.slots.size + n > this.capacity) this.slots.clear();
    if (this.ids.length < n) {
      this.ids = new Int32Array(2 * n);
      this.hashes = new Uint32Array(2 * n * PER_TOKEN);
      this.hashRows = new Int32Array(2 * n * PER_TOKEN);
      this.offsets = new Int32Array(2 * n * PER_TOKEN);
    }
    const ids = this.ids;
    for (let i = 0; i < n; i++) {
      const w = tokens[i]!;
      let slot = this.slots.get(w);
      if (slot === undefined) {
        slot = this.slots.size;
        this.slots.set(w, slot);
        this.fill(slot, w);
      }
      ids[i] = slot;
    }
    const gaz = this.gazetteer ? matched ?? matchGazetteer(this.resources.gazetteer!, tokens) : null;
    const { sums, ints, lower, shapes, hashes, hashRows, offsets, values } = this;
    let h = 0;
    for (let i = 0; i < n; i++) {
      const s = ids[i]!;
      const p = i > 0 ? ids[i - 1]! : -1;
      const q = i + 1 < n ? ids[i + 1]! : -1;
      const row = i * L;
      const si = s * INTS;
      // The sums cached per word: its own, the previous word's and the next word's.
      const own = s * SUMS + SELF;
      const before = p >= 0 ? sums : this.bos;
      const beforeAt = p >= 0 ? p * SUMS + AS_PREV : 0;
      const after = q >= 0 ? sums : this.eos;
      const afterAt = q >= 0 ? q * SUMS + AS_NEXT : 0;
      for (let y = 0; y < L; y++) out[row + y] = sums[own + y]! + before[beforeAt + y]! + after[afterAt + y]!;
      addRow(out, row, values, i >= 2 ? ints[ids[i - 2]! * INTS + BACK2]! : this.bos2);
      addRow(out, row, values, i + 2 < n ? ints[ids[i + 2]! * INTS + AHEAD2]! : this.eos2);
      // Two-part features: each continues the hash state a neighbour (or the word) left.
      const l = lower[s]!;
      const sh = shapes[s]!;
      const nextLower = q >= 0 ? lower[q]! : '</s>';
      const prev = p >= 0 ? ints : this.bosStates;
      const pi = p >= 0 ? p * INTS : 0;
      hashes[h] = mix(prev[pi + S7]!, l);
      hashRows[h++] = row;
      hashes[h] = mix(ints[si + S8]!, nextLower);
      hashRows[h++] = row;
      if (this.shape) {
        hashes[h] = mix(prev[pi + S13]!, sh);
        hashRows[h++] = row;
        hashes[h] = mix(ints[si + S14]!, q >= 0 ? shapes[q]! : '</s>');
        hashRows[h++] = row;
      }
      const flags = ints[si + FLAGS]!;
      const position = i === 0 ? 0 : headline ? 1 : 2;
      if (this.context) {
        addRow(out, row, values, ints[si + POSITION + position]!);
        hashes[h] = mix(prev[pi + S31]!, l);
        hashRows[h++] = row;
        hashes[h] = mix(prev[pi + S32]!, sh);
        hashRows[h++] = row;
        hashes[h] = mix(ints[si + S33]!, nextLower);
        hashRows[h++] = row;
        const around = (p >= 0 && ints[pi + FLAGS]! & UPPER ? 4 : 0) | (flags & UPPER ? 2 : 0) | (q >= 0 && ints[q * INTS + FLAGS]! & UPPER ? 1 : 0);
        addRow(out, row, values, this.caps[position * 8 + around]!);
      }
      if (gaz) {
        const bits = gaz.begin[i]! | gaz.inside[i]!;
        if (bits) addRow(out, row, values, this.gazHere[(gaz.begin[i] ? 32 : 0) + bits]!);
        if (i > 0) {
          const before = gaz.begin[i - 1]! | gaz.inside[i - 1]!;
          if (before) addRow(out, row, values, this.gazPrev[before]!);
        }
        if (i + 1 < n) {
          const after = gaz.begin[i + 1]! | gaz.inside[i + 1]!;
          if (after) addRow(out, row, values, this.gazNext[after]!);
        }
      }
      if (this.document && (i === 0 || headline) && flags & UPPER) {
        addRow(out, row, values, this.sentenceStart[(doc.capitalisedInside.has(l) ? 2 : 0) | (doc.lowercase.has(l) ? 1 : 0)]!);
      }
      if (this.headlineGroup && flags & ALL_CAPS) {
        addRow(out, row, values, this.inCapitals[(headline ? 4 : 0) | (doc.mixedCase.has(l) ? 2 : 0) | (doc.lowercase.has(l) ? 1 : 0)]!);
      }
      if (memory) {
        const k = memory.slotOfLower(l);
        if (k < 0) continue;
        if (this.document && memory.latestType(k) >= 0) addRow(out, row, values, this.latest[memory.latestType(k)]!);
        if (this.history && flags & UPPER) {
          const shares = headline && this.headlineGroup ? L * SHARES : 0;
          const total = memory.total(k);
          for (let y = 0; y < L; y++) {
            const count = memory.count(k, y);
            if (count > 0) addRow(out, row, values, this.shares[shares + y * SHARES + share(count, total)]!);
          }
        }
      }
    }
    // Probe for every hash first (independent reads of the index), then add what was found.
    const table = this.table;
    for (let k = 0; k < h; k++) offsets[k] = table.offset(hashes[k]!);
    for (let k = 0; k < h; k++) addRow(out, hashRows[k]!, values, offsets[k]!);
    return true;
  }
}
