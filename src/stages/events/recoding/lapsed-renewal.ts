import type { EventRule } from './rule.ts';

/** "failed to renew sanctions": sanctions not renewed lapse, which eases them (163 → 085). */
export const lapsedRenewal: EventRule = {
  id: 'lapsed-renewal',
  apply(c, { ctx, m, read }) {
    const { from, to } = ctx.lex.codes.lapsedRenewal;
    if (c.modality !== 'negated' || c.code !== from || !ctx.lex.words.renewals.has(ctx.toks[m.first]!.lemma)) return;
    c.shift = `; sanctions not renewed lapse: coded as easing ${to}`;
    c.code = to;
    c.modality = read.quote ? 'reported' : 'asserted';
  },
};
