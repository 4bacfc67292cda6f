import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inFrozenTenth, LABELS, readNerCorpus, type Convention, type NerDoc } from './corpus.ts';
import { DocumentMemory, L, START, viterbi } from './decode.ts';
import { allDocumentFeatures, documentFeatures, FEATURE_GROUPS, isHeadline, sentenceFeatures, taggingOrder, viewDocument, type FeatureGroup } from './features.ts';
import { MODEL_FORMAT, writeModelFile } from './model-file.ts';
import { featureResources } from './tagger.ts';
import { CLUSTERS_FILE } from './word-clusters.ts';
import { NerFileError } from './errors.ts';
import { mulberry32 as prng } from '../../../util/random.ts';

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
  /** How many times each epoch sees a CoNLL document (GMB's 714k tokens would otherwise outweigh CoNLL's 184k). */
  conllRepeat?: number;
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
export const DEFAULT_CONLL_REPEAT = 2;

interface Prepared {
  doc: NerDoc;
  sentences: { tokens: string[]; gold: number[]; feats: Int32Array; starts: Int32Array; headline: boolean }[];
  /** taggingOrder of the sentences: training sees the document memory as tagging will. */
  order: number[];
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
  const groupSet = new Set(groups);
  const remembers = groupSet.has('document') || groupSet.has('history');
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
  allDocumentFeatures(L, groupSet).forEach(register);
  const prepared: Prepared[] = docs.map((doc, d) => ({
    doc,
    order: taggingOrder(doc.sentences.map((s) => s.tokens), groupSet),
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
      return { tokens: s.tokens, gold: s.gold, feats: Int32Array.from(feats), starts: Int32Array.from(starts), headline: isHeadline(s.tokens) };
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
  const random = prng(options.seed);
  const conllRepeat = options.conllRepeat ?? DEFAULT_CONLL_REPEAT;
  const order = prepared.flatMap((p, i) => Array<number>(p.doc.convention === 'conll' ? conllRepeat : 1).fill(i));
  // Document features of the sentence being tagged: hashes, then rows, with where each token's begin.
  const dynamic: number[] = [];
  const dynFeats: number[] = [];
  const dynStarts: number[] = [];

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
      for (const sentence of prepared[d]!.order) {
        const s = prepared[d]!.sentences[sentence]!;
        const n = s.tokens.length;
        const emissions = new Float64Array(n * L);
        const score = (f: number, i: number) => {
          for (let y = 0; y < L; y++) emissions[i * L + y]! += w[f * L + y]!;
          if (cw) for (let y = 0; y < L; y++) emissions[i * L + y]! += cw[f * L + y]!;
        };
        dynFeats.length = 0;
        dynStarts.length = 0;
        for (let i = 0; i < n; i++) {
          for (let k = s.starts[i]!; k < s.starts[i + 1]!; k++) score(s.feats[k]!, i);
          dynStarts.push(dynFeats.length);
          if (!remembers) continue;
          dynamic.length = 0;
          documentFeatures(memory, s.tokens[i]!, s.headline, groupSet, dynamic);
          for (const h of dynamic) {
            const f = index.get(h)!;
            dynFeats.push(f);
            score(f, i);
          }
        }
        dynStarts.push(dynFeats.length);
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
            for (let k = dynStarts[i]!; k < dynStarts[i + 1]!; k++) bump(dynFeats[k]!);
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
      training: { files: files.map((f) => path.basename(path.dirname(f)) + '/' + path.basename(f)), seed: options.seed, epochs, conllRepeat, minCount, documents: docs.length, tokens },
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
