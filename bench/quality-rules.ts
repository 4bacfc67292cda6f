// What each quality rule costs: the stages before quality run on N bench documents (untimed), then the rules check
// each document in turn, in the stage's order (RULES in quality.js: rules share what they read of a document, the
// first to ask pays), each check's CPU time summed per rule, R rounds; a rule's figure is the median of its rounds,
// and the translation score's is a row of its own. --against DIR times another checkout's rules in the same process,
// the sides taking turns A B B A … a document at a time, so a rule's ratio is a same-run ratio. Both checkouts run
// compiled (bench/built.ts).
//   node --expose-gc --import tsx bench/quality-rules.ts [--docs N] [--rounds R] [--against DIR]
// Prints a row per rule, dearest first: its ms on each side, the ratio (against / this: above 1 is faster here), and
// how many findings it made (the same on both sides for a rule both have).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { count, devFlags } from '../scripts/dev-flags.ts';
import { buildCheckout } from './built.ts';
import { sampleDocs, summarize } from './corpus.ts';

const { flags } = devFlags(
  'node --expose-gc --import tsx bench/quality-rules.ts [--docs N] [--rounds R] [--against DIR]',
  { docs: { type: 'string' }, rounds: { type: 'string' }, against: { type: 'string' } },
  z.object({ docs: count.default(400), rounds: count.default(5), against: z.string().optional() }),
);

interface Rule {
  id: string;
  check(doc: unknown, lex: unknown): { start: number; end: number; text: string }[];
}

interface Side {
  rules: Rule[];
  score: (messages: unknown[], text: string, lex: unknown) => number;
  lex: unknown;
  docs: { text: string; messages: unknown[] }[];
  /** CPU µs by rule id (and SCORE), this round */
  cpu: Map<string, number>;
}

const SCORE = 'translation score';
// `const RULES = [a, b, …];` in the compiled quality.js, and its imports `import { a } from "./rules/x.js";`
const RULES_LIST = /const RULES = \[([^\]]*)\]/;
const IMPORT = /import \{ ([^}]*) \} from "(\.\/rules\/[^"]+)"/g;

async function side(repo: string): Promise<Side> {
  const root = buildCheckout(repo);
  const built = (module: string) => pathToFileURL(path.join(root, 'dist/src', module)).href;
  const { buildPipeline } = await import(built('pipeline/pipeline.js'));
  const { DEFAULT_STAGES } = await import(built('pipeline/presets.js'));
  const at = DEFAULT_STAGES.findIndex((s: { name: string }) => s.name === 'quality');
  const before = buildPipeline(DEFAULT_STAGES.slice(0, at));
  const source = readFileSync(path.join(root, 'dist/src/stages/quality/quality.js'), 'utf8');
  const from = new Map<string, string>();
  for (const [, names, file] of source.matchAll(IMPORT)) for (const name of names!.split(',')) from.set(name.trim(), file!);
  const rules: Rule[] = [];
  for (const name of RULES_LIST.exec(source)![1]!.split(',').map((n) => n.trim()).filter(Boolean)) {
    rules.push((await import(built(`stages/quality/${from.get(name)!.slice(2)}`)))[name]);
  }
  const { translationScore } = await import(built('stages/quality/translation-score.js'));
  const docs = sampleDocs(flags.docs).map((d) => before.analyzeWorking(d));
  return { rules, score: translationScore, lex: DEFAULT_STAGES[at].setup(), docs, cpu: new Map() };
}

/** What the stage does with one document, each rule's check (and the score) timed apart; the messages cut back after. */
function run(s: Side, doc: Side['docs'][number], found: Map<string, number>): void {
  const messages = doc.messages.length;
  for (const rule of s.rules) {
    const cpu0 = process.cpuUsage();
    const findings = rule.check(doc, s.lex);
    const { user, system } = process.cpuUsage(cpu0);
    s.cpu.set(rule.id, (s.cpu.get(rule.id) ?? 0) + user + system);
    found.set(rule.id, (found.get(rule.id) ?? 0) + findings.length);
    for (const f of findings) doc.messages.push({ level: 'warning', rule: rule.id, stage: 'quality', text: f.text, start: f.start, end: f.end });
  }
  const cpu0 = process.cpuUsage();
  s.score(doc.messages, doc.text, s.lex);
  const { user, system } = process.cpuUsage(cpu0);
  s.cpu.set(SCORE, (s.cpu.get(SCORE) ?? 0) + user + system);
  doc.messages.length = messages;
}

const sides = [await side(path.join(import.meta.dirname, '..')), ...(flags.against ? [await side(path.resolve(flags.against))] : [])];
const ids = [...new Set(sides.flatMap((s) => s.rules.map((r) => r.id))), SCORE];
const ms = new Map(ids.map((id) => [id, sides.map(() => [] as number[])]));
const found = sides.map(() => new Map<string, number>());
// A warm-up round, untimed, then the timed rounds; the sides take turns a document at a time (A B B A …).
for (let r = 0; r <= flags.rounds; r++) {
  (globalThis as { gc?: () => void }).gc?.();
  for (const s of sides) s.cpu.clear();
  for (const k of found) k.clear();
  for (let d = 0; d < flags.docs; d++) {
    for (const k of d % 2 === 0 ? sides.keys() : [...sides.keys()].reverse()) run(sides[k]!, sides[k]!.docs[d]!, found[k]!);
  }
  if (r > 0) sides.forEach((s, k) => { for (const id of ids) if (s.cpu.has(id)) ms.get(id)![k]!.push(s.cpu.get(id)! / 1000); });
}
const median = (values: number[]) => (values.length ? summarize(values).median : NaN);
const rows = ids.map((id) => ({ id, ms: ms.get(id)!.map(median), found: found.map((k) => k.get(id)) })).sort((a, b) => b.ms[0]! - a.ms[0]!);
const totals = sides.map((_, k) => rows.reduce((n, r) => n + (Number.isNaN(r.ms[k]!) ? 0 : r.ms[k]!), 0));
const cell = (v: number) => (Number.isNaN(v) ? '—' : v.toFixed(1)).padStart(8);
console.log(`${flags.docs} documents, median of ${flags.rounds} rounds, CPU ms${sides.length === 2 ? ' (this, against, against / this, findings)' : ''}`);
for (const r of rows) {
  const ratio = sides.length === 2 ? (r.ms[1]! / r.ms[0]!).toFixed(2).padStart(7) : '';
  console.log(`${r.id.padEnd(26)}${r.ms.map(cell).join('')}${ratio}  ${r.id === SCORE ? '' : r.found.map((n) => n ?? '—').join(' / ')}`);
}
console.log(`${'total'.padEnd(26)}${totals.map(cell).join('')}${sides.length === 2 ? (totals[1]! / totals[0]!).toFixed(2).padStart(7) : ''}`);
