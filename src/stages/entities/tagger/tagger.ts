import path from 'node:path';
import { REPO_ROOT } from '../../../util/shared-data.ts';
import type { Convention } from './corpus.ts';
import { DocumentMemory, L, viterbi } from './decode.ts';
import { documentFeature, sentenceFeatures, viewDocument, type FeatureGroup, type FeatureResources } from './features.ts';
import { buildGazetteer, type Gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { readModelFile, type NerWeights } from './model-file.ts';
import { readWordClusters } from './word-clusters.ts';

export const MODEL_DIR = path.join(REPO_ROOT, 'models/ner');
export const MODEL_FILE = path.join(MODEL_DIR, 'tagger.bin.gz');
export const CLUSTERS_FILE = path.join(MODEL_DIR, 'word-clusters.tsv');

let gazetteer: Gazetteer | undefined;

/** The gazetteer compiled from the shipped entity lexicons, once per process. */
export function sharedGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}

/** Gazetteer and clusters for the given feature groups (only those the groups use are loaded). */
export function featureResources(groups: readonly FeatureGroup[], clustersFile = CLUSTERS_FILE): FeatureResources {
  const set = new Set(groups);
  return {
    groups: set,
    gazetteer: set.has('gazetteer') ? sharedGazetteer() : null,
    clusters: set.has('clusters') ? readWordClusters(clustersFile) : null,
  };
}

/**
 * The trained sequence tagger: averaged-perceptron weights, first-order Viterbi over BIO labels,
 * document memory across sentences. `tagDocument` returns one label index array per sentence (see LABELS).
 */
export class NerTagger {
  private readonly doc: boolean;
  constructor(
    readonly model: NerWeights,
    private readonly resources: FeatureResources,
  ) {
    this.doc = resources.groups.has('document');
  }

  /** `matches`, when given, are the sentences' gazetteer matches, so they are not computed twice. */
  tagDocument(sentences: readonly (readonly string[])[], convention: Convention = 'conll', matches?: readonly GazetteerMatch[]): number[][] {
    const view = viewDocument(sentences);
    const memory = new DocumentMemory();
    const { features } = this.model;
    const table = this.model.header.conventions.indexOf(convention);
    const weights = this.model.weights[Math.max(0, table)]!;
    const transitions = this.model.header.transitions;
    const hashes: number[] = [];
    const starts: number[] = [];
    return sentences.map((tokens, s) => {
      hashes.length = 0;
      starts.length = 0;
      sentenceFeatures(tokens, view, this.resources, hashes, starts, matches?.[s]);
      const n = tokens.length;
      const emissions = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        const base = i * L;
        for (let k = starts[i]!; k < starts[i + 1]!; k++) {
          const f = features.get(hashes[k]!);
          if (f < 0) continue;
          for (let y = 0; y < L; y++) emissions[base + y]! += weights[f * L + y]!;
        }
        if (this.doc) {
          const type = memory.typeOf(tokens[i]!);
          const f = type === undefined ? -1 : features.get(documentFeature(type));
          if (f >= 0) for (let y = 0; y < L; y++) emissions[base + y]! += weights[f * L + y]!;
        }
      }
      const labels = viterbi(emissions, n, transitions);
      if (this.doc) memory.remember(tokens, labels);
      return labels;
    });
  }
}

let shared: NerTagger | undefined;

/** Load the committed tagger (once per process). Throws NerFileError when a file is missing or corrupt. */
export function loadNerTagger(file = MODEL_FILE): NerTagger {
  if (file === MODEL_FILE && shared) return shared;
  const model = readModelFile(file);
  const tagger = new NerTagger(model, featureResources(model.header.groups));
  if (file === MODEL_FILE) shared = tagger;
  return tagger;
}
