// One stage alone, for profiling it and for an A/B of a change meant to leave its output alone. The stages before
// it run first on N bench documents (untimed), then the stage runs over all of them, R rounds. A stage that gives
// no field (quality: it only writes messages) runs again on the same analysis, its messages cut back to those
// before it; any other stage runs each round on a fresh analysis, since it may remember what it worked out per
// document. Before the timed rounds the stage runs over N other documents, so no round pays for the JIT's warm-up.
//   node --expose-gc --import tsx bench/stage.ts --stage NAME [--docs N] [--rounds R] [--against DIR] [--profile FILE] [--top K]
// Prints each round's CPU ms (user + system; on Linux also the main thread's alone) and a hash of what the stage wrote (its fields and its messages), which
// must be the same on both sides. --against DIR runs another checkout's stage in the same process, the sides taking
// turns A B B A … every 20 documents, and prints each side's median. --profile writes a V8 CPU profile of this
// checkout's first round and prints the K frames with most self time. Both checkouts run compiled (bench/built.ts).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { count, devFlags } from '../scripts/dev-flags.ts';
import { buildCheckout } from './built.ts';
import { sampleDocs, summarize } from './corpus.ts';

const { flags } = devFlags(
  'node --expose-gc --import tsx bench/stage.ts [--docs N] [--rounds R] [--against DIR] [--profile FILE] [--top K] --stage NAME',
  { stage: { type: 'string' }, docs: { type: 'string' }, rounds: { type: 'string' }, against: { type: 'string' }, profile: { type: 'string' }, top: { type: 'string' } },
  z.object({ stage: z.string(), docs: count.default(400), rounds: count.default(5), against: z.string().optional(), profile: z.string().optional(), top: count.default(25) }),
);

interface Stage {
  name: string;
  gives: string[];
  run(doc: any, resources: unknown, context: unknown): void;
  setup(): unknown;
}

interface Side {
  name: string;
  before: { analyzeWorking(input: unknown): any };
  stage: Stage;
  resources: unknown;
  cpu: number[];
  mainCpu: number[];
}

/**
 * CPU ms (user + system) of the calling thread so far, or null where /proc/thread-self is missing (not Linux).
 * process.cpuUsage() counts every thread, V8's background compilers and collectors too, which rebuild a stage's
 * code after deopts (about half of the events stage's count): the main thread's share is the stage's own work.
 * Fields 14 and 15 of the stat line, after the command name's closing parenthesis, in clock ticks of 10 ms
 * (USER_HZ is 100 on Linux's common architectures).
 */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function side(name: string, repo: string): Promise<Side> {
  const root = buildCheckout(repo);
  const built = (module: string) => pathToFileURL(path.join(root, 'dist/src', module)).href;
  const { buildPipeline } = await import(built('pipeline/pipeline.js'));
  const { DEFAULT_STAGES } = await import(built('pipeline/presets.js'));
  const at = DEFAULT_STAGES.findIndex((s: Stage) => s.name === flags.stage);
  if (at < 0) {
    process.stderr.write(`stage: no stage named ${flags.stage}; --stage is one of ${DEFAULT_STAGES.map((s: Stage) => s.name).join(', ')}\n`);
    process.exit(2);
  }
  const stage: Stage = DEFAULT_STAGES[at];
  return { name, before: buildPipeline(DEFAULT_STAGES.slice(0, at)), stage, resources: stage.setup(), cpu: [], mainCpu: [] };
}

/** A document ready for the stage, and a way to set it back to that state (a stage giving no field only adds messages). */
function prepared(s: Side, input: unknown): { doc: any; context: unknown; reset(): void } {
  const doc = s.before.analyzeWorking(input);
  const messages = doc.messages.length;
  const context = { report(level: string, rule: string, text: string, start: number | null = null, end: number | null = null) { doc.messages.push({ level, rule, stage: s.stage.name, text, start, end: end ?? start }); } };
  return { doc, context, reset: () => void (doc.messages.length = messages) };
}

const onLinux = mainThreadCpuMs() !== null;
const sides = [await side('this', path.join(import.meta.dirname, '..')), ...(flags.against ? [await side('against', path.resolve(flags.against))] : [])];
const reusable = sides[0]!.stage.gives.length === 0;
// Every other document of twice the sample: the odd ones are measured, the even ones warm the JIT up.
const sample = sampleDocs(2 * flags.docs);
const measured = sample.filter((_, i) => i % 2 === 1);
for (const s of sides) for (const d of sample.filter((_, i) => i % 2 === 0)) { const { doc, context } = prepared(s, d); s.stage.run(doc, s.resources, context); }

const session = flags.profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
}
let docs = sides.map((s) => measured.map((d) => prepared(s, d)));
const tokens = docs[0]!.reduce((n, d) => n + d.doc.tokens.length, 0);
// The sides take turns every `chunk` documents, so a burst of load from other processes falls on both alike (one
// chunk when profiling: a profile cannot be paused).
const chunk = session ? flags.docs : 20;
for (let r = 0; r < flags.rounds; r++) {
  if (r > 0) docs = reusable ? (docs.forEach((side) => side.forEach((d) => d.reset())), docs) : sides.map((s) => measured.map((d) => prepared(s, d)));
  const profiled = session !== null && r === 0;
  const cpu = sides.map(() => 0);
  const mainCpu = sides.map(() => 0);
  for (let from = 0; from < measured.length; from += chunk) {
    for (const k of (from / chunk) % 2 === 0 ? sides.keys() : [...sides.keys()].reverse()) {
      const s = sides[k]!;
      // The garbage made so far is collected before the clock starts, not during the stage's run.
      (globalThis as { gc?: () => void }).gc?.();
      if (profiled && k === 0) await session.post('Profiler.start');
      const cpu0 = process.cpuUsage();
      const main0 = mainThreadCpuMs();
      for (const { doc, context } of docs[k]!.slice(from, from + chunk)) s.stage.run(doc, s.resources, context);
      const { user, system } = process.cpuUsage(cpu0);
      cpu[k]! += (user + system) / 1000;
      if (main0 !== null) mainCpu[k]! += mainThreadCpuMs()! - main0;
      if (profiled && k === 0) topFrames((await session.post('Profiler.stop')).profile);
    }
  }
  sides.forEach((s, k) => {
    s.cpu.push(cpu[k]!);
    s.mainCpu.push(mainCpu[k]!);
    const hash = createHash('sha256');
    for (const { doc } of docs[k]!) hash.update(JSON.stringify([doc.messages, ...s.stage.gives.map((field) => doc[field.split('.')[0]!])]));
    console.log(`round ${r + 1} ${s.name}: cpu ${cpu[k]!.toFixed(0)} ms${onLinux ? `, main thread ${mainCpu[k]!.toFixed(0)} ms` : ''}, output ${hash.digest('hex').slice(0, 16)}`);
  });
}
for (const s of sides) {
  const cpu = summarize(s.cpu);
  const main = summarize(s.mainCpu);
  const mainPart = onLinux ? `; main thread ${main.median.toFixed(0)} ms (${main.min.toFixed(0)}–${main.max.toFixed(0)}), ${Math.round(tokens / (main.median / 1000))} tokens/s` : '';
  console.log(`${s.name}: ${measured.length} documents, ${tokens} tokens, median cpu ${cpu.median.toFixed(0)} ms (${cpu.min.toFixed(0)}–${cpu.max.toFixed(0)}), ${Math.round(tokens / (cpu.median / 1000))} tokens/s${mainPart}`);
}
if (sides.length === 2) {
  const main = onLinux ? `, main thread ${(summarize(sides[1]!.mainCpu).median / summarize(sides[0]!.mainCpu).median).toFixed(3)}×` : '';
  console.log(`this / against: ${(summarize(sides[1]!.cpu).median / summarize(sides[0]!.cpu).median).toFixed(3)}× the speed${main}`);
}

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
