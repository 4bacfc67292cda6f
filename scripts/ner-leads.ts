/**
 * The tagger alone on the wire leads' tune half (test/fixtures/wire-leads/tune.jsonl; never the frozen
 * half): it runs on the pipeline's own tokens and sentences, the leads' types map to CoNLL's (PERSON→PER,
 * GPE/LOC→LOC, NORP/EVENT/LAW/MISC→MISC), and a mention counts when its characters and type match exactly.
 * Used by ner-figures.ts and ner-ablation.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prf } from '../src/eval/scorer.ts';
import { buildPipeline, DEFAULT_STAGES } from '../src/index.ts';
import { spansOf } from '../src/stages/entities/tagger/corpus.ts';
import type { NerTagger } from '../src/stages/entities/tagger/tagger.ts';
import { REPO_ROOT } from '../src/util/shared-data.ts';
import { LeadSchema } from '../test/fixtures/wire-leads/schema.ts';

const LEAD_TYPES: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', NORP: 'MISC', EVENT: 'MISC', LAW: 'MISC', MISC: 'MISC' };

/** Exact character span + CoNLL type on the wire leads' tune half; `errors` gets each lead's misses. */
// The stages that read the text into sentences and tokens: everything before the entities stage.
const segmentation = buildPipeline(DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((s) => s.name === 'entities')));

export function scoreLeads(tagger: NerTagger, errors?: (line: string) => void): ReturnType<typeof prf> & { gold: number } {
  const file = path.join(REPO_ROOT, 'test/fixtures/wire-leads/tune.jsonl');
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const lead = LeadSchema.parse(JSON.parse(line));
    const doc = segmentation.analyze({ text: lead.text, published: lead.published });
    const sentences = doc.sentences.map(() => [] as { text: string; start: number; end: number }[]);
    for (const t of doc.tokens) sentences[t.sentence]!.push(t);
    const labels = tagger.tagDocument(sentences.map((s) => s.map((t) => t.text)));
    const want = new Set(lead.mentions.map((m) => `${m.start}:${m.end}:${LEAD_TYPES[m.type]}`));
    gold += want.size;
    const got = new Set<string>();
    sentences.forEach((s, k) => {
      for (const [first, end, type] of spansOf(labels[k]!)) got.add(`${s[first]!.start}:${s[end - 1]!.end}:${type}`);
    });
    predicted += got.size;
    for (const key of got) if (want.has(key)) correct++;
    if (errors) {
      const show = (key: string) => {
        const [start, end, type] = key.split(':');
        return `${lead.text.slice(Number(start), Number(end))}/${type}`;
      };
      const missed = [...want].filter((k) => !got.has(k)).map(show);
      const extra = [...got].filter((k) => !want.has(k)).map(show);
      if (missed.length + extra.length) errors(`${lead.id}: missed ${missed.join(', ')} | extra ${extra.join(', ')}`);
    }
  }
  return { ...prf(correct, predicted, gold), gold };
}

