import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { REPO_ROOT } from '../../../util/shared-data.ts';
import { NerFileError } from './errors.ts';

export const CLUSTERS_FILE = path.join(REPO_ROOT, 'models/ner/word-clusters.tsv.gz');

/**
 * Branching of the cluster tree built by scripts/build-word-clusters.ts: 16 top clusters, each split in 8,
 * then 8, then 4 (4,096 leaves). A leaf number is the path; `clusterAt` reads it at any depth.
 */
export const CLUSTER_BRANCHES = [16, 8, 8, 4] as const;
export const CLUSTER_DEPTHS = CLUSTER_BRANCHES.length;
const LEAVES = CLUSTER_BRANCHES.reduce((a, b) => a * b, 1);
// Leaves under one cluster of each depth: the divisor that turns a leaf into that depth's cluster.
const UNDER = CLUSTER_BRANCHES.map((_, d) => CLUSTER_BRANCHES.slice(d + 1).reduce((a, b) => a * b, 1));

/** The cluster of a leaf at a depth (0 = coarsest, 16 clusters; CLUSTER_DEPTHS − 1 = the leaf itself). */
export function clusterAt(leaf: number, depth: number): number {
  return (leaf / UNDER[depth]!) | 0;
}

/** Lower-cased word → leaf of the cluster tree. Words the table lacks have no cluster. */
export type WordClusters = Map<string, number>;

const REBUILD = 'restore it from git (models/ner/) or rebuild it with node --import tsx scripts/build-word-clusters.ts';

/** Read the gzipped table `word<TAB>leaf` per line. */
export function readWordClusters(file: string): WordClusters {
  let text: string;
  try {
    text = gunzipSync(readFileSync(file)).toString('utf8');
  } catch {
    throw new NerFileError(file, 'word cluster table missing or not gzip', REBUILD);
  }
  // One scan over the text, the leaf read digit by digit: 200,000 lines split, sliced and tested with a
  // regular expression were a tenth of the pipeline's set-up time.
  const clusters: WordClusters = new Map();
  const corrupt = () => new NerFileError(file, 'word cluster table is corrupt', REBUILD);
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const tab = text.indexOf('\t', start);
      if (tab <= start || tab + 1 >= end) throw corrupt();
      let leaf = 0;
      for (let i = tab + 1; i < end; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) throw corrupt();
        leaf = leaf * 10 + digit;
      }
      if (leaf >= LEAVES) throw corrupt();
      clusters.set(text.slice(start, tab), leaf);
    }
    start = end + 1;
  }
  return clusters;
}
