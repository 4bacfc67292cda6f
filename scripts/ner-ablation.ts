/**
 * Feature-group ablation for models/ner/TRAINING.md: train on CoNLL-2003 train with all groups, then with
 * each group left out, and score each on CoNLL-2003 dev. ('convention' needs two corpora, so it is
 * measured by the full run instead.) Models go to a temporary folder.
 * Run: node --import tsx scripts/ner-ablation.ts [--epochs N]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countNer, nerReport } from '../src/eval/ner.ts';
import { readNerCorpus } from '../src/stages/entities/tagger/corpus.ts';
import { FEATURE_GROUPS } from '../src/stages/entities/tagger/features.ts';
import { loadNerTagger } from '../src/stages/entities/tagger/tagger.ts';
import { DEFAULT_EPOCHS, trainNer } from '../src/stages/entities/tagger/train.ts';
import { sharedDataFile } from '../src/util/shared-data.ts';

const { values } = parseArgs({ options: { epochs: { type: 'string' } } });
const epochs = Number(values.epochs ?? DEFAULT_EPOCHS);
const train = sharedDataFile('conll2003/train.jsonl');
const devFile = sharedDataFile('conll2003/dev.jsonl');
if (!train || !devFile) throw new Error('needs conll2003 train and dev from ../shared/data');
const dev = readNerCorpus(devFile);
const dir = mkdtempSync(path.join(tmpdir(), 'ner-ablation-'));
const groups = FEATURE_GROUPS.filter((g) => g !== 'convention');
const runs: [string, typeof groups][] = [['all groups', groups], ...groups.map((g) => [`without ${g}`, groups.filter((x) => x !== g)] as [string, typeof groups]), ['words only', []]];
let base = 0;
console.log('| run | P | R | F1 | ΔF1 |\n|---|---:|---:|---:|---:|');
for (const [name, use] of runs) {
  const out = path.join(dir, `${name.replace(/\W+/g, '-')}.bin.gz`);
  await trainNer({ train, out, seed: 1, epochs, groups: use });
  const f = nerReport(countNer(loadNerTagger(out), dev), devFile).figures;
  if (name === 'all groups') base = Number(f.f1);
  console.log(`| ${name} | ${f.precision} | ${f.recall} | ${f.f1} | ${name === 'all groups' ? '' : (Number(f.f1) - base).toFixed(2)} |`);
}
