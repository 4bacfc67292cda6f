/**
 * Word clusters for the NER tagger, learned from the training tokens of CoNLL-2003 and GMB (never dev or
 * test). A cheap distributional clustering stands in for Brown clusters: each word of frequency ≥ MIN_COUNT
 * is a vector of PPMI-weighted left and right neighbours (the TOP_CONTEXTS most frequent words), and
 * spherical k-means groups them at two granularities. Only the table word → fine, coarse ships
 * (models/ner/word-clusters.tsv), never the text. Deterministic: centroids start at the most frequent words.
 * Run: node --import tsx scripts/build-word-clusters.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readNerCorpus } from '../src/stages/entities/tagger/corpus.ts';
import { REPO_ROOT, sharedDataFile } from '../src/util/shared-data.ts';
import { clusterKey } from '../src/stages/entities/tagger/word-clusters.ts';

const MIN_COUNT = 4;
const TOP_CONTEXTS = 800;
const FINE = 400;
const COARSE = 60;
const ITERATIONS = 12;

const sentences: string[][] = [];
for (const rel of ['conll2003/train.jsonl', 'gmb/train.jsonl']) {
  const file = sharedDataFile(rel);
  if (!file) throw new Error(`needs ${rel} from ../shared/data`);
  for (const doc of readNerCorpus(file)) for (const s of doc.sentences) sentences.push(s.tokens.map(clusterKey));
}
const counts = new Map<string, number>();
for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
const byFreq = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
const index = new Map(vocab.map((w, i) => [w, i]));
const contextIndex = new Map(byFreq.slice(0, TOP_CONTEXTS).map(([w], i) => [w, i]));
const dims = 2 * TOP_CONTEXTS + 2;

// Co-occurrence counts: slot = left context (0..K) or right context (K+1..2K+1); K = "other word".
const cooc = vocab.map(() => new Map<number, number>());
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const row = index.get(s[i]!);
    if (row === undefined) continue;
    const left = i > 0 ? (contextIndex.get(s[i - 1]!) ?? TOP_CONTEXTS) : TOP_CONTEXTS;
    const right = TOP_CONTEXTS + 1 + (i + 1 < s.length ? (contextIndex.get(s[i + 1]!) ?? TOP_CONTEXTS) : TOP_CONTEXTS);
    for (const slot of [left, right]) cooc[row]!.set(slot, (cooc[row]!.get(slot) ?? 0) + 1);
  }
}
const slotTotals = new Float64Array(dims);
let total = 0;
for (const m of cooc) for (const [slot, c] of m) {
  slotTotals[slot]! += c;
  total += c;
}
// Sparse PPMI rows, L2-normalised.
const rows = cooc.map((m) => {
  const rowTotal = [...m.values()].reduce((a, b) => a + b, 0);
  const entries = [...m.entries()]
    .map(([slot, c]) => [slot, Math.max(0, Math.log((c * total) / (rowTotal * slotTotals[slot]!)))] as [number, number])
    .filter(([, v]) => v > 0)
    .sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((a, [, v]) => a + v * v, 0)) || 1;
  return { slots: Int32Array.from(entries, ([s]) => s), values: Float64Array.from(entries, ([, v]) => v / norm) };
});

function kmeans(k: number): Int32Array {
  const centroids = Array.from({ length: k }, (_, c) => {
    const dense = new Float64Array(dims);
    const r = rows[c]!;
    for (let j = 0; j < r.slots.length; j++) dense[r.slots[j]!] = r.values[j]!;
    return dense;
  });
  const assign = new Int32Array(rows.length);
  for (let it = 0; it < ITERATIONS; it++) {
    let changed = 0;
    rows.forEach((r, i) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const cen = centroids[c]!;
        let dot = 0;
        for (let j = 0; j < r.slots.length; j++) dot += cen[r.slots[j]!]! * r.values[j]!;
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      if (assign[i] !== best) changed++;
      assign[i] = best;
    });
    for (const cen of centroids) cen.fill(0);
    rows.forEach((r, i) => {
      const cen = centroids[assign[i]!]!;
      for (let j = 0; j < r.slots.length; j++) cen[r.slots[j]!]! += r.values[j]!;
    });
    for (const cen of centroids) {
      const norm = Math.sqrt(cen.reduce((a, v) => a + v * v, 0)) || 1;
      for (let d = 0; d < dims; d++) cen[d]! /= norm;
    }
    console.error(`k=${k} iteration ${it + 1}: ${changed} words moved`);
  }
  return assign;
}

const fine = kmeans(FINE);
const coarse = kmeans(COARSE);
const lines = vocab.map((w, i) => `${w}\t${fine[i]}\t${coarse[i]}`);
writeFileSync(path.join(REPO_ROOT, 'models/ner/word-clusters.tsv'), `${lines.join('\n')}\n`);
console.log(`${vocab.length} words clustered into ${FINE} and ${COARSE} clusters`);
