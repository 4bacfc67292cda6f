import { z } from 'zod';
import type { Timex } from '../model/index.ts';
import { buildPipeline, type Pipeline } from '../pipeline/pipeline.ts';
import { stagesNamed } from '../pipeline/presets.ts';
import { prf, readGoldLines, type EvalReport, type Scorer } from './scorer.ts';

const GoldTimexSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.string(),
  value: z.string().nullable().optional(),
  /** The translation set marks the date kinds issue 16 calls hard (numeric dates by convention, ranges, …). */
  hard: z.boolean().optional(),
});
const GoldDocSchema = z.object({
  id: z.string(),
  dct: z.string().nullable().optional(),
  text: z.string(),
  /** MEANTIME: the dateline that is the document date; it is not among the scored timexes. */
  dct_span: z.tuple([z.number(), z.number()]).nullable().optional(),
  timex: z.array(GoldTimexSchema),
});
export type GoldDoc = z.infer<typeof GoldDocSchema>;
/** The translation set (test/fixtures/translation): its `published` is the document date, its `timexes` the gold. */
const TranslationDocSchema = z
  .object({ id: z.string(), published: z.string().nullable(), text: z.string(), timexes: z.array(GoldTimexSchema) })
  .transform((d): GoldDoc => ({ id: d.id, dct: d.published, text: d.text, timex: d.timexes }));
const GoldLineSchema = z.union([GoldDocSchema, TranslationDocSchema]);
const GOLD_SHAPE = '{"id","dct","text","timex":[{"start","end","text","type","value"}]} or {"id","published","text","timexes":[…]}';
type GoldTimex = z.infer<typeof GoldTimexSchema>;

/** One disagreement between the gold timexes and ours, by class (the note's error table). */
export interface TimexError {
  kind: 'missed' | 'spurious' | 'extent' | 'type' | 'value: granularity' | 'value: anchoring' | 'value: none formed';
  doc: string;
  gold: GoldTimex | null;
  ours: Timex | null;
}

export interface TimexCounts {
  gold: number;
  ours: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
}

/** Reads the TempEval-3 / MEANTIME or translation-set JSONL; a malformed line is an EvalInputError naming its line. */
export function readGold(file: string): GoldDoc[] {
  return readGoldLines(file, GoldLineSchema, GOLD_SHAPE);
}

/** A document date usable as publication date, or null (MEANTIME has documents without one). */
function publication(dct: string | null | undefined): string | null {
  return dct && /^\d{4}-\d{2}-\d{2}$/.test(dct) ? dct : null;
}

/**
 * TempEval-3 Task A matching: a gold and a system timex match relaxed when they overlap (one to one,
 * largest overlap first), strictly when the spans are equal. Type and value are judged on relaxed matches.
 */
export function compareDocument(gold: GoldDoc, ours: readonly Timex[], counts: TimexCounts, errors: TimexError[]): void {
  counts.gold += gold.timex.length;
  counts.ours += ours.length;
  const used = new Set<number>();
  for (const g of gold.timex) {
    let best = -1;
    let bestOverlap = 0;
    ours.forEach((o, j) => {
      if (used.has(j)) return;
      const overlap = Math.min(g.end, o.end) - Math.max(g.start, o.start);
      if (overlap > bestOverlap) [best, bestOverlap] = [j, overlap];
    });
    if (best < 0) {
      errors.push({ kind: 'missed', doc: gold.id, gold: g, ours: null });
      continue;
    }
    used.add(best);
    const o = ours[best]!;
    counts.relaxed++;
    if (o.start === g.start && o.end === g.end) counts.strict++;
    else errors.push({ kind: 'extent', doc: gold.id, gold: g, ours: o });
    if (o.type === g.type) counts.type++;
    else errors.push({ kind: 'type', doc: gold.id, gold: g, ours: o });
    if (o.value === (g.value ?? null)) counts.value++;
    else errors.push({ kind: valueErrorKind(g.value ?? null, o.value), doc: gold.id, gold: g, ours: o });
  }
  ours.forEach((o, j) => {
    if (!used.has(j)) errors.push({ kind: 'spurious', doc: gold.id, gold: null, ours: o });
  });
}

function valueErrorKind(gold: string | null, ours: string | null): TimexError['kind'] {
  if (ours === null) return 'value: none formed';
  const shape = (v: string | null) => (v ?? '').replace(/\d/g, '9');
  return shape(gold) === shape(ours) ? 'value: anchoring' : 'value: granularity';
}

let pipeline: Pipeline | undefined;

/** Runs the dates stage (after segment and syntax) on each gold document, its dct as publication date. */
export function evaluate(docs: readonly GoldDoc[]): { counts: TimexCounts; errors: TimexError[] } {
  pipeline ??= buildPipeline(stagesNamed('segment', 'syntax', 'dates'));
  const counts: TimexCounts = { gold: 0, ours: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
  const errors: TimexError[] = [];
  for (const gold of docs) {
    const doc = pipeline.analyze({ id: gold.id, text: gold.text, published: publication(gold.dct) });
    const [from, to] = gold.dct_span ?? [0, 0];
    compareDocument(gold, doc.timexes.filter((t) => t.end <= from || t.start >= to), counts, errors);
  }
  return { counts, errors };
}

export const scorer: Scorer = {
  task: 'timex',
  format: `TempEval-3 / MEANTIME or translation-set JSONL: ${GOLD_SHAPE} per line`,
  async score(file) {
    const docs = readGold(file);
    const { counts, errors } = evaluate(docs);
    const strict = prf(counts.strict, counts.ours, counts.gold);
    const relaxed = prf(counts.relaxed, counts.ours, counts.gold);
    const type = prf(counts.type, counts.ours, counts.gold);
    const value = prf(counts.value, counts.ours, counts.gold);
    const byKind = new Map<string, number>();
    for (const e of errors) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
    const hard = hardValues(docs, errors);
    const report: EvalReport = {
      title: `timex: ${docs.length} documents, ${counts.gold} gold timexes, ${counts.ours} found (TempEval-3 Task A)`,
      notes: [
        'remaining errors by class:',
        ...[...byKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `  ${kind.padEnd(20)} ${n}`),
        ...(hard.total ? [`hard timexes (marked in the gold): value right ${hard.right} of ${hard.total}`] : []),
      ],
      header: ['measure', 'P', 'R', 'F1'],
      rows: [
        ['strict span', strict.precision, strict.recall, strict.f1],
        ['relaxed span', relaxed.precision, relaxed.recall, relaxed.f1],
        ['type', type.precision, type.recall, type.f1],
        ['value', value.precision, value.recall, value.f1],
      ],
      figures: {
        task: 'timex', strictF1: strict.f1, relaxedF1: relaxed.f1, typeF1: type.f1, valueF1: value.f1,
        ...(hard.total ? { hardValueRight: hard.right, hard: hard.total } : {}),
      },
    };
    return report;
  },
};

/** Gold timexes marked hard, and how many of them got a matching timex with the right value. */
export function hardValues(docs: readonly GoldDoc[], errors: readonly TimexError[]): { total: number; right: number } {
  const total = docs.reduce((n, d) => n + d.timex.filter((t) => t.hard).length, 0);
  const wrong = errors.filter((e) => e.gold?.hard && (e.kind === 'missed' || e.kind.startsWith('value'))).length;
  return { total, right: total - wrong };
}
