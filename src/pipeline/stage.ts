import type { Field, MessageLevel, WorkingDoc } from '../model/index.ts';

/** What a stage gets besides the document: a way to leave messages, nothing else. No I/O, no clock. */
export interface StageContext {
  /** Record a problem or remark at `[start, end)` (or on the whole document when start is null). */
  report(level: MessageLevel, rule: string, text: string, start?: number | null, end?: number | null): void;
}

/**
 * One small named unit of the pipeline. `setup` loads its resources once per process (models, lexicons);
 * `run` is pure and deterministic given the document and those resources.
 */
export interface Stage<R = unknown> {
  readonly name: string;
  /** every field `run` reads (besides text, id and published) */
  readonly needs: readonly Field[];
  /** every field `run` writes: creates, fills in or changes */
  readonly gives: readonly Field[];
  setup?(): R;
  run(doc: WorkingDoc, resources: R, context: StageContext): void;
}

/** Identity helper that keeps a stage's resource type inferred from its `setup`. */
export function defineStage<R = undefined>(stage: Stage<R>): Stage<R> {
  return stage;
}
