import { purposeOf } from '../frames.ts';
import type { TriggerRule } from './rule.ts';

/** "sent personnel to Yugoslavia to investigate": a sending's purpose, when it is talk or inquiry, is the event. */
export const purpose: TriggerRule = {
  id: 'purpose',
  apply(c, { ctx, matches }) {
    if (c.m.pattern.frame || !ctx.lex.words.sendings.has(ctx.toks[c.m.first]!.lemma)) return;
    const found = purposeOf(ctx, c.m, matches);
    if (!found) return;
    c.complement = found;
    c.code = found.pattern.code;
    c.note = 'purpose';
  },
};
