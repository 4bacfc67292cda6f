import { complementOf, frameMaps } from '../frames.ts';
import type { Word } from '../../../model/index.ts';
import type { TriggerRule } from './rule.ts';
import type { TriggerMatch } from '../match-triggers.ts';
import { isRelativePronoun } from '../sentence.ts';

/**
 * "offering rewards to anyone who provides information": a verb right after a relative pronoun is the
 * relative clause's own predicate, about the noun before it; the frame verb does not govern it.
 */
export function relativeVerb(toks: readonly Word[], k: number): boolean {
  return isRelativePronoun(toks[k - 1]);
}

/** CAMEO quad classes of verbal acts (verbal cooperation, verbal conflict): the other two are material. */
const VERBAL_QUADS: ReadonlySet<number> = new Set([1, 3]);

/**
 * "offered congratulations", "extended greetings": where the object that selected the pattern is the governed
 * noun and the pattern codes that same verbal act, the verb performs it rather than promising it ("offered aid"
 * is a material act: it stays an offer; "promised military aid" codes the promise itself, 0332).
 */
export function performs(m: Pick<TriggerMatch, 'cueAt' | 'pattern'>, complement: Pick<TriggerMatch, 'first' | 'pattern'>, quadOf: (code: string) => number | undefined): boolean {
  const code = m.pattern.code;
  return m.cueAt === complement.first && complement.pattern.code === code && VERBAL_QUADS.has(quadOf(code) ?? 0);
}

/**
 * "rejected the proposal for a ceasefire": a one-word trigger that is also a frame verb is read as the frame
 * when an event it can govern follows, unless it performs that event (`performs`).
 */
export const frameReading: TriggerRule = {
  id: 'frame-reading',
  apply(c, { ctx, res, matches }) {
    const { m } = c;
    if (!m.frame || m.pattern === m.frame || m.first !== m.last) return;
    const complement = complementOf(ctx, { ...m, pattern: m.frame }, matches);
    if (!complement || relativeVerb(ctx.toks, complement.first) || !frameMaps(res, m.frame.frame!, complement.pattern.code)) return;
    if (performs(m, complement, (code) => res.lexicons.codes.get(code)?.quadClass)) return;
    c.m = { ...m, pattern: m.frame, cue: null, cueAt: null, cueEnd: null };
    c.code = m.frame.code;
  },
};
