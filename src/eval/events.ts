import { z } from 'zod';
import { buildPipeline, type Pipeline } from '../pipeline/pipeline.ts';
import { DEFAULT_STAGES } from '../pipeline/presets.ts';
import type { Doc } from '../model/index.ts';
import { cameoRows } from '../stages/events/cameo-rows.ts';
import type { UncodedTrigger } from '../stages/events/code-events.ts';
import { eventsStage } from '../stages/events/events.ts';
import { pct, prf, readGoldLines, type EvalReport, type Scorer } from './scorer.ts';

// trigger and reason (per triple), dateline, outlet, url and no_event_reason (per record) document the wire-copy set
// (test/fixtures/events/); they are read but not scored. story and context place a record in its article (placeInStories).
const TripleSchema = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  code: z.string().regex(/^\d{2,4}$/),
  trigger: z.string().optional(),
  reason: z.string().optional(),
});
const RecordSchema = z.object({
  id: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  text: z.string(),
  story: z.string().optional(),
  context: z.string().optional(),
  dateline: z.string().optional(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  expected: z.array(TripleSchema),
  no_event_reason: z.string().optional(),
});
export type EventRecord = z.infer<typeof RecordSchema> & {
  /** The record in its story, as a user would feed the article; absent, the record is analysed alone (with its context). */
  article?: Article;
};
export type Triple = z.infer<typeof TripleSchema>;

/** The text analysed for a record and where the record's own sentence lies in it. */
export interface Article {
  text: string;
  start: number;
  end: number;
}

/** Reads one `{"id","date","text","expected":[{"source","target","code"}]}` object per line, each placed in its story. */
export function readEventRecords(file: string): EventRecord[] {
  const records: EventRecord[] = readGoldLines(file, RecordSchema, '{"id","date","text","expected":[{"source","target","code"}]} (codes as strings, "010")');
  placeInStories(records);
  return records;
}

/** One sentence per line: a line is a paragraph, so a record is always its own sentence (wire copy runs one sentence a paragraph). */
const SENTENCE_JOIN = '\n';

/**
 * Give each record with a `story` its article: the records of that story in file order, one sentence a line,
 * led by the `context` of the story's first record when it has one (the sentences before it that the file
 * lacks). A record without a story keeps none and is analysed alone.
 *
 * The whole story is one article, analysed once, and each record takes the events whose trigger lies in its
 * sentence, as a user runs an article. Analysing each record with only the story's sentences before it (what a
 * coder reads) gave the same triples for every record of the wire tune set (758 and 243 records of the two
 * halves of its split, with sentences joined by a line break or a space alike): what follows a sentence did not
 * change how it was read. So the story is analysed once, not once per record (16 s against 23 s for the 758).
 */
export function placeInStories(records: EventRecord[]): void {
  const byStory = new Map<string, EventRecord[]>();
  for (const r of records) if (r.story !== undefined) (byStory.get(r.story) ?? byStory.set(r.story, []).get(r.story)!).push(r);
  for (const story of byStory.values()) {
    const lead = story[0]!.context;
    let text = lead ? lead + SENTENCE_JOIN : '';
    const spans = story.map((r, k) => {
      if (k > 0) text += SENTENCE_JOIN;
      const start = text.length;
      text += r.text;
      return { start, end: text.length };
    });
    story.forEach((r, k) => (r.article = { text, ...spans[k]! }));
  }
}

/** How actors and codes are compared: actors whole or by country (first three letters), codes whole or by root. */
export interface Level {
  name: string;
  actor: (code: string) => string;
  code: (code: string) => string;
}

const whole = (x: string) => x;
const first3 = (x: string) => x.slice(0, 3);
const root = (x: string) => x.slice(0, 2);
export const LEVELS: Level[] = [
  { name: 'country, full code', actor: first3, code: whole },
  { name: 'country, root code', actor: first3, code: root },
  { name: 'exact actor, full code', actor: whole, code: whole },
  { name: 'exact actor, root code', actor: whole, code: root },
];

export interface Counts {
  correct: number;
  missed: number;
  extra: number;
}

/** PETRARCH validation scoring of one record: the sets of (source, target, code) triples at one level. */
export function compareTriples(expected: readonly Triple[], predicted: readonly Triple[], level: Level): Counts {
  const key = (t: Triple) => `${level.actor(t.source)}|${level.actor(t.target)}|${level.code(t.code)}`;
  const want = new Set(expected.map(key));
  const got = new Set(predicted.map(key));
  let correct = 0;
  for (const k of got) if (want.has(k)) correct++;
  return { correct, missed: want.size - correct, extra: got.size - correct };
}

/** The triggers of the article analysed last that gave no event, as the events stage reports them. */
let uncoded: UncodedTrigger[] = [];

/** The default pipeline up to and including events (quality adds nothing events are scored on), its events stage heard. */
function eventPipeline(): Pipeline {
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'events');
  return buildPipeline([...DEFAULT_STAGES.slice(0, upTo), eventsStage((t) => uncoded.push(t))]);
}

/**
 * A trigger of a record's sentence: one that gave no event (why: see UncodedTrigger), or one that coded an event
 * (`coded`); its words and its code.
 */
export interface TriggerInRecord {
  text: string;
  code: string;
  why: UncodedTrigger['why'] | 'coded';
  /** the triples of the event a rule or the filter dropped, when one was built */
  dropped?: readonly Triple[];
  /** for `pruned`: the rule or step that dropped it (UncodedTrigger's `by`) */
  by?: string;
}
/** What predictTriples heard for each record it ran, so classifyErrors can tell a missing trigger from a missing actor. */
const triggersOf = new WeakMap<object, TriggerInRecord[]>();

/** Error classes of one record at country level, full code: what the next round should start from. */
export type ErrorClass =
  | 'no trigger'
  | 'trigger found, actor missing'
  | 'trigger found, pruned'
  | 'trigger found, pruned, not this triple'
  | 'trigger coded, this triple not'
  | 'statement not read as the act'
  | 'code differs at leaf'
  | 'code differs at root'
  | 'actor wrong'
  | `extra: ${string}`;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Why a missed triple with no partner came out of no event: a trigger of the record that is the triple's gave no
 * event because no actor was placed, or it coded another triple (a reciprocal's other side, a second target), or it
 * is a statement verb read as a plain statement where the coders read the act it states, or
 * its event was dropped (background, pruned, the learned filter) — and then whether the dropped event carried this
 * triple or other actors or another code (dropping it cost nothing: kept, it would have been an extra); else no
 * trigger was found. The triple's trigger is the uncoded one that shares a word with it, or, where the gold names none (the CAMEO
 * development set), the one whose code has the triple's root.
 */
function missedClass(missed: Triple, found: readonly TriggerInRecord[], same: (a: Triple, b: Triple) => boolean): ClassedError {
  const want = new Set(words(missed.trigger ?? ''));
  const hits = found.filter((u) => (missed.trigger === undefined ? root(u.code) === root(missed.code) : words(u.text).some((w) => want.has(w))));
  if (hits.some((u) => u.why === 'unplaced')) return { class: 'trigger found, actor missing' };
  if (hits.some((u) => u.why === 'coded')) return { class: 'trigger coded, this triple not' };
  if (hits.length === 0) return { class: 'no trigger' };
  const pruned = hits.filter((u) => u.why === 'pruned');
  // "Police said the opposition had incited violence": the coders read the statement as the act (an accusation); a
  // statement read as an act and then dropped is pruned.
  if (pruned.length === 0) return { class: 'statement not read as the act' };
  // A dropped event that carried other actors or another code would have been an extra, not this triple. The rule
  // named is the one that dropped the trigger the class rests on: the first that carried the triple, else the first.
  const carried = pruned.find((u) => !u.dropped || u.dropped.some((t) => same(t, missed)));
  return { class: carried ? 'trigger found, pruned' : 'trigger found, pruned, not this triple', by: (carried ?? pruned[0]!).by ?? UNNAMED };
}

/** A pruned class's rule when the stage named none (a trigger list written by hand, an older observer). */
export const UNNAMED = 'unnamed';

/** An error class, and for the two pruned classes the rule or step that dropped the event (`by`). */
export interface ClassedError {
  class: ErrorClass;
  by?: string;
}

/**
 * Pair each missed triple with an extra one of the same record, most alike first: the same actors and root
 * (the leaf differs), the same actors (the root differs), the same code (an actor differs). A missed triple
 * with no partner is classed by missedClass over the record's triggers, coded or not (by default those predictTriples
 * heard for this record); an extra one with none is named by the record's no-event reason, or "in an event sentence".
 */
export function classifyErrors(
  record: Pick<EventRecord, 'expected' | 'no_event_reason'>,
  predicted: readonly Triple[],
  found: readonly TriggerInRecord[] = triggersOf.get(record) ?? [],
): ErrorClass[] {
  return classifyErrorsBy(record, predicted, found).map((c) => c.class);
}

/** classifyErrors, each pruned class with the rule or step that dropped its event. */
export function classifyErrorsBy(
  record: Pick<EventRecord, 'expected' | 'no_event_reason'>,
  predicted: readonly Triple[],
  found: readonly TriggerInRecord[] = triggersOf.get(record) ?? [],
): ClassedError[] {
  const [level] = LEVELS;
  const key = (t: Triple) => `${level!.actor(t.source)}|${level!.actor(t.target)}|${t.code}`;
  const uniq = (ts: readonly Triple[]) => [...new Map(ts.map((t) => [key(t), t])).values()];
  const want = uniq(record.expected);
  const got = uniq(predicted);
  const wantKeys = new Set(want.map(key));
  const gotKeys = new Set(got.map(key));
  const missed = want.filter((t) => !gotKeys.has(key(t)));
  const extra = got.filter((t) => !wantKeys.has(key(t)));
  const sameActors = (a: Triple, b: Triple) => level!.actor(a.source) === level!.actor(b.source) && level!.actor(a.target) === level!.actor(b.target);
  const tests: [ErrorClass, (a: Triple, b: Triple) => boolean][] = [
    ['code differs at leaf', (a, b) => sameActors(a, b) && root(a.code) === root(b.code)],
    ['code differs at root', sameActors],
    ['actor wrong', (a, b) => a.code === b.code],
  ];
  const out: ClassedError[] = [];
  for (const [name, test] of tests) {
    for (let i = missed.length - 1; i >= 0; i--) {
      const j = extra.findIndex((e) => test(missed[i]!, e));
      if (j < 0) continue;
      out.push({ class: name });
      missed.splice(i, 1);
      extra.splice(j, 1);
    }
  }
  for (const t of missed) out.push(missedClass(t, found, (a, b) => key(a) === key(b)));
  const why = record.expected.length === 0 ? (record.no_event_reason ?? 'no event') : 'in an event sentence';
  for (const _ of extra) out.push({ class: `extra: ${why}` });
  return out;
}

let pipeline: Pipeline | undefined;
/** The last article analysed: a story's records come together, so each story is analysed once. */
let analysed: { text: string; published: string | null; events: Doc['events']; uncoded: UncodedTrigger[] } | undefined;

/**
 * Run newsgraph on each record and return its CAMEO triples (compound actors exploded). A record is read in
 * its story (its article: the story's records, see placeInStories), or alone after its `context` when it has
 * none, so "he", "the company" resolve as in the article; only the events whose trigger lies in the record's
 * own sentence are scored. The record's triggers that gave no event are kept for classifyErrors.
 */
export function predictTriples(record: EventRecord): Triple[] {
  pipeline ??= eventPipeline();
  const article = record.article ?? alone(record);
  const published = record.date ?? null;
  if (analysed?.text !== article.text || analysed.published !== published) {
    uncoded = [];
    analysed = { text: article.text, published, events: pipeline.analyze({ id: record.story ?? record.id, text: article.text, published }).events, uncoded };
  }
  const inRecord = (start: number) => start >= article.start && start < article.end;
  const events = analysed.events.filter((e) => inRecord(e.trigger.start));
  triggersOf.set(record, [
    ...analysed.uncoded.filter((u) => inRecord(u.start)).map((u) => ({ text: article.text.slice(u.start, u.end), code: u.code, why: u.why, ...(u.event && { dropped: cameoRows(u.event) }), ...(u.by && { by: u.by }) })),
    ...events.map((e) => ({ text: article.text.slice(e.trigger.start, e.trigger.end), code: e.cameo.code, why: 'coded' as const })),
  ]);
  return events
    .flatMap(cameoRows)
    .map((r) => ({ source: r.source, target: r.target, code: r.code }));
}

/** A record with no story: its own sentence after its context. */
function alone(record: EventRecord): Article {
  const lead = record.context ? record.context + SENTENCE_JOIN : '';
  return { text: lead + record.text, start: lead.length, end: lead.length + record.text.length };
}

export function eventsReport(records: readonly EventRecord[], file: string): EvalReport {
  const totals = LEVELS.map(() => ({ correct: 0, missed: 0, extra: 0 }));
  let expected = 0;
  let noEvent = 0;
  let noEventClean = 0;
  const classes = new Map<ErrorClass, number>();
  const prunedBy = new Map<string, number>();
  const errors: string[][] = [];
  for (const record of records) {
    const predicted = predictTriples(record);
    const classed = classifyErrorsBy(record, predicted);
    for (const c of classed) {
      classes.set(c.class, (classes.get(c.class) ?? 0) + 1);
      if (c.by !== undefined) prunedBy.set(c.by, (prunedBy.get(c.by) ?? 0) + 1);
    }
    if (classed.length > 0) errors.push(errorBlock(record, predicted, classed));
    expected += record.expected.length;
    if (record.expected.length === 0) {
      noEvent++;
      if (predicted.length === 0) noEventClean++;
    }
    LEVELS.forEach((level, i) => {
      const c = compareTriples(record.expected, predicted, level);
      totals[i]!.correct += c.correct;
      totals[i]!.missed += c.missed;
      totals[i]!.extra += c.extra;
    });
  }
  const rows = LEVELS.map((level, i) => {
    const t = totals[i]!;
    const s = prf(t.correct, t.correct + t.extra, t.correct + t.missed);
    return [level.name, t.correct, t.missed, t.extra, s.precision, s.recall, s.f1];
  });
  const [full, rootLevel, exact] = totals as [Counts, Counts, Counts, Counts];
  const headline = prf(full.correct, full.correct + full.extra, full.correct + full.missed);
  const rootFigures = prf(rootLevel.correct, rootLevel.correct + rootLevel.extra, rootLevel.correct + rootLevel.missed);
  return {
    title: `CAMEO events on ${file} (PETRARCH validation: per record, the set of (source, target, code) triples)`,
    header: ['level', 'correct', 'missed', 'extra', 'P', 'R', 'F1'],
    rows,
    notes: [
      `${records.length} records, ${expected} expected events; ${noEvent} records expect none (${noEventClean} left clean)`,
      `extra events at country level, full code: ${full.extra} = ${expected === 0 ? 0 : pct(full.extra / expected)}% of expected`,
      `exact actors, full code: ${exact.correct} correct, ${exact.missed} missed, ${exact.extra} extra`,
      `errors by class (country level, full code; a missed triple paired with an extra of its record): ${
        countList(classes)
      }`,
      `pruned by: ${countList(prunedBy)}`,
    ],
    errors,
    figures: {
      task: 'events',
      correct: full.correct,
      missed: full.missed,
      extra: full.extra,
      precision: headline.precision,
      recall: headline.recall,
      rootPrecision: rootFigures.precision,
      rootRecall: rootFigures.recall,
    },
  };
}

/** A record newsgraph got wrong, for `eval events --errors`: its text, the expected and the given triples, the classes. */
function errorBlock(record: EventRecord, predicted: readonly Triple[], classed: readonly ClassedError[]): string[] {
  const triples = (ts: readonly Triple[]) => ts.map((t) => `${t.source} ${t.target} ${t.code}`).join('; ');
  return [
    `${record.id}: ${record.text}`,
    `  expected: ${record.expected.length > 0 ? triples(record.expected) : `none (${record.no_event_reason ?? 'no reason given'})`}`,
    `  newsgraph: ${predicted.length > 0 ? triples(predicted) : 'none'}`,
    `  errors: ${classed.map((c) => (c.by === undefined ? c.class : `${c.class} (by ${c.by})`)).join('; ')}`,
  ];
}

/** "name n, name n", most first, ties by name (deterministic). */
function countList(counts: ReadonlyMap<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c, n]) => `${c} ${n}`).join(', ') || 'none';
}

export const scorer: Scorer = {
  task: 'events',
  format: 'JSONL, one sentence per line: {"id","date","text","expected":[{"source","target","code"}]} (an empty list means no event)',
  async score(file) {
    return eventsReport(readEventRecords(file), file);
  },
};
