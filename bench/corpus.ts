// The fixed bench corpus (≥1M tokens of real news, ≥5,000 documents) is the one ingest benches use.
export { benchDocs, type BenchDoc } from '../scripts/build-bench-corpus.ts';
import type { BenchDoc } from '../scripts/build-bench-corpus.ts';

/** Word count the way the corpora count tokens: whitespace-separated pieces. */
export function countTokens(docs: readonly BenchDoc[]): number {
  let n = 0;
  for (const d of docs) n += d.text.split(/\s+/).filter(Boolean).length;
  return n;
}
