import { complementOf, frameCode } from '../frames.ts';
import type { TriggerRule } from './rule.ts';

/** Nouns that make an announced act an intent (README decision 9: "the nouns plans, readiness are intent"). */
const INTENT_NOUNS = new Set(['plan', 'intention', 'readiness']);
/** Words between the trigger and the noun ("announced its new plans"). */
const NOUN_REACH = 4;

/**
 * "announced plans for his country to get gas from Iran" → 030 (dictionary ANNOUNCE * PLANS [030]); "announced plans
 * to withdraw troops" → intent by what is planned (03x). A cue further on ("emergency" gas supplies) gives no code.
 */
export const plans: TriggerRule = {
  id: 'plans',
  apply(c, { ctx, res, matches }) {
    const { toks } = ctx;
    if (c.m.pattern.frame || c.m.pattern.speech || c.complement) return;
    let k = c.m.last + 1;
    while (k <= c.m.last + NOUN_REACH && toks[k] && !INTENT_NOUNS.has(toks[k]!.lemma) && ['DET', 'ADJ', 'PRON', 'PART'].includes(toks[k]!.pos)) k++;
    if (!toks[k] || !INTENT_NOUNS.has(toks[k]!.lemma)) return;
    const planned = complementOf(ctx, { ...c.m, last: k, cue: 'to' }, matches);
    c.code = frameCode(res, 'intent', planned?.pattern.code ?? '');
    c.complement = planned;
    c.m = { ...c.m, cue: null, cueAt: null, cueEnd: null };
    c.note = `"${toks[k]!.text}" are intent → ${c.code}`;
  },
};
