import type { TriggerRule } from './rule.ts';

const WARN = 'warn';
const THREAT = '130';
const PESSIMISM = '012';
/** How far after "that" the clause's subject may start ("that the Iranian government …"). */
const SUBJECT_REACH = 4;

/**
 * "warned that the plan poses difficult challenges": a warning whose that-clause names no act (the threaten frame
 * found none to govern) and no actor as its subject foresees a risk; it is pessimism (012, decision 8: "warn of
 * risks"), not a threat (130). "warned that it would retaliate" keeps the act it threatens.
 */
export const warningOfRisk: TriggerRule = {
  id: 'warning-of-risk',
  apply(c, { ctx }) {
    const { toks } = ctx;
    if (c.code !== THREAT || c.complement || toks[c.m.first]!.lemma !== WARN) return;
    let k = c.m.last + 1;
    while (toks[k]?.pos === 'ADV') k++;
    if (toks[k]?.lower !== 'that') return;
    // "warned that Tehran has drawn up plans that would make its enemies regret any attack": an actor as the clause's
    // subject is someone's act foretold, a threat.
    if (ctx.groups.some((g) => g.first > k && g.first <= k + SUBJECT_REACH)) return;
    c.code = PESSIMISM;
    c.note = `a warning of a risk, no act threatened → ${PESSIMISM}`;
  },
};
