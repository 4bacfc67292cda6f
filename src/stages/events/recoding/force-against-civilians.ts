import type { EventRule } from './rule.ts';

/**
 * Conventional military force meets armed opponents; force against civilians is unconventional violence (190 → 180),
 * and so is a threat of it ("threatened to kill a kidnapped journalist": 138 → 1383, decision 9).
 */
export const forceAgainstCivilians: EventRule = {
  id: 'force-against-civilians',
  apply(c, { ctx, targets }) {
    const recode = [ctx.lex.codes.forceAgainstCivilians, ctx.lex.codes.threatAgainstCivilians].find((r) => r.from === c.code);
    if (!recode || !targets.every((t) => t.role !== null && ctx.lex.roles.civilian.has(t.role))) return;
    c.shift += `; force against civilians coded as unconventional violence ${recode.to}`;
    c.code = recode.to;
  },
};
