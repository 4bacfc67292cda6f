import { z } from 'zod';
import { readFileSync } from 'node:fs';

export const EVAL_TASKS = ['ner', 'timex', 'quotes', 'events', 'flags'] as const;
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
  /** One block of lines per item the system got wrong (what was expected, what it gave, why), printed on request. */
  errors?: string[][];
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

/**
 * Read a gold JSON Lines file, one record per line checked by `schema`. A line that is not JSON or not of the
 * format is an EvalInputError naming the line and showing `shape`, the format expected.
 */
export function readGoldLines<S extends z.ZodType>(file: string, schema: S, shape: string): z.infer<S>[] {
  const records: z.infer<S>[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new EvalInputError(`line ${i + 1} is not JSON; expected one ${shape} object per line`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new EvalInputError(`line ${i + 1}: ${issue.path.join('.') || 'record'}: ${issue.message}; expected ${shape}`);
    }
    records.push(parsed.data);
  });
  if (records.length === 0) throw new EvalInputError(`the file holds no records; expected one ${shape} object per line`);
  return records;
}
