// `npm run bench`: whole-pipeline and per-stage throughput on a fixed corpus of real news (≥1M tokens),
// and compromise's entity extraction on the same text in the same run, printed as a ratio; then ingest
// into SQLite against analysis alone on the same documents. Each pipeline side runs in its own
// single-threaded child process (one core; its own peak RSS). `npm run bench:corpus` is the 100k scale run.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDataFile } from '../src/util/shared-data.ts';
import { benchIngest } from './ingest.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

if (!sharedDataFile('gmb/train.jsonl')) {
  console.error('bench: needs ../shared/data (the news corpora) beside the repository; set NEWSGRAPH_DATA to its path');
  process.exit(2);
}

function measure(which: string): any {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'measure.ts'), which], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

const rate = (tokens: number, ms: number) => Math.round(tokens / (ms / 1000));
const fmt = (n: number) => n.toLocaleString('en-US');

const ng = measure('newsgraph');
const cp = measure('compromise');
const ngRate = rate(ng.tokens, ng.ms);
const cpRate = rate(cp.tokens, cp.ms);

console.log(`corpus: ${fmt(ng.docs)} documents, ${fmt(ng.tokens)} whitespace tokens (${fmt(ng.pipelineTokens)} pipeline tokens)`);
console.log('');
console.log('whole pipeline, one core');
console.log(`  newsgraph   ${fmt(ngRate).padStart(10)} tokens/s  ${(ng.docs / (ng.ms / 1000)).toFixed(1).padStart(8)} docs/s  peak RSS ${ng.rssMb} MB  (load ${Math.round(ng.loadMs)} ms)`);
console.log(`  compromise  ${fmt(cpRate).padStart(10)} tokens/s  ${(cp.docs / (cp.ms / 1000)).toFixed(1).padStart(8)} docs/s  peak RSS ${cp.rssMb} MB  (people/places/organizations)`);
console.log(`  ratio newsgraph / compromise: ${(ngRate / cpRate).toFixed(2)}×`);
console.log('');
console.log('per stage (tokens/s over the stage’s own time)');
for (const [name, ms] of Object.entries(ng.stages as Record<string, number>)) {
  console.log(`  ${name.padEnd(10)} ${fmt(rate(ng.tokens, ms)).padStart(12)} tokens/s  ${(ms / 1000).toFixed(2).padStart(7)} s`);
}
console.log('');
const ing = await benchIngest();
console.log(`ingest into SQLite, ${ing.docs} documents, ${ing.workers} workers`);
console.log(`  analyze only ${ing.analyzeOnlyDocsPerSecond} articles/s, ingest ${ing.ingestDocsPerSecond} articles/s, ratio ${ing.ratio}`);
console.log(`  main-thread CPU per article: analyze only ${ing.analyzeMainCpuMs} ms, ingest ${ing.ingestMainCpuMs} ms`);
console.log('');
console.log(JSON.stringify(ing));
console.log(JSON.stringify({
  bench: 'pipeline', docs: ng.docs, tokens: ng.tokens, tokensPerSecond: ngRate, docsPerSecond: +(ng.docs / (ng.ms / 1000)).toFixed(1),
  peakRssMb: ng.rssMb, compromiseTokensPerSecond: cpRate, ratio: +(ngRate / cpRate).toFixed(2),
  stages: Object.fromEntries(Object.entries(ng.stages as Record<string, number>).map(([k, ms]) => [k, rate(ng.tokens, ms)])),
}));
