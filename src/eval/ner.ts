import { EvalInputError, prf, type EvalReport, type Scorer } from './scorer.ts';
import { NER_TYPES, readNerCorpus, spansOf, type NerDoc } from '../stages/entities/tagger/corpus.ts';
import { NerFileError } from '../stages/entities/tagger/errors.ts';
import { loadNerTagger, type NerTagger } from '../stages/entities/tagger/tagger.ts';

export interface NerCounts {
  /** per type: [correct, predicted, gold] */
  byType: Map<string, [number, number, number]>;
  tokens: number;
  seconds: number;
}

/**
 * conlleval scoring: an entity counts when its span and type both match exactly. The tagger runs on the
 * gold tokens, one document at a time (so document memory works), in the file's annotation convention.
 */
export function countNer(tagger: NerTagger, docs: readonly NerDoc[]): NerCounts {
  const byType = new Map<string, [number, number, number]>(NER_TYPES.map((t) => [t, [0, 0, 0]]));
  let tokens = 0;
  let seconds = 0;
  for (const doc of docs) {
    const began = process.hrtime.bigint();
    const predicted = tagger.tagDocument(doc.sentences.map((s) => s.tokens), doc.convention);
    seconds += Number(process.hrtime.bigint() - began) / 1e9;
    doc.sentences.forEach((s, i) => {
      tokens += s.tokens.length;
      const gold = spansOf(s.labels);
      const pred = spansOf(predicted[i]!);
      const goldKeys = new Set(gold.map((g) => g.join()));
      for (const g of gold) byType.get(g[2])![2]++;
      for (const p of pred) {
        const row = byType.get(p[2])!;
        row[1]++;
        if (goldKeys.has(p.join())) row[0]++;
      }
    });
  }
  return { byType, tokens, seconds };
}

export function nerReport(counts: NerCounts, file: string): EvalReport {
  const rows: (string | number)[][] = [];
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  for (const [type, [c, p, g]] of counts.byType) {
    const s = prf(c, p, g);
    rows.push([type, s.precision, s.recall, s.f1, g]);
    correct += c;
    predicted += p;
    gold += g;
  }
  const all = prf(correct, predicted, gold);
  rows.push(['all', all.precision, all.recall, all.f1, gold]);
  return {
    title: `NER on ${file} (conlleval: exact span and type)`,
    header: ['type', 'P', 'R', 'F1', 'gold'],
    rows,
    notes: [`${counts.tokens} tokens tagged in ${counts.seconds.toFixed(2)} s (${Math.round(counts.tokens / counts.seconds)} tokens/s)`],
    figures: { task: 'ner', ...all, tokens: counts.tokens, seconds: Math.round(counts.seconds * 1000) / 1000 },
  };
}

/** CoNLL-2003 / GMB JSONL; GMB labels map per→PER, org→ORG, geo and gpe→LOC, art/eve/nat→MISC, tim→O. */
export const scorer: Scorer = {
  task: 'ner',
  format: 'CoNLL-2003 / GMB JSONL: {"id","sentences":[{"tokens":[…],"ner":[IOB2 tags]}]} per line',
  async score(file) {
    let docs: NerDoc[];
    try {
      docs = readNerCorpus(file);
    } catch (error) {
      if (error instanceof NerFileError) throw new EvalInputError(error.message);
      throw error;
    }
    return nerReport(countNer(loadNerTagger(), docs), file);
  },
};
