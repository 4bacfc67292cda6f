import type { TriggerRule } from './rule.ts';

/** "ordered the newspaper to suspend publication": who orders a repression is its source (17). */
export const command: TriggerRule = {
  id: 'command',
  apply(c, { ctx }) {
    if (!c.complement || !ctx.lex.words.commands.has(ctx.toks[c.m.first]!.lemma) || !c.complement.pattern.code.startsWith(ctx.lex.codes.repressionRoot)) return;
    c.code = c.complement.pattern.code;
    c.note = 'command';
  },
};
