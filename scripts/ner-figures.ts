/**
 * The tagger's figures for models/ner/TRAINING.md, one model at a time: conlleval F1 on CoNLL-2003 dev, GMB
 * dev, the frozen tenth of CoNLL-2003 train (inFrozenTenth: never trained or tuned on), and the wire leads'
 * tune half (test/fixtures/wire-leads/tune.jsonl, out of domain; never the frozen half; see ner-leads.ts).
 * Run: node --import tsx scripts/ner-figures.ts [--model FILE] [--only dev,gmb,frozen,leads] [--errors] (the leads' misses)
 */
import path from 'node:path';
import { z } from 'zod';
import { count, devFlags } from './dev-flags.ts';
import { countNer, nerReport } from '../src/eval/ner.ts';
import { inFrozenTenth, readNerCorpus } from '../src/stages/entities/tagger/corpus.ts';
import { loadNerTagger, MODEL_FILE } from '../src/stages/entities/tagger/tagger.ts';
import { sharedDataFile } from '../src/util/shared-data.ts';
import { scoreLeads } from './ner-leads.ts';

const { flags: values } = devFlags(
  'node --import tsx scripts/ner-figures.ts [--model FILE] [--only dev,gmb,frozen,leads] [--errors]',
  { model: { type: 'string' }, only: { type: 'string' }, errors: { type: 'boolean' } },
  z.object({ model: z.string().optional(), only: z.string().optional(), errors: z.boolean().optional() }),
);
const model = values.model ?? MODEL_FILE;
const only = new Set((values.only ?? 'dev,gmb,frozen,leads').split(','));

const tagger = loadNerTagger(model);
const rows: [string, number, number, number, number][] = [];
const conll = (rel: string, name: string, keep: (id: string) => boolean) => {
  const file = sharedDataFile(rel);
  if (!file) throw new Error(`needs ${rel} from ../shared/data`);
  const f = nerReport(countNer(tagger, readNerCorpus(file).filter((d) => keep(d.id))), file).figures;
  rows.push([name, Number(f.precision), Number(f.recall), Number(f.f1), Number(f.tokens)]);
};
if (only.has('dev')) conll('conll2003/dev.jsonl', 'CoNLL-2003 dev', () => true);
if (only.has('gmb')) conll('gmb/dev.jsonl', 'GMB dev', () => true);
if (only.has('frozen')) conll('conll2003/train.jsonl', 'frozen tenth', inFrozenTenth);
if (only.has('leads')) {
  const f = scoreLeads(tagger, values.errors ? console.log : undefined);
  rows.push(['wire leads tune', f.precision, f.recall, f.f1, f.gold]);
}
console.log(`${path.relative(process.cwd(), model)}\n| set | P | R | F1 | tokens (leads: mentions) |\n|---|---:|---:|---:|---:|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r[0], r[3]]))));
