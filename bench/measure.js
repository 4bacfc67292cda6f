// One measurement in its own process, so peak RSS belongs to it alone. Prints one JSON line.
//   node bench/measure.js newsgraph|compromise DOCS.jsonl [ROOT]
// DOCS.jsonl: the documents to analyse, one JSON object per line (run.ts writes the sample); ROOT: a checkout
// built by bench/built.ts, whose pipeline to run. Plain JavaScript run by plain node, as the built CLI is: a
// TypeScript loader would add its own thread to the RSS measured.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [which, docsFile, root] = process.argv.slice(2);
const docs = readFileSync(docsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
/** CPU time (user + system, all threads) since `from`, in ms: what other processes on the machine move least. */
const cpuMs = (from) => {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1000;
};
const built = (module) => pathToFileURL(path.join(root, 'dist/src', module)).href;

if (which === 'newsgraph') {
  // The heap settings the CLI applies before a command runs (src/cli/main.ts); a checkout from before they
  // existed has none.
  (await import(built('ingest/analysis-pool.js'))).fitAnalysisHeap?.();
  const loadStart = performance.now();
  const { buildPipeline, DEFAULT_STAGES } = await import(built('index.js'));
  const stageMs = new Map();
  const timed = DEFAULT_STAGES.map((stage) => ({
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
  console.log(JSON.stringify({ which, docs: docs.length, pipelineTokens, ms, cpuMs: cpuMs(cpu0), loadMs, rssMb: rssMb(), stages: Object.fromEntries(stageMs) }));
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
  console.log(JSON.stringify({ which, docs: docs.length, ms, cpuMs: cpuMs(cpu0), found, rssMb: rssMb() }));
} else {
  console.error('usage: measure.js newsgraph|compromise DOCS.jsonl [ROOT]');
  process.exit(2);
}
