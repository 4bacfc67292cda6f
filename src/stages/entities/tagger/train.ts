import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inFrozenTenth, LABELS, readNerCorpus, type Convention, type NerDoc } from './corpus.ts';
import { DocumentMemory, L, START, viterbi } from './decode.ts';
import { documentFeature, FEATURE_GROUPS, sentenceFeatures, viewDocument, type FeatureGroup } from './features.ts';
import { MODEL_FORMAT, writeModelFile } from './model-file.ts';
import { CLUSTERS_FILE, featureResources } from './tagger.ts';
import { NerFileError } from './errors.ts';

export interface TrainNerOptions {
  /** Training JSONL file(s): CoNLL-2003 and/or GMB format. */
  train: string | string[];
  /** Where to write the model (e.g. models/ner/tagger.bin.gz). */
  out: string;
  seed: number;
  epochs?: number;
  groups?: readonly FeatureGroup[];
  /** Features seen fewer times in training are not learned. */
  minCount?: number;
  /** Quantised weights below this many int16 steps are pruned. */
  minWeight?: number;
  /** Use only the first N documents of each file (tests train on a few). */
  limitDocs?: number;
  clustersFile?: string;
  log?: (line: string) => void;
}

export interface TrainNerResult {
  file: string;
  sha256: string;
  bytes: number;
  features: number;
  tokens: number;
  epochs: number;
  seconds: number;
}

export const DEFAULT_EPOCHS = 8;

/** Deterministic PRNG (mulberry32): the same seed shuffles the documents the same way. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Prepared {
  doc: NerDoc;
  sentences: { tokens: string[]; gold: number[]; feats: Int32Array; starts: Int32Array }[];
}

/**
 * Train the tagger: averaged structured perceptron, first-order Viterbi, documents in a seeded random
 * order each epoch, document memory from the tagger's own predictions. Same inputs and seed → the same
 * bytes. The frozen tenth of CoNLL-2003 train is left out (inFrozenTenth). Throws NerFileError when a
 * training file is missing or not in the format.
 */
export async function trainNer(options: TrainNerOptions): Promise<TrainNerResult> {
  const began = Date.now();
  const log = options.log ?? (() => {});
  const epochs = options.epochs ?? DEFAULT_EPOCHS;
  const groups = [...(options.groups ?? FEATURE_GROUPS)];
  const minCount = options.minCount ?? 2;
  const files = Array.isArray(options.train) ? options.train : [options.train];
  // The frozen tenth of CoNLL train is never learned from (see inFrozenTenth).
  const docs = files.flatMap((file) => readNerCorpus(file).filter((d) => !inFrozenTenth(d.id)).slice(0, options.limitDocs ?? Infinity));
  const resources = featureResources(groups, options.clustersFile ?? CLUSTERS_FILE);

  // Pass 0: extract static features once, count them, keep the frequent ones.
  const counts = new Map<number, number>();
  const raw: { tokens: string[]; gold: number[]; hashes: Uint32Array; starts: Int32Array }[][] = [];
  let tokens = 0;
  for (const doc of docs) {
    const view = viewDocument(doc.sentences.map((s) => s.tokens));
    raw.push(
      doc.sentences.map((s) => {
        const hashes: number[] = [];
        const starts: number[] = [];
        sentenceFeatures(s.tokens, view, resources, hashes, starts);
        for (const h of hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
        tokens += s.tokens.length;
        return { tokens: s.tokens, gold: s.labels, hashes: Uint32Array.from(hashes), starts: Int32Array.from(starts) };
      }),
    );
  }
  const index = new Map<number, number>();
  const hashList: number[] = [];
  const register = (h: number) => {
    if (!index.has(h)) {
      index.set(h, hashList.length);
      hashList.push(h);
    }
  };
  for (const [h, c] of counts) if (c >= minCount) register(h);
  counts.clear();
  const docFeatures = [0, 1, 2, 3].map((t) => documentFeature(t));
  if (groups.includes('document')) docFeatures.forEach(register);
  const prepared: Prepared[] = docs.map((doc, d) => ({
    doc,
    sentences: raw[d]!.map((s) => {
      const feats: number[] = [];
      const starts: number[] = [];
      for (let i = 0; i < s.tokens.length; i++) {
        starts.push(feats.length);
        for (let k = s.starts[i]!; k < s.starts[i + 1]!; k++) {
          const f = index.get(s.hashes[k]!);
          if (f !== undefined) feats.push(f);
        }
      }
      starts.push(feats.length);
      return { tokens: s.tokens, gold: s.gold, feats: Int32Array.from(feats), starts: Int32Array.from(starts) };
    }),
  }));
  raw.length = 0;
  log(`${docs.length} documents, ${tokens} tokens, ${hashList.length} features (seen ≥ ${minCount} times)`);

  const F = hashList.length;
  // Weights shared by all conventions, plus (feature augmentation) a private copy per convention; a token
  // scores with shared + its document's copy. Accumulators u hold Σ c·Δ for averaging: avg = w − u / c.
  const conventions: Convention[] = groups.includes('convention') ? ['conll', 'gmb'] : ['conll'];
  const w = new Float64Array(F * L);
  const u = new Float64Array(F * L);
  const wc = conventions.map(() => new Float64Array(F * L));
  const uc = conventions.map(() => new Float64Array(F * L));
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const docIndex = new Map(docFeatures.map((h) => [h, index.get(h)]));
  const random = prng(options.seed);
  const order = prepared.map((_, i) => i);

  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const d of order) {
      const memory = new DocumentMemory();
      const copy = conventions.length > 1 ? conventions.indexOf(prepared[d]!.doc.convention) : -1;
      const cw = copy >= 0 ? wc[copy]! : null;
      const cu = copy >= 0 ? uc[copy]! : null;
      for (const s of prepared[d]!.sentences) {
        const n = s.tokens.length;
        const dyn = new Int32Array(n).fill(-1);
        const emissions = new Float64Array(n * L);
        for (let i = 0; i < n; i++) {
          for (let k = s.starts[i]!; k < s.starts[i + 1]!; k++) {
            const f = s.feats[k]! * L;
            for (let y = 0; y < L; y++) emissions[i * L + y]! += w[f + y]!;
            if (cw) for (let y = 0; y < L; y++) emissions[i * L + y]! += cw[f + y]!;
          }
          const type = groups.includes('document') ? memory.typeOf(s.tokens[i]!) : undefined;
          if (type !== undefined) {
            dyn[i] = docIndex.get(docFeatures[type]!)!;
            for (let y = 0; y < L; y++) emissions[i * L + y]! += w[dyn[i]! * L + y]! + (cw ? cw[dyn[i]! * L + y]! : 0);
          }
        }
        const pred = viterbi(emissions, n, tw);
        let prevGold = START;
        let prevPred = START;
        for (let i = 0; i < n; i++) {
          const g = s.gold[i]!;
          const p = pred[i]!;
          if (g !== p) {
            errors++;
            const bump = (f: number) => {
              w[f * L + g]! += 1;
              u[f * L + g]! += c;
              w[f * L + p]! -= 1;
              u[f * L + p]! -= c;
              if (cw && cu) {
                cw[f * L + g]! += 1;
                cu[f * L + g]! += c;
                cw[f * L + p]! -= 1;
                cu[f * L + p]! -= c;
              }
            };
            for (let k = s.starts[i]!; k < s.starts[i + 1]!; k++) bump(s.feats[k]!);
            if (dyn[i]! >= 0) bump(dyn[i]!);
          }
          if (g !== p || prevGold !== prevPred) {
            tw[prevGold * L + g]! += 1;
            tu[prevGold * L + g]! += c;
            tw[prevPred * L + p]! -= 1;
            tu[prevPred * L + p]! -= c;
          }
          prevGold = g;
          prevPred = p;
        }
        memory.remember(s.tokens, pred);
        c++;
      }
    }
    log(`epoch ${epoch}/${epochs}: ${errors} token errors (${((100 * errors) / tokens).toFixed(2)}%)`);
  }

  for (let k = 0; k < w.length; k++) w[k] = w[k]! - u[k]! / c;
  // One table per convention: shared + private, so tagging costs one lookup per feature.
  const tables = conventions.length === 1 ? [w] : wc.map((cw, t) => cw.map((x, k) => w[k]! + x - uc[t]![k]! / c));
  const transitions = Array.from(tw, (x, k) => Math.round((x - tu[k]! / c) * 1e6) / 1e6);
  mkdirSync(path.dirname(options.out), { recursive: true });
  const written = writeModelFile(
    options.out,
    {
      format: MODEL_FORMAT,
      labels: [...LABELS],
      groups,
      conventions,
      transitions,
      training: { files: files.map((f) => path.basename(path.dirname(f)) + '/' + path.basename(f)), seed: options.seed, epochs, minCount, documents: docs.length, tokens },
    },
    Uint32Array.from(hashList),
    tables,
    options.minWeight ?? 2,
  );
  const sha256 = createHash('sha256').update(readFileSync(options.out)).digest('hex');
  const seconds = (Date.now() - began) / 1000;
  log(`wrote ${options.out}: ${written.features} features, ${(written.bytes / 1e6).toFixed(2)} MB, ${seconds.toFixed(1)} s`);
  if (written.features === 0) throw new NerFileError(options.out, 'training learned nothing', 'check that the training file has entity tags');
  return { file: options.out, sha256, bytes: written.bytes, features: written.features, tokens, epochs, seconds };
}
