import type { TriggerRule } from './rule.ts';

const ACCUSE = '112';
/** Predicates that make "hold X …" a charge, not a detention (dictionary HOLD * RESPONSIBLE [112]). */
const BLAME_WORDS = new Set(['responsible', 'accountable', 'liable', 'culpable']);
const REACH = 6;

/** "ECOWAS held the soldiers responsible for the president's wellbeing": holding someone responsible is an accusation. */
export const heldResponsible: TriggerRule = {
  id: 'held-responsible',
  apply(c, { ctx }) {
    const { toks } = ctx;
    if (toks[c.m.first]!.lemma !== 'hold' || c.m.pattern.frame) return;
    const at = toks.slice(c.m.last + 1, c.m.last + 1 + REACH).findIndex((t) => BLAME_WORDS.has(t.lower));
    if (at < 0) return;
    c.code = ACCUSE;
    c.m = { ...c.m, cue: null, cueAt: null, cueEnd: null };
    c.note = `held "${toks[c.m.last + 1 + at]!.text}": an accusation → ${ACCUSE}`;
  },
};
