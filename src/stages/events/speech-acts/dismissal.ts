/**
 * "The spokesman called the report by CBS News baseless", "an official said the allegations by Hariri are
 * fabricated": calling a report or an accusation false is denying it (CAMEO 016; the dictionary's DENY * REPORT,
 * REJECT * ALLEGATION), toward whoever made it. The accusation itself is what is denied, no event of its own.
 */
import { describe, subjectGroup } from '../actor-groups.ts';
import { NO_TARGET } from '../parties.ts';
import { DENY, claimAuthor, isClaimNoun } from './claims.ts';
import type { SentenceCtx } from '../sentence.ts';
import { recalled } from './content.ts';
import type { SpeechAct, SpeechActHit } from './rule.ts';

/** Words that call a claim false, as written ("fabricated" is tagged a verb as often as an adjective). */
const FALSITY: ReadonlySet<string> = new Set(['baseless', 'groundless', 'unfounded', 'false', 'fabricated', 'untrue', 'lie', 'lies', 'fabrication', 'fabrications', 'nonsense', 'absurd']);
/** Verbs that name their object false ("called the report baseless", "described the charges as lies"). */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'describe', 'label', 'brand', 'term', 'dismiss']);
/** How far back from the falsity word the claim noun, and from it the verb, may stand. */
const REACH = 8;

/** The verb that calls the claim noun at `c` false: a naming verb before it, or a statement verb when "be" stands before `f`. */
function callingVerb(ctx: SentenceCtx, c: number, f: number): number {
  const copula = ctx.toks.slice(c + 1, f).findIndex((t) => t.lemma === 'be');
  for (let v = c - 1; v >= Math.max(0, c - REACH); v--) {
    const t = ctx.toks[v]!;
    if (t.pos !== 'VERB') continue;
    if (copula < 0 && NAMING_VERBS.has(t.lemma)) return v;
    if (copula >= 0 && ctx.reporting.has(v)) return v;
    return -1;
  }
  return -1;
}

export const dismissal: SpeechAct = {
  id: 'dismissal',
  yieldsToContent: false,
  find(ctx, recent) {
    const hits: SpeechActHit[] = [];
    for (let f = 0; f < ctx.toks.length; f++) {
      const t = ctx.toks[f]!;
      // "the report lies in …" is no calling false.
      if (!FALSITY.has(t.lower) || (t.pos === 'VERB' && t.lemma === 'lie') || ctx.toks[f - 1]?.lower === 'not') continue;
      let c = f - 1;
      while (c >= Math.max(0, f - REACH) && !isClaimNoun(ctx, c)) c--;
      if (c < Math.max(0, f - REACH)) continue;
      const v = callingVerb(ctx, c, f);
      if (v < 0 || ctx.syntax.verbGroupAt(ctx.toks[v]!.index)?.negated || recalled(ctx, v)) continue;
      const speaker = subjectGroup(ctx, v, recent)?.group;
      if (!speaker) continue;
      const author = claimAuthor(ctx, c);
      const found = {
        sources: speaker.members,
        targets: author ? author.members : [NO_TARGET],
        how: `speaker ${describe(speaker)}; target ${author ? `${describe(author)} (who made the claim)` : NO_TARGET.how}`,
      };
      hits.push({ at: v, code: DENY, found, end: f + 1, note: `"${ctx.toks[c]!.text}" called "${t.text}": a denial` });
    }
    return hits;
  },
};
