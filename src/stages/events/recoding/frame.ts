import { complementOf, frameCode, reformAim } from '../frames.ts';
import type { TriggerRule } from './rule.ts';

/**
 * A frame verb takes the code of what it governs: "threatened to impose sanctions", "demanded that Mugabe
 * abandon his policy" (what is asked for may be a reform, 083x, rather than an event verb).
 */
export const frame: TriggerRule = {
  id: 'frame',
  apply(c, { ctx, res, matches }) {
    const name = c.m.pattern.frame;
    if (!name) return;
    c.complement = complementOf(ctx, c.m, matches);
    const aim = name === 'threaten' ? null : reformAim(ctx, res, c.m);
    if (c.complement && (!aim || c.complement.first <= aim.at)) c.code = frameCode(res, name, c.complement.pattern.code);
    else if (aim) {
      c.complement = null;
      c.code = frameCode(res, name, `${ctx.lex.codes.concessionDemand}${aim.digit}`);
      c.note = `${name} frame, aim "${aim.cue}" → ${c.code}`;
    }
  },
};
