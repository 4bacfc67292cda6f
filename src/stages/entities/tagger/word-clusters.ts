import { readFileSync } from 'node:fs';
import { NerFileError } from './errors.ts';

/** Words are clustered by their lower-cased form with digits folded, so "1996" and "2020" share a key. */
export function clusterKey(token: string): string {
  return token.toLowerCase().replace(/\d/g, '0');
}

/** Word → [fine cluster, coarse cluster], as built by scripts/build-word-clusters.ts. */
export type WordClusters = Map<string, [string, string]>;

export function readWordClusters(file: string): WordClusters {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new NerFileError(file, 'word cluster table missing', 'restore it from git or rebuild it with node --import tsx scripts/build-word-clusters.ts');
  }
  const clusters: WordClusters = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [word, fine, coarse] = line.split('\t');
    if (!word || !fine || !coarse) {
      throw new NerFileError(file, 'word cluster table is corrupt', 'rebuild it with node --import tsx scripts/build-word-clusters.ts');
    }
    clusters.set(word, [fine, coarse]);
  }
  return clusters;
}
