/**
 * "Washington argues that Iran is making fuel for atomic warheads": arguing or alleging that another country does
 * something is accusing it (CAMEO 112; the dictionary's ALLEGE block and its transformation
 * `a (b . ATTACK) CLAIM = a b 112`), whatever the act, when the text gives it no code of its own. A plain "said"
 * is none (guidelines: statements are not events), nor is one's own side's doing ("Iran insists it intends …").
 */
import { describe } from '../actor-groups.ts';
import { clauseEnd } from '../sentence.ts';
import { otherCountries, reportedStatements } from './content.ts';
import type { SpeechAct, SpeechActHit } from './rule.ts';

/** Verbs that put forward a charge, not a report: the ALLEGE block and arguing. */
const ARGUING_VERBS: ReadonlySet<string> = new Set(['argue', 'allege', 'contend', 'charge', 'claim', 'assert']);
const ACCUSE = '112';

export const arguedAccusation: SpeechAct = {
  id: 'argued-accusation',
  yieldsToContent: true,
  find(ctx, recent) {
    const hits: SpeechActHit[] = [];
    for (const { verb: t, at: k, from, speaker, subject: accused } of reportedStatements(ctx, recent, ARGUING_VERBS)) {
      if (!otherCountries(speaker, accused)) continue;
      const end = clauseEnd(ctx, accused.last);
      // "argued that Iran must stop": what a statement demands is a demand, read by the statement's modal.
      if (ctx.toks.slice(from, end).some((w) => ctx.lex.contentModals.has(w.lower))) continue;
      const found = { sources: speaker.members, targets: accused.members, how: `speaker ${describe(speaker)}; target ${describe(accused)} (the subject of what is argued)` };
      hits.push({ at: k, code: ACCUSE, found, end, note: `"${t.text}" that another country does something: an accusation` });
    }
    return hits;
  },
};
