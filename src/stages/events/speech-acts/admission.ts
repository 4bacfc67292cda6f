/**
 * "Islamabad acknowledged that Pakistani scientist X gave equipment to Iran": admitting what one's own side did is
 * acknowledging responsibility (CAMEO 015; the dictionary's ACKNOWLEDGE [015], and its transformation
 * `a (a b ATTACK) SAY = a b 015`), toward the party the admitted act concerned. What another side did, admitted,
 * is a plain statement.
 */
import { describe } from '../actor-groups.ts';
import { onlyPlace } from '../parties.ts';
import { clauseEnd } from '../sentence.ts';
import { reportedStatements, sameCountry } from './content.ts';
import type { SpeechAct, SpeechActHit } from './rule.ts';

const ADMIT_VERBS: ReadonlySet<string> = new Set(['acknowledge', 'admit', 'confess', 'concede']);
const ACKNOWLEDGE = '015';

export const admission: SpeechAct = {
  id: 'admission',
  yieldsToContent: false,
  find(ctx, recent) {
    const hits: SpeechActHit[] = [];
    for (const { verb: t, at: k, speaker, subject: doer } of reportedStatements(ctx, recent, ADMIT_VERBS)) {
      if (doer === speaker || !sameCountry(speaker, doer)) continue;
      const end = clauseEnd(ctx, doer.last);
      // The party the admitted act concerned: the first other actor of the clause that is no mere place. With none,
      // what is admitted is a state of affairs ("admitted that Indonesia has faced challenges"), no act.
      const target = ctx.groups.find((g) => g.first > doer.last && g.first < end && !onlyPlace(ctx, g) && !sameCountry(speaker, g));
      if (!target) continue;
      const found = { sources: speaker.members, targets: target.members, how: `speaker ${describe(speaker)}; target ${describe(target)} (whom what ${describe(doer)}, its own side, did concerned)` };
      hits.push({ at: k, code: ACKNOWLEDGE, found, end, note: `its own side's act admitted ("${t.text}"): acknowledging responsibility` });
    }
    return hits;
  },
};
