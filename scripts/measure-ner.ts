/**
 * One-off measurement of the committed NER tagger: model load time, tagging speed on one core (tokens/s
 * over the CoNLL-2003 dev tokens, tagged document by document, best of 3 (or --passes) passes after a warm-up), peak
 * RSS and the weight size. Run: node --import tsx scripts/measure-ner.ts [--model FILE] [--passes N]
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readNerCorpus } from '../src/stages/entities/tagger/corpus.ts';
import { loadNerTagger, MODEL_FILE } from '../src/stages/entities/tagger/tagger.ts';
import { sharedDataFile } from '../src/util/shared-data.ts';

const { values } = parseArgs({ options: { model: { type: 'string' }, passes: { type: 'string' } } });
const model = values.model ?? MODEL_FILE;
const began = process.hrtime.bigint();
const tagger = loadNerTagger(model);
const loadSeconds = Number(process.hrtime.bigint() - began) / 1e9;
const file = sharedDataFile('conll2003/dev.jsonl');
if (!file) throw new Error('needs conll2003/dev.jsonl from ../shared/data');
const docs = readNerCorpus(file).map((d) => d.sentences.map((s) => s.tokens));
const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
for (const d of docs) tagger.tagDocument(d);
let best = Infinity;
for (let pass = 0; pass < Number(values.passes ?? 3); pass++) {
  const t = process.hrtime.bigint();
  for (const d of docs) tagger.tagDocument(d);
  best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
}
console.log(
  JSON.stringify({
    loadSeconds: Math.round(loadSeconds * 1000) / 1000,
    tokens,
    tokensPerSecond: Math.round(tokens / best),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    modelMB: Math.round(statSync(model).size / 1e4) / 100,
  }),
);
