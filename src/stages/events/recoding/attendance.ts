import type { TriggerRule } from './rule.ts';

/** Words of a noun phrase before its head ("the", "two-day", "their first"). */
const NOUN_LEAD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON']);

/**
 * "Hu Jintao and Junichiro Koizumi will attend the talks in Santiago": a meeting that is the object of "attend" is
 * attended, the dictionary's ATTEND [042:043] (a visit toward the venue, hosted back), not a meeting the attendees
 * hold with each other (guidelines: attending an inauguration in Uruguay → 042 toward URY).
 */
export const attendance: TriggerRule = {
  id: 'attendance',
  apply(c, { ctx }) {
    const { from, to } = ctx.lex.codes.attendance;
    const { toks } = ctx;
    if (!from.includes(c.code) || toks[c.m.first]!.pos === 'VERB') return;
    let k = c.m.first - 1;
    while (k >= 0 && NOUN_LEAD.has(toks[k]!.pos)) k--;
    if (k < 0 || toks[k]!.pos !== 'VERB' || !ctx.lex.words.attendVerbs.has(toks[k]!.lemma)) return;
    c.m = { ...c.m, pattern: { ...c.m.pattern, code: to, reciprocal: false } };
    c.code = to;
    c.note = `"${toks[k]!.text}" the meeting: attendance, no meeting among the attendees`;
  },
};
