import { z } from 'zod';

export const EVAL_TASKS = ['ner', 'timex', 'quotes', 'events'] as const;
export type EvalTask = (typeof EVAL_TASKS)[number];

/** The last line of every `newsgraph eval` run: one JSON object with the figures. */
export const EvalFiguresSchema = z.object({ task: z.enum(EVAL_TASKS) }).catchall(z.union([z.number(), z.string()]));
export type EvalFigures = z.infer<typeof EvalFiguresSchema>;

/** What a scorer hands back: a readable table (header + rows) and the figures. */
export interface EvalReport {
  title: string;
  header: string[];
  rows: (string | number)[][];
  figures: EvalFigures;
  /** Extra lines printed before the table (error classes, notes). */
  notes?: string[];
}

/** Thrown by a scorer when the file is not in its format: the CLI prints `message` and exits 2. */
export class EvalInputError extends Error {
  override name = 'EvalInputError';
}

/** One scorer per task; `score` reads the gold file, runs newsgraph on it and compares. */
export interface Scorer {
  task: EvalTask;
  /** One line: the file format it reads. */
  format: string;
  score(file: string): Promise<EvalReport>;
}

/** Precision, recall and F1 as percentages rounded to two decimals. */
export function prf(correct: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const p = predicted === 0 ? 0 : correct / predicted;
  const r = gold === 0 ? 0 : correct / gold;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: pct(p), recall: pct(r), f1: pct(f) };
}

export function pct(x: number): number {
  return Math.round(x * 10000) / 100;
}
