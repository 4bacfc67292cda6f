import { complementOf, frameCode, reformAim } from '../frames.ts';
import type { TriggerRule } from './rule.ts';
import type { SentenceCtx } from '../sentence.ts';
import type { TriggerMatch } from '../match-triggers.ts';
import { clauseReading } from '../dictionary/clause-frame.ts';
import { knowsVerb, type DictionaryMatch } from '../dictionary/match-clause.ts';
import { namesObject } from '../dictionary-triggers.ts';

/**
 * The dictionary's reading of a frame verb's clause when a pattern names its object (`DEMAND * RELEASE` [1053]), not
 * the bare verb's, a particle's or an act done to the subject; else null.
 */
function objectReading(ctx: SentenceCtx, m: TriggerMatch): DictionaryMatch | null {
  const g = ctx.toks[m.first]!.pos === 'VERB' ? ctx.syntax.verbGroupAt(ctx.toks[m.first]!.index) : null;
  if (!g || !knowsVerb(ctx.dictionary, ctx.toks[m.first]!)) return null;
  const found = clauseReading(ctx.dictionary, ctx.syntax, g);
  return found?.code && !found.subjectIsTarget && namesObject(found.pattern) ? found : null;
}

/**
 * A frame verb takes the code of what it governs: "threatened to impose sanctions", "demanded that Mugabe
 * abandon his policy" (what is asked for may be a reform, 083x, rather than an event verb); governing none, the
 * dictionary's pattern over its object ("demanded his immediate release").
 */
export const frame: TriggerRule = {
  id: 'frame',
  apply(c, { ctx, res, matches }) {
    const name = c.m.pattern.frame;
    if (!name) return;
    c.complement = complementOf(ctx, c.m, matches);
    const aim = name === 'threaten' ? null : reformAim(ctx, res, c.m);
    if (c.complement && (!aim || c.complement.first <= aim.at)) c.code = frameCode(res, name, c.complement.pattern.code);
    else if (!aim && !c.m.pattern.speech) {
      // "demanded his immediate release": nothing governed, the dictionary's pattern over the object names the act.
      const reading = objectReading(ctx, c.m);
      if (reading?.code) {
        c.code = reading.code;
        c.note = `${name} frame with no act governed; ${reading.explanation}`;
      }
    } else if (aim) {
      c.complement = null;
      c.code = frameCode(res, name, `${ctx.lex.codes.concessionDemand}${aim.digit}`);
      c.note = `${name} frame, aim "${aim.cue}" → ${c.code}`;
    }
  },
};
