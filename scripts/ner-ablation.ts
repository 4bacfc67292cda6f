/**
 * Feature-group ablation for models/ner/TRAINING.md: train on CoNLL-2003 train (the frozen tenth left out,
 * as always) with all groups, then with each group left out; score each on CoNLL-2003 dev, on the frozen
 * tenth and, out of domain, on the wire leads' tune half (ner-leads.ts). With --full, train on CoNLL-2003 +
 * GMB train as the shipped model is (convention split on) and score GMB dev too. Runs one after the other;
 * models go to a temporary folder.
 * Run: node --import tsx scripts/ner-ablation.ts [--full] [--conll-repeat N] [--epochs N] [--seed N] [--runs "all groups,without clusters,…"]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { count, devFlags } from './dev-flags.ts';
import { countNer, nerReport } from '../src/eval/ner.ts';
import { inFrozenTenth, readNerCorpus } from '../src/stages/entities/tagger/corpus.ts';
import { FEATURE_GROUPS, type FeatureGroup } from '../src/stages/entities/tagger/features.ts';
import { loadNerTagger } from '../src/stages/entities/tagger/tagger.ts';
import { DEFAULT_CONLL_REPEAT, DEFAULT_EPOCHS, trainNer } from '../src/stages/entities/tagger/train.ts';
import { sharedDataFile } from '../src/util/shared-data.ts';
import { scoreLeads } from './ner-leads.ts';

const { flags: values } = devFlags(
  'node --import tsx scripts/ner-ablation.ts [--full] [--conll-repeat N] [--epochs N] [--seed N] [--runs "all groups,without clusters,…"]',
  { full: { type: 'boolean' }, 'conll-repeat': { type: 'string' }, epochs: { type: 'string' }, seed: { type: 'string' }, runs: { type: 'string' } },
  z.object({ full: z.boolean().optional(), 'conll-repeat': count.default(DEFAULT_CONLL_REPEAT), epochs: count.default(DEFAULT_EPOCHS), seed: z.coerce.number().int().min(0).default(1), runs: z.string().optional() }),
);
const { epochs, seed } = values;
const train = sharedDataFile('conll2003/train.jsonl');
const devFile = sharedDataFile('conll2003/dev.jsonl');
const gmbTrain = sharedDataFile('gmb/train.jsonl');
const gmbFile = sharedDataFile('gmb/dev.jsonl');
if (!train || !devFile || !gmbTrain || !gmbFile) throw new Error('needs conll2003 and gmb train and dev from ../shared/data');
const full = values.full === true;
const gmbDev = full ? readNerCorpus(gmbFile) : [];
const dev = readNerCorpus(devFile);
const frozen = readNerCorpus(train).filter((d) => inFrozenTenth(d.id));
const dir = mkdtempSync(path.join(tmpdir(), 'ner-ablation-'));
const groups = FEATURE_GROUPS.filter((g) => full || g !== 'convention');
const all: [string, FeatureGroup[]][] = [
  ['all groups', groups],
  ...groups.map((g) => [`without ${g}`, groups.filter((x) => x !== g)] as [string, FeatureGroup[]]),
  ['words only', []],
];
const wanted = values.runs?.split(',').map((r) => r.trim());
const runs = wanted ? all.filter(([name]) => wanted.includes(name)) : all;
let base: number[] | null = null;
console.log(`seed ${seed}, ${epochs} epochs, CoNLL-2003 train without the frozen tenth${full ? ' + GMB train' : ''}`);
console.log(`| run | dev P | dev R | dev F1 | ΔF1 | frozen P | frozen R | frozen F1 | ΔF1 | leads F1 | ΔF1 |${full ? ' GMB dev F1 | ΔF1 |' : ''}`);
console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|${full ? '---:|---:|' : ''}`);
for (const [name, use] of runs) {
  const out = path.join(dir, `${name.replace(/\W+/g, '-')}.bin.gz`);
  await trainNer({ train: full ? [train, gmbTrain] : train, out, seed, epochs, groups: use, conllRepeat: values['conll-repeat'] });
  const tagger = loadNerTagger(out);
  const d = nerReport(countNer(tagger, dev), devFile).figures;
  const f = nerReport(countNer(tagger, frozen), train).figures;
  const l = scoreLeads(tagger);
  const g = full ? Number(nerReport(countNer(tagger, gmbDev), gmbFile).figures.f1) : 0;
  base ??= [Number(d.f1), Number(f.f1), l.f1, g];
  const delta = (x: unknown, b: number) => (name === runs[0]![0] ? '' : (Number(x) - b).toFixed(2));
  const gmbCells = full ? ` ${g} | ${delta(g, base[3]!)} |` : '';
  console.log(`| ${name} | ${d.precision} | ${d.recall} | ${d.f1} | ${delta(d.f1, base[0]!)} | ${f.precision} | ${f.recall} | ${f.f1} | ${delta(f.f1, base[1]!)} | ${l.f1} | ${delta(l.f1, base[2]!)} |${gmbCells}`);
}
