import type { EventRule } from './rule.ts';

/**
 * "protesters stormed the U.S. Embassy compound", "set fire to an American school", "scuffled with police": force
 * whose doers are all protesters is violent protest, 145 (decision W of the wire set: PROTESTOR * [145]); the
 * destroying verbs' block codes (190, 1712, 180) are for armed attacks. Rebels or troops storming a town keep them.
 */
export const protestViolence: EventRule = {
  id: 'protest-violence',
  apply(c, { ctx, sources }) {
    const { from, to } = ctx.lex.codes.protestViolence;
    if (!from.includes(c.code) || !sources.every((a) => a.role !== null && ctx.lex.roles.protesters.has(a.role))) return;
    c.shift += `; force by protesters is violent protest ${to}`;
    c.code = to;
  },
};
