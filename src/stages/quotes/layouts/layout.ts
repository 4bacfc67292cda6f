import type { LocalRange as Range } from '../../../model/index.ts';
import type { CueClass } from '../../../lexicons/quotes/quotes-lexicons.ts';
import type { CueMatch, Found } from '../attribution.ts';
import type { UnitView } from '../unit-view.ts';

/**
 * An attribution layout with a reporting cue ("X said that …", "…," said X). `read` is offered each cue of a
 * unit in turn: null when the cue is not laid out this way (the next layout is tried), else the layout claims
 * the cue, with the attribution it found there or none.
 */
export interface CueLayout {
  readonly id: string;
  read(u: UnitView, c: number, cue: CueMatch): { found: Found | null } | null;
}

/** An attribution layout without a cue ("X: '…'", "'…' — X"): tried on a unit where no cue gave one. */
export interface UnmarkedLayout {
  readonly id: string;
  read(u: UnitView): Omit<Found, 'cue' | 'lemma' | 'speech'> | null;
}

/** The cue's own fields of an attribution. */
export function cueFields(c: number, cue: CueMatch): { cue: Range; lemma: string; speech: boolean; cueClass: CueClass } {
  return { cue: { first: c, last: c + cue.width - 1 }, lemma: cue.lemma, speech: cue.speech, cueClass: cue.class };
}

export const claimed = (found: Found | null = null) => ({ found });
