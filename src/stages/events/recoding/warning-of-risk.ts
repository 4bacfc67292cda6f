import type { Word } from '../../../model/index.ts';
import type { TriggerRule } from './rule.ts';

/** The verb and the noun of warning. */
const WARNINGS: ReadonlySet<string> = new Set(['warn', 'warning']);
/** Words before the head of a trigger verb's object: "repeated [his stark] warning". */
const OBJECT_LEAD: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ']);
const OBJECT_REACH = 3;
const THREAT = '130';
const PESSIMISM = '012';
/** How far after "that" the clause's subject may start ("that the Iranian government …"). */
const SUBJECT_REACH = 4;

/**
 * The word that warns: the trigger itself ("warned"), or the head of its object ("repeated his warning", which the
 * dictionary codes as the warning). -1 when neither is.
 */
export function warningAt(toks: readonly Word[], first: number, last: number): number {
  if (WARNINGS.has(toks[first]!.lemma)) return last;
  for (let k = last + 1; k <= last + OBJECT_REACH && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'NOUN') return WARNINGS.has(t.lemma) ? k : -1;
    if (!OBJECT_LEAD.has(t.pos)) return -1;
  }
  return -1;
}

/**
 * "warned that the plan poses difficult challenges": a warning whose that-clause names no act (the threaten frame
 * found none to govern) and no actor as its subject foresees a risk; it is pessimism (012, decision 8: "warn of
 * risks"), not a threat (130). "warned that it would retaliate" keeps the act it threatens.
 */
export const warningOfRisk: TriggerRule = {
  id: 'warning-of-risk',
  apply(c, { ctx }) {
    const { toks } = ctx;
    if (c.code !== THREAT || c.complement) return;
    const warning = warningAt(toks, c.m.first, c.m.last);
    if (warning < 0) return;
    let k = warning + 1;
    while (toks[k]?.pos === 'ADV') k++;
    if (toks[k]?.lower !== 'that') return;
    // "warned that Tehran has drawn up plans that would make its enemies regret any attack": an actor as the clause's
    // subject is someone's act foretold, a threat.
    if (ctx.groups.some((g) => g.first > k && g.first <= k + SUBJECT_REACH)) return;
    c.code = PESSIMISM;
    c.note = `a warning of a risk, no act threatened → ${PESSIMISM}`;
  },
};
