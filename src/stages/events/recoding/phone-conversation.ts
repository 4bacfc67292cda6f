import { clauseEnd, clauseStart } from '../sentence.ts';
import type { EventRule } from './rule.ts';

/**
 * "held telephone talks", "held a telephonic conversation", "discussed … in a phone call": talks whose clause names
 * the telephone are discussion by telephone, 041 (the dictionary gives every phone form 041; decision U of the wire
 * set). The medium must be in the trigger's own clause: "said in a phone interview that they met" is a meeting.
 */
export const phoneConversation: EventRule = {
  id: 'phone-conversation',
  apply(c, { ctx, m }) {
    const { from, to } = ctx.lex.codes.phoneConversation;
    if (!from.includes(c.code)) return;
    const end = clauseEnd(ctx, m.last);
    for (let k = clauseStart(ctx, m.first); k < end; k++) {
      const t = ctx.toks[k]!;
      if (!ctx.lex.words.phoneWords.has(t.lemma) && !ctx.lex.words.phoneWords.has(t.lower)) continue;
      c.shift += `; held by "${t.text}": discussion by telephone ${to}`;
      c.code = to;
      return;
    }
  },
};
