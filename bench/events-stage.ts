// The events stage alone, for profiling it and for an A/B of a change to it. The stages before it run first on N
// bench documents (untimed), then the events stage runs over all of them. Each round analyses the documents
// afresh: the stage remembers what it worked out per document (a verb group's dictionary reading), so a document
// seen twice costs a third of a fresh one, and only fresh ones are what the bench measures. Before the timed
// rounds the stage runs over N other documents, so no round pays for the JIT's warm-up.
//   node --expose-gc --import tsx bench/events-stage.ts [--docs N] [--rounds R] [--against DIR] [--profile FILE] [--top K]
// Prints each round's CPU ms (user + system: the figure other processes on a shared machine move least) and a
// hash of the events and dyads written, so a change meant to be perf-only shows that it left them alone.
// --against DIR runs another checkout's events stage (e.g. /work/base) in the same process, rounds alternating
// A B B A …, each on its own fresh analysis of the same documents, and prints the median CPU ms of each side.
// --profile writes a V8 CPU profile of this checkout's first round (open it in Chrome's DevTools) and prints the
// K frames with most self time. Both checkouts run compiled (bench/built.ts), as the bench runs them.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { count, devFlags } from '../scripts/dev-flags.ts';
import { buildCheckout } from './built.ts';
import { sampleDocs, summarize } from './corpus.ts';

const { flags } = devFlags(
  'node --expose-gc --import tsx bench/events-stage.ts [--docs N] [--rounds R] [--against DIR] [--profile FILE] [--top K]',
  { docs: { type: 'string' }, rounds: { type: 'string' }, against: { type: 'string' }, profile: { type: 'string' }, top: { type: 'string' } },
  z.object({ docs: count.default(400), rounds: count.default(3), against: z.string().optional(), profile: z.string().optional(), top: count.default(25) }),
);

interface Side {
  name: string;
  before: { analyzeWorking(input: unknown): any };
  events: { run(doc: any, resources: unknown, context: unknown): void; setup(): unknown };
  resources: unknown;
  cpu: number[];
}

const context = { report() {} };

async function side(name: string, repo: string): Promise<Side> {
  const root = buildCheckout(repo);
  const built = (module: string) => pathToFileURL(path.join(root, 'dist/src', module)).href;
  const { buildPipeline } = await import(built('pipeline/pipeline.js'));
  const { DEFAULT_STAGES } = await import(built('pipeline/presets.js'));
  const at = DEFAULT_STAGES.findIndex((s: { name: string }) => s.name === 'events');
  const events = DEFAULT_STAGES[at];
  return { name, before: buildPipeline(DEFAULT_STAGES.slice(0, at)), events, resources: events.setup(), cpu: [] };
}

const sides = [await side('this', path.join(import.meta.dirname, '..')), ...(flags.against ? [await side('against', path.resolve(flags.against))] : [])];
// Every other document of twice the sample: the odd ones are measured, the even ones warm the JIT up.
const sample = sampleDocs(2 * flags.docs);
const measured = sample.filter((_, i) => i % 2 === 1);
for (const s of sides) for (const d of sample.filter((_, i) => i % 2 === 0)) s.events.run(s.before.analyzeWorking(d), s.resources, context);

const session = flags.profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
}
let tokens = 0;
// The sides take turns every `chunk` documents, so a burst of load from other processes falls on both alike (one
// chunk when profiling: a profile cannot be paused).
const chunk = session ? flags.docs : 20;
for (let r = 0; r < flags.rounds; r++) {
  const docs = sides.map((s) => measured.map((d) => s.before.analyzeWorking(d)));
  tokens = docs[0]!.reduce((n: number, d: { tokens: unknown[] }) => n + d.tokens.length, 0);
  const profiled = session !== null && r === 0;
  const cpu = sides.map(() => 0);
  for (let from = 0; from < measured.length; from += chunk) {
    for (const k of (from / chunk) % 2 === 0 ? sides.keys() : [...sides.keys()].reverse()) {
      const s = sides[k]!;
      // The garbage made so far is collected before the clock starts, not during the stage's run.
      (globalThis as { gc?: () => void }).gc?.();
      if (profiled && k === 0) await session.post('Profiler.start');
      const cpu0 = process.cpuUsage();
      for (const doc of docs[k]!.slice(from, from + chunk)) s.events.run(doc, s.resources, context);
      const { user, system } = process.cpuUsage(cpu0);
      cpu[k]! += (user + system) / 1000;
      if (profiled && k === 0) topFrames((await session.post('Profiler.stop')).profile);
    }
  }
  sides.forEach((s, k) => {
    s.cpu.push(cpu[k]!);
    const hash = createHash('sha256');
    for (const doc of docs[k]!) hash.update(JSON.stringify([doc.events, doc.dyads]));
    console.log(`round ${r + 1} ${s.name}: cpu ${cpu[k]!.toFixed(0)} ms, events ${hash.digest('hex').slice(0, 16)}`);
  });
}
for (const s of sides) {
  const cpu = summarize(s.cpu);
  console.log(`${s.name}: ${measured.length} documents, ${tokens} tokens, median cpu ${cpu.median.toFixed(0)} ms (${cpu.min.toFixed(0)}–${cpu.max.toFixed(0)}), ${Math.round(tokens / (cpu.median / 1000))} tokens/s`);
}
if (sides.length === 2) console.log(`this / against: ${(summarize(sides[1]!.cpu).median / summarize(sides[0]!.cpu).median).toFixed(3)}× the speed`);

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
}

/** Write the profile and print the frames (function, file, line) with most self time. */
function topFrames(profile: Profile): void {
  writeFileSync(flags.profile!, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  for (const id of samples) {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, flags.top)) console.log(`${((100 * n) / samples.length).toFixed(1).padStart(5)}%  ${key}`);
}
