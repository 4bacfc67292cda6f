import { askedConcession } from '../frames.ts';
import type { TriggerRule } from './rule.ts';

/** "would not meet demands to release prisoners": acceding to a demand for a concession is that concession. */
export const demandedConcession: TriggerRule = {
  id: 'demanded-concession',
  apply(c, { ctx, matches }) {
    if (c.code !== ctx.lex.codes.concessionDemand) return;
    const asked = askedConcession(ctx, c.m, matches);
    if (!asked) return;
    c.complement = asked;
    c.code = asked.pattern.code;
    c.note = 'demand';
  },
};
