import type { EventRule } from './rule.ts';

/** Conventional military force meets armed opponents; force against civilians is unconventional violence (190 → 180). */
export const forceAgainstCivilians: EventRule = {
  id: 'force-against-civilians',
  apply(c, { ctx, targets }) {
    const { from, to } = ctx.lex.codes.forceAgainstCivilians;
    if (c.code !== from || !targets.every((t) => t.role !== null && ctx.lex.roles.civilian.has(t.role))) return;
    c.shift += `; force against civilians coded as unconventional violence ${to}`;
    c.code = to;
  },
};
