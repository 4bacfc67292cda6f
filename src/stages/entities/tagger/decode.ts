import { LABELS } from './corpus.ts';

export const L = LABELS.length;
export const START = L; // row of the start "label" in the transition table

/** transitions[(prev) * L + label]; prev = START at the sentence start. I-T only follows B-T or I-T. */
export function allowedTransition(prev: number, label: number): boolean {
  if (label === 0 || label % 2 === 1) return true;
  return prev !== START && (prev === label || prev === label - 1);
}

/** Best label sequence under emission scores (n × L) and transition scores ((L+1) × L), BIO-constrained. */
export function viterbi(emissions: Float64Array, n: number, transitions: ArrayLike<number>): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) score[y] = allowedTransition(START, y) ? emissions[y]! + transitions[START * L + y]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowedTransition(p, y)) continue;
        const s = score[(i - 1) * L + p]! + transitions[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emissions[i * L + y]!;
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (score[(n - 1) * L + k]! > score[(n - 1) * L + y]!) y = k;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = y;
    y = back[i * L + y]!;
  }
  return path;
}

/** Entity type index (0 PER … 3 MISC) of a label, -1 for O. */
export function typeOf(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 1;
}

/**
 * What the document has said so far: the type the latest earlier mention of a capitalised word got.
 * Both training and tagging fill it from the tagger's own predictions, so the feature means the same.
 */
export class DocumentMemory {
  private types = new Map<string, number>();
  typeOf(token: string): number | undefined {
    return this.types.get(token.toLowerCase());
  }
  remember(tokens: readonly string[], labels: readonly number[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const c = tokens[i]!.charCodeAt(0);
      if (labels[i] !== 0 && c >= 65 && c <= 90) this.types.set(tokens[i]!.toLowerCase(), typeOf(labels[i]!));
    }
  }
}
