import { LABELS } from './corpus.ts';

export const L = LABELS.length;
export const START = L; // row of the start "label" in the transition table

/** transitions[(prev) * L + label]; prev = START at the sentence start. I-T only follows B-T or I-T. */
export function allowedTransition(prev: number, label: number): boolean {
  if (label === 0 || label % 2 === 1) return true;
  return prev !== START && (prev === label || prev === label - 1);
}

const ALLOWED = Uint8Array.from({ length: (L + 1) * L }, (_, k) => (allowedTransition(Math.floor(k / L), k % L) ? 1 : 0));
// Viterbi's tables, grown as needed and reused: tagging allocates no per-sentence tables.
let score = new Float64Array(64 * L);
let back = new Int32Array(64 * L);

/** Best label sequence under emission scores (n × L) and transition scores ((L+1) × L), BIO-constrained. */
export function viterbi(emissions: Float64Array, n: number, transitions: ArrayLike<number>): number[] {
  if (n === 0) return [];
  if (score.length < n * L) {
    score = new Float64Array(2 * n * L);
    back = new Int32Array(2 * n * L);
  }
  // Locals, not the module's variables, in the loops: the optimiser keeps them in registers.
  const s = score;
  const b = back;
  for (let y = 0; y < L; y++) s[y] = ALLOWED[START * L + y] ? emissions[y]! + transitions[START * L + y]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const from = (i - 1) * L;
    const at = i * L;
    for (let y = 0; y < L; y++) {
      // Previous labels in increasing order, so ties go to the lower one: O and B-T may follow any label,
      // I-T only B-T and I-T (allowedTransition); two loops the optimiser unrolls, not a list per label.
      let best = -Infinity;
      let arg = 0;
      if (y === 0 || y % 2 === 1) {
        for (let p = 0; p < L; p++) {
          const v = s[from + p]! + transitions[p * L + y]!;
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      } else {
        for (let p = y - 1; p <= y; p++) {
          const v = s[from + p]! + transitions[p * L + y]!;
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      }
      s[at + y] = best + emissions[at + y]!;
      b[at + y] = arg;
    }
  }
  const last = (n - 1) * L;
  let y = 0;
  for (let k = 1; k < L; k++) if (s[last + k]! > s[last + y]!) y = k;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = y;
    y = b[i * L + y]!;
  }
  return path;
}

/** Entity type index (0 PER … 3 MISC) of a label, -1 for O. */
export function typeOf(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 1;
}

/**
 * What the document has said so far about each capitalised word (lower-cased): how often each label was
 * given to it, and the type of its latest mention. Training and tagging both fill it from the tagger's own
 * predictions, so the features mean the same in both. Flat arrays, one slot per word.
 */
export class DocumentMemory {
  readonly labels = L;
  private readonly slots = new Map<string, number>();
  private counts = new Int32Array(64 * L);
  private latest = new Int8Array(64);

  /** The word's slot, -1 when no earlier mention of it was capitalised. */
  slotOf(token: string): number {
    return this.slots.get(token.toLowerCase()) ?? -1;
  }
  /** slotOf for a word already lower-cased. */
  slotOfLower(key: string): number {
    return this.slots.get(key) ?? -1;
  }
  /** Type (0 PER … 3 MISC) the latest mention tagged as a name got; -1 when none was. */
  latestType(slot: number): number {
    return this.latest[slot]!;
  }
  count(slot: number, label: number): number {
    return this.counts[slot * L + label]!;
  }
  total(slot: number): number {
    let n = 0;
    for (let y = 0; y < L; y++) n += this.counts[slot * L + y]!;
    return n;
  }
  remember(tokens: readonly string[], labels: readonly number[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const c = tokens[i]!.charCodeAt(0);
      if (!(c >= 65 && c <= 90)) continue;
      const key = tokens[i]!.toLowerCase();
      let slot = this.slots.get(key);
      if (slot === undefined) {
        slot = this.slots.size;
        this.slots.set(key, slot);
        if (slot === this.latest.length) this.grow();
        this.latest[slot] = -1;
      }
      this.counts[slot * L + labels[i]!]!++;
      if (labels[i] !== 0) this.latest[slot] = typeOf(labels[i]!);
    }
  }
  private grow(): void {
    const counts = new Int32Array(this.counts.length * 2);
    counts.set(this.counts);
    this.counts = counts;
    const latest = new Int8Array(this.latest.length * 2);
    latest.set(this.latest);
    this.latest = latest;
  }
}
