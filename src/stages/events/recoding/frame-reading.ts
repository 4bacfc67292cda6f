import { complementOf, frameMaps } from '../frames.ts';
import type { Word } from '../../../model/index.ts';
import type { TriggerRule } from './rule.ts';
import { RELATIVE_PRONOUNS } from '../sentence.ts';

/**
 * "offering rewards to anyone who provides information": a verb right after a relative pronoun is the
 * relative clause's own predicate, about the noun before it; the frame verb does not govern it.
 */
export function relativeVerb(toks: readonly Word[], k: number): boolean {
  return RELATIVE_PRONOUNS.has(toks[k - 1]?.lower ?? '');
}

/**
 * "rejected the proposal for a ceasefire": a one-word trigger that is also a frame verb is read as the frame
 * when an event it can govern follows.
 */
export const frameReading: TriggerRule = {
  id: 'frame-reading',
  apply(c, { ctx, res, matches }) {
    const { m } = c;
    if (!m.frame || m.pattern === m.frame || m.first !== m.last) return;
    const complement = complementOf(ctx, { ...m, pattern: m.frame }, matches);
    if (!complement || relativeVerb(ctx.toks, complement.first) || !frameMaps(res, m.frame.frame!, complement.pattern.code)) return;
    c.m = { ...m, pattern: m.frame, cue: null, cueAt: null, cueEnd: null };
    c.code = m.frame.code;
  },
};
