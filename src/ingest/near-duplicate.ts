/**
 * Near-duplicate (syndicated copy) detection: MinHash over word 5-shingles, LSH bands in the store.
 * Wire copies with a changed byline, a dropped paragraph or a few edited words keep most shingles.
 */
import type { Store } from '../store/contract.ts';
import { minhashBands } from '../store/minhash-bands.ts';
import { mulberry32Uint } from '../util/random.ts';

export const SIGNATURE_SIZE = 64;
const SHINGLE_WORDS = 5;
/** Estimated Jaccard similarity of shingle sets at or above which an article is a copy. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

// Fixed seeds: signatures must be the same in every process and every run.
const SEEDS = (() => {
  const next = mulberry32Uint(0x9e3779b9);
  return Array.from({ length: SIGNATURE_SIZE }, () => [next() | 1, next()] as const);
})();

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Final avalanche (murmur3 fmix32), so the per-seed hashes of one shingle are independent enough. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** MinHash signature of a text's lower-cased word shingles; empty for a text without words. */
export function minhashSignature(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  const shingles = new Set<number>();
  const width = Math.min(SHINGLE_WORDS, words.length);
  for (let i = 0; i + width <= words.length; i += 1) shingles.add(fnv1a(words.slice(i, i + width).join(' ')));
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < SIGNATURE_SIZE; k += 1) {
      const h = mix((Math.imul(s, SEEDS[k]![0]) + SEEDS[k]![1]) >>> 0);
      if (h < signature[k]!) signature[k] = h;
    }
  }
  return signature;
}

/** Share of equal positions: the estimate of the shingle sets' Jaccard similarity. */
export function similarity(a: number[], b: number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) same += 1;
  return same / a.length;
}

/** The earliest stored original this signature copies, with the similarity; null when there is none. */
export async function findOriginal(store: Store, signature: number[]): Promise<{ id: string; similarity: number } | null> {
  if (signature.length === 0) return null;
  let best: { id: string; similarity: number } | null = null;
  for (const candidate of await store.nearDuplicateCandidates(minhashBands(signature))) {
    const s = similarity(signature, candidate.minhash);
    if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { id: candidate.id, similarity: s };
  }
  return best;
}
