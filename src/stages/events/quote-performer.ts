/**
 * "“He strongly condemns the attempted coup,” the AU said in a statement": an institution's statement, quoted, speaks
 * of the institution (or its head) in the third person and in the present, the statement itself doing what it says.
 * A verbal act (statement, appeal, demand, disapproval, rejection, threat …) whose subject is such a pronoun, left
 * unread by coreference, is the quote's speaker's act (guidelines: the statement itself is the act).
 */
import { attributedSpeaker, describe, placeModifier } from './actor-groups.ts';
import type { TriggerMatch } from './match-triggers.ts';
import { NO_TARGET, onlyPlace } from './parties.ts';
import type { Found, SentenceCtx } from './sentence.ts';

/** The roots of acts done by saying: statements, appeals, intents, praise, demands, disapproval, rejection, threats. */
const VERBAL_ROOTS: ReadonlySet<string> = new Set(['01', '02', '03', '05', '10', '11', '12', '13']);
/** The pronouns a statement uses for its author ("We" is the speaker already, read by quotedFirstPerson). */
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', 'it']);

/** The quote's speaker as the doer of a present-tense verbal act whose subject is an unresolved he, she or it; else null. */
export function quotePerformer(ctx: SentenceCtx, m: TriggerMatch, code: string): Found | null {
  const t = ctx.toks[m.first]!;
  if (t.pos !== 'VERB' || !VERBAL_ROOTS.has(code.slice(0, 2))) return null;
  const vg = ctx.syntax.verbGroupAt(t.index);
  // A past or future act, a modal or a negation tells of the act, it does not perform it ("He condemned", "he will urge").
  if (!vg?.subject || vg.subject.first !== vg.subject.last || vg.tense !== 'none' || vg.modal || vg.negated || vg.passive) return null;
  const s = vg.subject.first - ctx.toks[0]!.index;
  const pronoun = ctx.toks[s];
  if (!pronoun || !THIRD_PERSON.has(pronoun.lower) || ctx.index.quoteAt(pronoun.index) === null) return null;
  // Coreference read the pronoun as someone: that reading stands.
  if (ctx.groups.some((g) => g.first <= s && s <= g.last)) return null;
  const r = [...ctx.reporting].filter((k) => k > m.last && k >= ctx.tail - 1).sort((a, b) => a - b)[0];
  const speaker = r === undefined ? null : attributedSpeaker(ctx, r);
  // A body speaks so of itself; a country named as the speaker ("Israel said") is a people, whose "he" is someone else.
  if (!speaker || speaker.members.some((a) => a.role === null)) return null;
  const end = ctx.tail > m.last ? ctx.tail : ctx.toks.length;
  const target = ctx.groups.find((g) => g.first > m.last && g.first < end && g !== speaker && !onlyPlace(ctx, g) && !placeModifier(ctx, g));
  const targets = target ? target.members : [NO_TARGET];
  return { sources: speaker.members, targets, how: `source ${describe(speaker)} (the quote's speaker: "${pronoun.text}" ${t.text}, the statement doing what it says); ${target ? `target ${describe(target)} (first actor after the trigger)` : NO_TARGET.how}` };
}
