/**
 * Inter-annotator agreement (issues 15 and 16): a second coder's annotations scored against the first coding as
 * reference, with the project's own scorers, so the figure reads like a system's on the same text. No pipeline runs:
 * both sides are hand annotations.
 *
 *   events: PETRARCH validation scoring per sentence (compareTriples) at country level, full code and root (and exact
 *           actors), event / no-event agreement per sentence with Cohen's kappa, and the disagreements by the
 *           scorer's error classes (classifyErrors, no triggers: a missed triple with no partner is "no trigger");
 *   flags:  artifacts matched as a flag is judged (spans overlap, same kind: sameArtifact), P/R by kind;
 *   timex:  TempEval-3 matching (compareDocument): strict span and value F1.
 *
 * The first coding defaults to the records of the tune halves with the second coder's ids.
 * Run: node --import tsx scripts/annotator-agreement.ts [--events-first F] [--events-second F] [--flags-first F]
 *      [--flags-second F] [--list]   (--list prints every disagreement, for sorting them by hand)
 */
import { z } from 'zod';
import { devFlags } from './dev-flags.ts';
import { classifyErrors, compareTriples, LEVELS, readEventRecords, type Counts, type Triple } from '../src/eval/events.ts';
import { sameArtifact, type Artifact } from '../src/eval/flags.ts';
import { pct, prf, readGoldLines } from '../src/eval/scorer.ts';
import { compareDocument, readGold, type GoldDoc, type TimexCounts, type TimexError } from '../src/eval/timex.ts';
import { TimexTypeSchema, type Timex } from '../src/model/index.ts';
import { StorySchema } from '../test/fixtures/translation/schema.ts';

const { flags } = devFlags(
  'node --import tsx scripts/annotator-agreement.ts [--events-first F] [--events-second F] [--flags-first F] [--flags-second F] [--list]',
  { 'events-first': { type: 'string' }, 'events-second': { type: 'string' }, 'flags-first': { type: 'string' }, 'flags-second': { type: 'string' }, list: { type: 'boolean' } },
  z.object({
    'events-first': z.string().default('test/fixtures/events/tune.jsonl'),
    'events-second': z.string().default('test/fixtures/events/second-coder.jsonl'),
    'flags-first': z.string().default('test/fixtures/translation/tune.jsonl'),
    'flags-second': z.string().default('test/fixtures/translation/second-coder.jsonl'),
    list: z.boolean().default(false),
  }),
);
const list = (line: string) => flags.list && console.error(line);

/** The reference records with the second coder's ids, in the second coder's order; a missing one is an error. */
function pair<T extends { id: string }>(first: T[], second: T[]): [T, T][] {
  const byId = new Map(first.map((r) => [r.id, r]));
  return second.map((s) => {
    const f = byId.get(s.id);
    if (!f) throw new Error(`the first coding has no record ${s.id}`);
    return [f, s];
  });
}

// ---- events
const show = (ts: readonly Triple[]) => ts.map((t) => `${t.source} ${t.target} ${t.code}`).join('; ') || '(none)';
const eventPairs = pair(readEventRecords(flags['events-first']), readEventRecords(flags['events-second']));
const totals = LEVELS.map((): Counts => ({ correct: 0, missed: 0, extra: 0 }));
const classes = new Map<string, number>();
const table = { both: 0, neither: 0, firstOnly: 0, secondOnly: 0 };
let sentencesAgreeing = 0;
for (const [first, second] of eventPairs) {
  const counts = LEVELS.map((level) => compareTriples(first.expected, second.expected, level));
  counts.forEach((c, i) => {
    totals[i]!.correct += c.correct;
    totals[i]!.missed += c.missed;
    totals[i]!.extra += c.extra;
  });
  const [full] = counts as [Counts];
  if (full.missed === 0 && full.extra === 0) sentencesAgreeing++;
  else list(`${first.id}\n  first:  ${show(first.expected)}${first.no_event_reason ? ` [${first.no_event_reason}]` : ''}\n  second: ${show(second.expected)}${second.no_event_reason ? ` [${second.no_event_reason}]` : ''}`);
  for (const c of classifyErrors(first, second.expected, [])) classes.set(c, (classes.get(c) ?? 0) + 1);
  const a = first.expected.length > 0, b = second.expected.length > 0;
  table[a && b ? 'both' : !a && !b ? 'neither' : a ? 'firstOnly' : 'secondOnly']++;
}
const n = eventPairs.length;
const observed = (table.both + table.neither) / n;
const chance = ((table.both + table.firstOnly) * (table.both + table.secondOnly) + (table.neither + table.secondOnly) * (table.neither + table.firstOnly)) / (n * n);
const levelFigures = (i: number) => {
  const t = totals[i]!;
  const s = prf(t.correct, t.correct + t.extra, t.correct + t.missed);
  return { correct: t.correct, missed: t.missed, extra: t.extra, P: s.precision, R: s.recall, F1: s.f1 };
};
const [countryFull, countryRoot, exactFull, exactRoot] = LEVELS.map((_, i) => levelFigures(i));
console.log(
  JSON.stringify({
    task: 'events',
    reference: flags['events-first'],
    sentences: n,
    triples_first: eventPairs.reduce((k, [f]) => k + f.expected.length, 0),
    triples_second: eventPairs.reduce((k, [, s]) => k + s.expected.length, 0),
    country_full: countryFull,
    country_root: countryRoot,
    exact_full: exactFull,
    exact_root: exactRoot,
    sentences_same_triples: sentencesAgreeing,
    event_or_none: { ...table, agreement: pct(observed), kappa: Math.round(((observed - chance) / (1 - chance)) * 1000) / 1000 },
    disagreements_by_class: Object.fromEntries([...classes].sort((x, y) => y[1] - x[1])),
  }),
);

// ---- flags (artifacts) and timex
const storyPairs = pair(readGoldLines(flags['flags-first'], StorySchema, 'a translation-set story'), readGoldLines(flags['flags-second'], StorySchema, 'a translation-set story'));
const byKind = new Map<string, { first: number; second: number; recalled: number; precise: number }>();
const kind = (k: string) => byKind.get(k) ?? byKind.set(k, { first: 0, second: 0, recalled: 0, precise: 0 }).get(k)!;
let spanOnlyRecalled = 0, spanOnlyPrecise = 0;
const anyKind = (a: Artifact, b: Artifact) => sameArtifact(a, { ...b, kind: a.kind });
for (const [first, second] of storyPairs) {
  for (const a of first.artifacts) {
    const hit = second.artifacts.some((b) => sameArtifact(a, b));
    kind(a.kind).first++;
    if (hit) kind(a.kind).recalled++;
    if (second.artifacts.some((b) => anyKind(a, b))) spanOnlyRecalled++;
    if (!hit) list(`${first.id}: first only ${a.kind} "${a.text.slice(0, 80)}"${second.artifacts.filter((b) => anyKind(a, b)).map((b) => ` (second: ${b.kind} "${b.text.slice(0, 60)}")`).join('')}`);
  }
  for (const b of second.artifacts) {
    const hit = first.artifacts.some((a) => sameArtifact(a, b));
    kind(b.kind).second++;
    if (hit) kind(b.kind).precise++;
    if (first.artifacts.some((a) => anyKind(a, b))) spanOnlyPrecise++;
    if (!hit && !first.artifacts.some((a) => anyKind(a, b))) list(`${first.id}: second only ${b.kind} "${b.text.slice(0, 80)}"`);
  }
}
const sumKinds = [...byKind.values()].reduce((s, v) => ({ first: s.first + v.first, second: s.second + v.second, recalled: s.recalled + v.recalled, precise: s.precise + v.precise }), { first: 0, second: 0, recalled: 0, precise: 0 });
const ratio = (x: number, of: number) => pct(of ? x / of : 0);
const pAll = ratio(sumKinds.precise, sumKinds.second), rAll = ratio(sumKinds.recalled, sumKinds.first);
console.log(
  JSON.stringify({
    task: 'flags',
    reference: flags['flags-first'],
    stories: storyPairs.length,
    artifacts_first: sumKinds.first,
    artifacts_second: sumKinds.second,
    P: pAll,
    R: rAll,
    F1: pAll + rAll ? Math.round(((2 * pAll * rAll) / (pAll + rAll)) * 100) / 100 : 0,
    span_any_kind: { P: ratio(spanOnlyPrecise, sumKinds.second), R: ratio(spanOnlyRecalled, sumKinds.first) },
    by_kind: Object.fromEntries(
      [...byKind].sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, { first: v.first, second: v.second, P: ratio(v.precise, v.second), R: ratio(v.recalled, v.first) }]),
    ),
  }),
);

/** A hand-annotated timex as the scorer's system side (the fields compareDocument reads; the rest empty). */
const asTimex = (t: GoldDoc['timex'][number], i: number): Timex => ({
  id: `t${i + 1}`,
  start: t.start,
  end: t.end,
  text: t.text,
  type: TimexTypeSchema.parse(t.type),
  value: t.value ?? null,
  mod: null,
  anchor: { kind: 'none', timex: null },
  stated: [],
  implied: [],
});
const docPairs = pair(readGold(flags['flags-first']), readGold(flags['flags-second']));
const counts: TimexCounts = { gold: 0, ours: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
const errors: TimexError[] = [];
for (const [first, second] of docPairs) compareDocument(first, second.timex.map(asTimex), counts, errors);
for (const e of errors) list(`${e.doc}: timex ${e.kind}: first ${e.gold ? `"${e.gold.text}" ${e.gold.value}` : '-'} / second ${e.ours ? `"${e.ours.text}" ${e.ours.value}` : '-'}`);
const strict = prf(counts.strict, counts.ours, counts.gold);
const relaxed = prf(counts.relaxed, counts.ours, counts.gold);
const value = prf(counts.value, counts.ours, counts.gold);
console.log(
  JSON.stringify({
    task: 'timex',
    reference: flags['flags-first'],
    timexes_first: counts.gold,
    timexes_second: counts.ours,
    strict: { P: strict.precision, R: strict.recall, F1: strict.f1 },
    relaxed: { P: relaxed.precision, R: relaxed.recall, F1: relaxed.f1 },
    value: { P: value.precision, R: value.recall, F1: value.f1 },
  }),
);
