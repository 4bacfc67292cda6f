/**
 * "Negroponte told a Senate committee that Mr. Chavez is seeking closer military ties with Iran", "He said Mr. Chavez
 * is investing considerable sums in politics in other countries": what a speaker says another country is doing, in the
 * present progressive, or is expected to do ("said Mr. Chavez is expected to deepen his relationship with Cuba"), is the
 * speaker's assessment of its conduct, a statement (guidelines: statements, hopes and predictions are not events),
 * not a report of an act done. A report of a deed ("officials say the militants have agreed to halt attacks") and the
 * speaker's own side ("the WHO said it is sending a team") are events; force reported is an accusation (reportedForce).
 */
import type { Event, VerbGroup } from '../../model/index.ts';
import { speakerOf } from './reported-force.ts';
import { type SentenceCtx, triggerAt } from './sentence.ts';
import { clauseDates } from './background-events.ts';

/** Cooperation, consultation, aid, concessions and inquiries (CAMEO 03–09): acts whose ongoing course is described. */
const CONDUCT = /^0[3-9]/;
/** How far before a noun trigger its verb may stand, across the words of its noun phrase ("seeking closer military ties"). */
const OBJECT_REACH = 6;
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'CCONJ']);

/** The verb group of the trigger, or of the verb whose noun phrase the trigger heads. */
function verbOf(ctx: SentenceCtx, k: number): VerbGroup | null {
  for (let j = k; j >= Math.max(0, k - OBJECT_REACH); j--) {
    const vg = ctx.syntax.verbGroupAt(ctx.toks[j]!.index);
    if (vg) return vg;
    if (j < k && !NOUN_PHRASE_POS.has(ctx.toks[j]!.pos)) return null;
  }
  return null;
}

/** "is seeking", "are investing": a present progressive, active. */
function presentProgressive(ctx: SentenceCtx, vg: VerbGroup): boolean {
  const words = ctx.syntax.words;
  if (vg.tense !== 'none' || vg.passive || words[vg.lead]!.lemma !== 'be') return false;
  // The group may run on past its participle ("is seeking closer ties" tagged as one group): any "-ing" verb in it.
  for (let i = vg.lead + 1; i <= vg.head; i++) if (words[i]!.pos === 'VERB' && words[i]!.lower.endsWith('ing')) return true;
  return false;
}

/** "is expected to deepen": a prediction of what another will do, the speaker's assessment as the progressive is. */
function expected(ctx: SentenceCtx, vg: VerbGroup): boolean {
  const words = ctx.syntax.words;
  for (let i = vg.lead + 1; i < vg.head; i++) if (words[i]!.lemma === 'expect' && words[i + 1]?.lower === 'to') return true;
  return false;
}

/** Drop the events that are a speaker's assessment of another country's ongoing or expected conduct. */
export function dropReportedAssessments(ctx: SentenceCtx, out: Event[]): void {
  for (let j = out.length - 1; j >= 0; j--) {
    const e = out[j]!;
    if (!CONDUCT.test(e.cameo.code)) continue;
    const k = triggerAt(ctx, e);
    const vg = k < 0 ? null : verbOf(ctx, k);
    // "are expected to meet in New York later this week": a prediction with a date of its own (valued or not) is a
    // schedule, reported.
    if (!vg || !(presentProgressive(ctx, vg) || (expected(ctx, vg) && clauseDates(ctx, e).length === 0))) continue;
    const speaker = speakerOf(ctx, k);
    if (!speaker || !speaker.members.every((a) => a.country !== null)) continue;
    const other = e.sources.every((d) => d.country !== null && !speaker.members.some((a) => a.country === d.country));
    if (other) out.splice(j, 1);
  }
}
