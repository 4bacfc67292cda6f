import { has, WORD, type Syntax, type Tense, type TokenRange } from '../../model/index.ts';

export type { Tense };

/**
 * Tense of the verb that governs a timex: the nearest verb before it in the sentence, else the nearest
 * after it, as the syntax view reads its verb chain. Underspecified dates look back from a past verb, ahead
 * from a future one, and otherwise take the nearest occurrence ("said in July" is the past July, "expires in
 * February" the coming one).
 */
export function governingTense(syntax: Syntax, sentence: TokenRange, start: number, end: number): Tense {
  const { words } = syntax;
  let verb = -1;
  let finite = -1;
  for (let i = sentence.first; i <= sentence.last && words[i]!.end <= start; i++) {
    if (!has(words[i], WORD.VERB)) continue;
    verb = i;
    if (!dependent(syntax, i)) finite = i;
  }
  // "fluctuated sharply, rising to a high in March": a participle clause tells its time by the verb it hangs on,
  // before it or, when it opens the sentence ("Speaking on Friday, he said …"), after it.
  if (verb >= 0 && dependent(syntax, verb)) verb = finite;
  if (verb < 0) {
    for (let i = sentence.first; i <= sentence.last; i++) {
      if (words[i]!.start >= end && has(words[i], WORD.VERB) && !dependent(syntax, i)) {
        verb = i;
        break;
      }
    }
  }
  return verb < 0 ? 'none' : syntax.tenseAt(verb);
}

/**
 * A verb that tells no time of its own: a bare "-ing" participle ("rising to", not "is rising") or a capitalised
 * word inside the sentence that the tagger took for a verb ("Roe vs. Wade").
 */
function dependent(syntax: Syntax, i: number): boolean {
  const w = syntax.words[i]!;
  if (syntax.tenseAt(i) !== 'none') return false;
  if (i > 0 && /^[A-Z]/.test(w.text) && syntax.words[i - 1]!.sentence === w.sentence) return true;
  // Before a noun it is more likely an adjective ("revolving loans through January"), which heads no clause.
  const next = syntax.words[i + 1];
  return /ing$/.test(w.lower) && syntax.words[i - 1]?.lemma !== 'be' && !(next && next.sentence === w.sentence && next.pos === 'NOUN');
}

/** A word just before a timex that says which way it lies from the anchor, whatever its verb's tense. */
export interface DirectionCue {
  name: 'since' | 'effective';
  tense: Tense;
}

/**
 * The cues, in order, each with the text that must end just before the timex: what began "since" a date lies
 * behind ("have risen since December"); a change "effective" on a date takes effect ahead ("a new office,
 * effective Feb. 1", told in October, is next February).
 */
const DIRECTION_CUES: [DirectionCue, RegExp][] = [
  [{ name: 'since', tense: 'past' }, /\bsince\s+$/i],
  [{ name: 'effective', tense: 'future' }, /\beffective\s+(?:(?:as\s+)?(?:of|from|on)\s+)?$/i],
];

/** The longest cue ends this many characters before the timex ("effective as of "). */
export const CUE_REACH = 20;

/** The cue that the text just before a timex ends with, if any (pass the last `CUE_REACH` characters). */
export function directionCue(before: string): DirectionCue | null {
  for (const [cue, pattern] of DIRECTION_CUES) if (pattern.test(before)) return cue;
  return null;
}
