import type { Convention } from './corpus.ts';
import { DocumentMemory, L, viterbi } from './decode.ts';
import { documentFeatures, isHeadline, sentenceFeatures, taggingOrder, viewDocument, type DocumentView, type FeatureGroup, type FeatureResources } from './features.ts';
import { readGazetteer, type Gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { readModelFile, type NerWeights } from './model-file.ts';
import { EmissionScorer } from './scorer.ts';
import { CLUSTERS_FILE, MODEL_FILE } from './model-files.ts';
import { readWordClusters } from './word-clusters.ts';

export { MODEL_FILE } from './model-files.ts';

let gazetteer: Gazetteer | undefined;

/** The gazetteer compiled from the shipped entity lexicons (prebuilt), once per process. */
export function sharedGazetteer(): Gazetteer {
  gazetteer ??= readGazetteer();
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
  /** Whether the model reads what the document said before (document memory, prediction history). */
  private readonly remembers: boolean;
  /** One scorer (with its word cache) per convention's weight table, made when first asked for. */
  private readonly scorers = new Map<Convention, EmissionScorer>();
  private emissions = new Float64Array(64 * L);
  /** The model's transition scores as a typed array: viterbi reads 53 of them per token. */
  private readonly transitions: Float64Array;
  constructor(
    readonly model: NerWeights,
    private readonly resources: FeatureResources,
  ) {
    this.transitions = Float64Array.from(model.header.transitions);
    this.remembers = resources.groups.has('document') || resources.groups.has('history');
  }

  /** `matches`, when given, are the sentences' gazetteer matches, so they are not computed twice. */
  tagDocument(sentences: readonly (readonly string[])[], convention: Convention = 'conll', matches?: readonly GazetteerMatch[]): number[][] {
    return this.run(sentences, convention, matches, false);
  }

  /**
   * The emission scores tagDocument decodes, sentence by sentence: from the scorer's caches, or
   * (`reference`) by looking up every hash sentenceFeatures and documentFeatures give, as training does.
   */
  emissionScores(sentences: readonly (readonly string[])[], convention: Convention, reference: boolean): Float64Array[] {
    const scores: Float64Array[] = new Array(sentences.length);
    this.run(sentences, convention, undefined, reference, scores);
    return scores;
  }

  private scorer(convention: Convention): EmissionScorer {
    let scorer = this.scorers.get(convention);
    if (!scorer) {
      scorer = new EmissionScorer(this.model.table(convention), this.resources);
      this.scorers.set(convention, scorer);
    }
    return scorer;
  }

  private run(
    sentences: readonly (readonly string[])[],
    convention: Convention,
    matches: readonly GazetteerMatch[] | undefined,
    reference: boolean,
    scores?: Float64Array[],
  ): number[][] {
    const { groups } = this.resources;
    const view = viewDocument(sentences);
    const memory = this.remembers ? new DocumentMemory() : null;
    const scorer = this.scorer(convention);
    const transitions = this.transitions;
    const labels: number[][] = new Array(sentences.length);
    for (const s of taggingOrder(sentences, groups)) {
      const tokens = sentences[s]!;
      const n = tokens.length;
      if (this.emissions.length < n * L) this.emissions = new Float64Array(2 * n * L);
      const emissions = this.emissions;
      const headline = isHeadline(tokens);
      if (reference || !scorer.score(tokens, view, memory, headline, matches?.[s], emissions)) {
        this.referenceScores(tokens, view, memory, headline, matches?.[s], convention, emissions);
      }
      if (scores) scores[s] = emissions.slice(0, n * L);
      labels[s] = viterbi(emissions, n, transitions);
      if (memory) memory.remember(tokens, labels[s]!);
    }
    return labels;
  }

  /** Emission scores the plain way: every feature hash of the sentence looked up in the weight table. */
  private referenceScores(
    tokens: readonly string[],
    view: DocumentView,
    memory: DocumentMemory | null,
    headline: boolean,
    matched: GazetteerMatch | undefined,
    convention: Convention,
    emissions: Float64Array,
  ): void {
    const { groups } = this.resources;
    const table = this.model.table(convention);
    const { quantised, scale } = table;
    const hashes: number[] = [];
    const starts: number[] = [];
    const dynamic: number[] = [];
    sentenceFeatures(tokens, view, this.resources, hashes, starts, matched);
    const n = tokens.length;
    emissions.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let k = starts[i]!; k < starts[i + 1]!; k++) {
        const o = table.offset(hashes[k]!);
        if (o < 0) continue;
        for (let y = 0; y < L; y++) emissions[base + y]! += Math.fround(quantised[o + y]! * scale);
      }
      if (!memory) continue;
      dynamic.length = 0;
      documentFeatures(memory, tokens[i]!, headline, groups, dynamic);
      for (const h of dynamic) {
        const o = table.offset(h);
        if (o >= 0) for (let y = 0; y < L; y++) emissions[base + y]! += Math.fround(quantised[o + y]! * scale);
      }
    }
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
