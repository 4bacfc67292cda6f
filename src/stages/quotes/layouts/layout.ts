import type { LocalRange as Range } from '../../../model/index.ts';
import type { CueMatch, Found } from '../attribution-model.ts';
import type { Content, UnitView } from '../unit-view.ts';

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

/**
 * The attribution found at the cue at `c`: its content, speaker and layout with the cue's own fields, built
 * in one literal (every cue of every unit comes through here; spreading the parts together cost more).
 */
export function foundAt(c: number, cue: CueMatch, body: Content, speaker: Range | null, layout: string, more: Pick<Found, 'apposition' | 'sameSpeakerAs'> = {}): Found {
  return {
    type: body.type, content: body.content, speaker, sameSpeakerAs: more.sameSpeakerAs ?? null, cue: { first: c, last: c + cue.width - 1 },
    lemma: cue.lemma, speech: cue.speech, cueClass: cue.class, layout, apposition: more.apposition ?? null,
  };
}

export const claimed = (found: Found | null = null) => ({ found });
