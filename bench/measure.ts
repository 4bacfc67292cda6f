// One measurement in its own process, so peak RSS belongs to it alone. Prints one JSON line.
//   measure.ts newsgraph|compromise DOCS.jsonl [REPO]
// DOCS.jsonl: the documents to analyse, one JSON object per line (run.ts writes the sample); REPO: the
// checkout whose pipeline to run (else this one), so two commits can be compared in one interleaved run.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Stage } from '../src/index.ts';
import { countTokens, type BenchDoc } from './corpus.ts';

const [which, docsFile, repo] = process.argv.slice(2);
const docs: BenchDoc[] = readFileSync(docsFile!, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const tokens = countTokens(docs);
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
/** CPU time (user + system, all threads) since `from`, in ms: what other processes on the machine move least. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1000;
};

if (which === 'newsgraph') {
  const entry = repo ? pathToFileURL(path.resolve(repo, 'src/index.ts')).href : '../src/index.ts';
  const loadStart = performance.now();
  const { buildPipeline, DEFAULT_STAGES } = await import(entry) as typeof import('../src/index.ts');
  const stageMs = new Map<string, number>();
  const timed = DEFAULT_STAGES.map((stage): Stage<any> => ({
    ...stage,
    run(doc, resources, context) {
      const t0 = performance.now();
      stage.run(doc, resources, context);
      stageMs.set(stage.name, (stageMs.get(stage.name) ?? 0) + performance.now() - t0);
    },
  }));
  const pipeline = buildPipeline(timed);
  const loadMs = performance.now() - loadStart;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let pipelineTokens = 0;
  for (const d of docs) pipelineTokens += pipeline.analyze(d).tokens.length;
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ which, docs: docs.length, tokens, pipelineTokens, ms, cpuMs: cpuMs(cpu0), loadMs, rssMb: rssMb(), stages: Object.fromEntries(stageMs) }));
} else if (which === 'compromise') {
  const { default: nlp } = await import('compromise');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let found = 0;
  for (const d of docs) {
    const doc = nlp(d.text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ which, docs: docs.length, tokens, ms, cpuMs: cpuMs(cpu0), found, rssMb: rssMb() }));
} else {
  console.error('usage: measure.ts newsgraph|compromise DOCS.jsonl [REPO]');
  process.exit(2);
}
