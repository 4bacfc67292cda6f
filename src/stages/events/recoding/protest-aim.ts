import { reformAim } from '../frames.ts';
import type { TriggerRule } from './rule.ts';

/** What a protest or a demand asks for picks its last digit: leadership change 1, policy 2, rights 3, institutions 4 (141x, 083x). */
export const protestAim: TriggerRule = {
  id: 'protest-aim',
  apply(c, { ctx, res }) {
    const { protestBases, concessionDemand } = ctx.lex.codes;
    if (!protestBases.includes(c.code) && c.code !== concessionDemand) return;
    c.aim = reformAim(ctx, res, c.m);
    if (c.aim) c.code += c.aim.digit;
  },
};
