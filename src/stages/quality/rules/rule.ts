import type { Doc } from '../../../model/index.ts';

export interface Finding {
  start: number;
  end: number;
  text: string;
}

/** A quality rule: a stable id and a check that returns what it found, with spans. */
export interface QualityRule {
  readonly id: string;
  check(doc: Doc): Finding[];
}
