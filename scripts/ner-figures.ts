/**
 * The tagger's figures for models/ner/TRAINING.md, one model at a time: conlleval F1 on CoNLL-2003 dev, GMB
 * dev, the frozen tenth of CoNLL-2003 train (inFrozenTenth: never trained or tuned on), and the wire leads'
 * tune half (test/fixtures/wire-leads/tune.jsonl, out of domain; never the frozen half). On the leads the
 * tagger runs on the pipeline's own tokens and sentences; their types map to CoNLL's (PERSON→PER,
 * GPE/LOC→LOC, NORP/EVENT/LAW/MISC→MISC) and a mention counts when its characters and type match exactly.
 * Run: node --import tsx scripts/ner-figures.ts [--model FILE] [--only dev,gmb,frozen,leads]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countNer, nerReport } from '../src/eval/ner.ts';
import { prf } from '../src/eval/scorer.ts';
import { analyze } from '../src/index.ts';
import { inFrozenTenth, readNerCorpus, spansOf } from '../src/stages/entities/tagger/corpus.ts';
import { loadNerTagger, MODEL_FILE, type NerTagger } from '../src/stages/entities/tagger/tagger.ts';
import { REPO_ROOT, sharedDataFile } from '../src/util/shared-data.ts';
import { LeadSchema } from '../test/fixtures/wire-leads/schema.ts';

const { values } = parseArgs({ options: { model: { type: 'string' }, only: { type: 'string' } } });
const model = values.model ?? MODEL_FILE;
const only = new Set((values.only ?? 'dev,gmb,frozen,leads').split(','));

const LEAD_TYPES: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', NORP: 'MISC', EVENT: 'MISC', LAW: 'MISC', MISC: 'MISC' };

/** Exact character span + CoNLL type on the wire leads' tune half. */
function scoreLeads(tagger: NerTagger): ReturnType<typeof prf> & { gold: number } {
  const file = path.join(REPO_ROOT, 'test/fixtures/wire-leads/tune.jsonl');
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const lead = LeadSchema.parse(JSON.parse(line));
    const doc = analyze({ text: lead.text, published: lead.published });
    const sentences = doc.sentences.map(() => [] as { text: string; start: number; end: number }[]);
    for (const t of doc.tokens) sentences[t.sentence]!.push(t);
    const labels = tagger.tagDocument(sentences.map((s) => s.map((t) => t.text)));
    const want = new Set(lead.mentions.map((m) => `${m.start}:${m.end}:${LEAD_TYPES[m.type]}`));
    gold += want.size;
    sentences.forEach((s, k) => {
      for (const [first, end, type] of spansOf(labels[k]!)) {
        predicted++;
        if (want.has(`${s[first]!.start}:${s[end - 1]!.end}:${type}`)) correct++;
      }
    });
  }
  return { ...prf(correct, predicted, gold), gold };
}

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
  const f = scoreLeads(tagger);
  rows.push(['wire leads tune', f.precision, f.recall, f.f1, f.gold]);
}
console.log(`${path.relative(process.cwd(), model)}\n| set | P | R | F1 | tokens (leads: mentions) |\n|---|---:|---:|---:|---:|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r[0], r[3]]))));
