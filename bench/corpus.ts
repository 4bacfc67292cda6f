// The fixed bench corpus (≥1M tokens of real news, ≥5,000 documents) is the one ingest benches use.
export { benchDocs, type BenchDoc } from '../scripts/build-bench-corpus.ts';
import { benchDocs, type BenchDoc } from '../scripts/build-bench-corpus.ts';

/** Word count the way the corpora count tokens: whitespace-separated pieces. */
export function countTokens(docs: readonly BenchDoc[]): number {
  let n = 0;
  for (const d of docs) n += d.text.split(/\s+/).filter(Boolean).length;
  return n;
}

/** n documents evenly spaced over the corpus (all of it without n), so a quick run still spans every source. */
export function sampleDocs(n?: number): BenchDoc[] {
  const all = benchDocs();
  const k = Math.min(n ?? all.length, all.length);
  return Array.from({ length: k }, (_, i) => all[Math.floor((i * all.length) / k)]!);
}

/** Median, min and max of a list of figures; spread is (max − min) / median. */
export function summarize(values: readonly number[]): { median: number; min: number; max: number; spread: number } {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s.at(-1)!, spread: median ? (s.at(-1)! - s[0]!) / median : 0 };
}
