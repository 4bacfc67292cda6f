import { z } from 'zod';
import { buildPipeline, type Pipeline } from '../pipeline/pipeline.ts';
import { DEFAULT_STAGES } from '../pipeline/presets.ts';
import { cameoRows } from '../stages/events/cameo-rows.ts';
import { pct, prf, readGoldLines, type EvalReport, type Scorer } from './scorer.ts';

// trigger and reason (per triple), story, context, dateline, outlet, url and no_event_reason (per record) document the
// wire-copy set (test/fixtures/events/); they are read but not scored.
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
export type EventRecord = z.infer<typeof RecordSchema>;
export type Triple = z.infer<typeof TripleSchema>;

/** Reads one `{"id","date","text","expected":[{"source","target","code"}]}` object per line. */
export function readEventRecords(file: string): EventRecord[] {
  return readGoldLines(file, RecordSchema, '{"id","date","text","expected":[{"source","target","code"}]} (codes as strings, "010")');
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

/** The default pipeline up to and including events (quality adds nothing events are scored on). */
function eventPipeline(): Pipeline {
  const upTo = DEFAULT_STAGES.findIndex((s) => s.name === 'events');
  return buildPipeline(DEFAULT_STAGES.slice(0, upTo + 1));
}

let pipeline: Pipeline | undefined;

/** Run newsgraph on each record and return its CAMEO triples (compound actors exploded). */
export function predictTriples(record: EventRecord): Triple[] {
  pipeline ??= eventPipeline();
  const doc = pipeline.analyze({ id: record.id, text: record.text, published: record.date ?? null });
  return doc.events.flatMap(cameoRows).map((r) => ({ source: r.source, target: r.target, code: r.code }));
}

export function eventsReport(records: readonly EventRecord[], file: string): EvalReport {
  const totals = LEVELS.map(() => ({ correct: 0, missed: 0, extra: 0 }));
  let expected = 0;
  let noEvent = 0;
  let noEventClean = 0;
  for (const record of records) {
    const predicted = predictTriples(record);
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
    ],
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

export const scorer: Scorer = {
  task: 'events',
  format: 'JSONL, one sentence per line: {"id","date","text","expected":[{"source","target","code"}]} (an empty list means no event)',
  async score(file) {
    return eventsReport(readEventRecords(file), file);
  },
};
