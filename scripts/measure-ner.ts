/**
 * One-off measurement of the committed NER tagger: model load time, tagging speed on one core (tokens/s
 * over the CoNLL-2003 dev tokens, tagged document by document, best of 3 (or --passes) passes), peak RSS and the
 * weight size. Each pass loads the tagger afresh and warms it up on GMB dev, so the dev words meet an empty word
 * cache as new articles do: timing the same documents twice in one tagger would time the cache. Run: node --import tsx scripts/measure-ner.ts [--model FILE] [--passes N]
 */
import { statSync } from 'node:fs';
import { z } from 'zod';
import { count, devFlags } from './dev-flags.ts';
import { readNerCorpus } from '../src/stages/entities/tagger/corpus.ts';
import { loadNerTagger, MODEL_FILE } from '../src/stages/entities/tagger/tagger.ts';
import { sharedDataFile } from '../src/util/shared-data.ts';

const { flags: values } = devFlags(
  'node --import tsx scripts/measure-ner.ts [--model FILE] [--passes N]',
  { model: { type: 'string' }, passes: { type: 'string' } },
  z.object({ model: z.string().optional(), passes: count.default(3) }),
);
const model = values.model ?? MODEL_FILE;
const began = process.hrtime.bigint();
const tagger = loadNerTagger(model);
const loadSeconds = Number(process.hrtime.bigint() - began) / 1e9;
const read = (name: string) => {
  const file = sharedDataFile(name);
  if (!file) throw new Error(`needs ${name} from ../shared/data`);
  return readNerCorpus(file).map((d) => d.sentences.map((s) => s.tokens));
};
const docs = read('conll2003/dev.jsonl');
const warmUp = read('gmb/dev.jsonl');
const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
let best = Infinity;
for (let pass = 0; pass < values.passes; pass++) {
  const fresh = pass === 0 ? tagger : loadNerTagger(model);
  for (const d of warmUp) fresh.tagDocument(d);
  const t = process.hrtime.bigint();
  for (const d of docs) fresh.tagDocument(d);
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
