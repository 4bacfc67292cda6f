/**
 * Coded events a wire coder still leaves out (guidelines: "Background is not coded"; statements, beliefs, hopes and
 * conditionals are not events): history the sentence recounts, acts it only supposes or says someone is able to do,
 * acts named as the topic of a preposition. Each test is a small named unit over one coded event;
 * `dropBackgroundEvents` removes the events one of them names, before the sentence's events are weighed against
 * each other (prune.ts), so a background verb no longer crowds out the sentence's own nominal.
 */
import type { Event, Timex } from '../../model/index.ts';
import type { SentenceCtx } from './sentence.ts';

/** Timex fields that place a date inside a year: a date that states none of them names a whole year or more. */
const WITHIN_YEAR = new Set(['half', 'quarter', 'season', 'month', 'week', 'weekend', 'day', 'weekday', 'partOfDay', 'hour']);
/** Timex fields that name a year or a longer span. */
const YEARS = new Set(['year', 'decade', 'century']);
/** Prepositions of means and manner: "responded by firing tear gas", "quoted as denying" name the act done. */
const MEANS = new Set(['by', 'as']);
const NEGATION = new Set(['not', "n't", 'never']);

/** The sentence word an event's trigger starts on (-1 when none). */
function triggerAt(ctx: SentenceCtx, e: Event): number {
  return ctx.toks.findIndex((t) => t.start === e.trigger.start);
}

/** A timex that names a year or more, nothing inside it ("1967", "the 1970s"; not "May 2007", "today"). */
function wholeYears(x: Timex): boolean {
  return x.stated.some((f) => YEARS.has(f)) && !x.stated.some((f) => WITHIN_YEAR.has(f));
}

/**
 * "Israel seized the Golan Heights in the 1967 war", "talks broke down in 2000", "After U.S. forces freed him in
 * 1945, …": an act the text dates by a year alone is history recounted; the story's own events are dated by their
 * day ("on Tuesday", "today"), and a sentence that names a day is about that day ("signed an agreement today to
 * increase trade in 1983"). Only "in" binds the year to the act ("a ruler from 1990 to 2000" does not), and what
 * will happen or might is no history.
 */
export function datedByYear(ctx: SentenceCtx, e: Event): boolean {
  if (!e.date.timex || (e.modality !== 'asserted' && e.modality !== 'reported')) return false;
  const dates = ctx.index.timexesWithin(ctx.toks[0]!.start, ctx.toks[ctx.toks.length - 1]!.end).filter((t) => t.type === 'DATE' || t.type === 'TIME');
  const x = dates.find((t) => t.id === e.date.timex);
  if (!x || !dates.every(wholeYears)) return false;
  const at = ctx.toks.findIndex((t) => t.start === x.start);
  const lead = ctx.toks[at - 1]?.lower === 'the' ? at - 2 : at - 1;
  return at > 0 && ctx.toks[lead]?.lower === 'in';
}

/**
 * "a report listing ways terrorists might attack the country", "Americans may be ready to change …": an act only
 * supposed ("may", "might", "could", "if", "unless") did not happen and is not announced (guidelines: hopes and
 * conditionals are not events). Threats and promises are coded from their own verbs ("threatened to …").
 */
export function supposed(_ctx: SentenceCtx, e: Event): boolean {
  return e.modality === 'hypothetical';
}

/**
 * "the government can refuse entry to foreign citizens if …": what someone is able to do is a standing rule, a
 * generic statement, not an act (guidelines: statements are not events). "cannot accept" refuses and is left to
 * the coder's negation rules.
 */
export function genericAbility(ctx: SentenceCtx, e: Event): boolean {
  const k = triggerAt(ctx, e);
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = ctx.toks[j]!;
    if (NEGATION.has(t.lower)) return false;
    if (t.pos === 'AUX' && t.lemma === 'can' && t.lower !== 'could') return !NEGATION.has(ctx.toks[j + 1]?.lower ?? '');
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/**
 * "a move aimed at restoring ties", "talks on ending the programme", "accused of killing": an "-ing" form a
 * preposition governs names an act as a topic, not the act done (guidelines: purpose and background are not coded).
 */
export function topicGerund(ctx: SentenceCtx, e: Event): boolean {
  const k = triggerAt(ctx, e);
  const t = ctx.toks[k];
  const p = ctx.toks[k - 1];
  return t !== undefined && p !== undefined && t.pos === 'VERB' && t.lower.endsWith('ing') && p.pos === 'ADP' && !MEANS.has(p.lower);
}

/** The rules, in the order they are tried. */
export const BACKGROUND_EVENT_RULES: readonly { id: string; drops: (ctx: SentenceCtx, e: Event) => boolean }[] = [
  { id: 'dated by year', drops: datedByYear },
  { id: 'supposed', drops: supposed },
  { id: 'generic ability', drops: genericAbility },
  { id: 'topic gerund', drops: topicGerund },
];

/** Remove the events a background rule names. */
export function dropBackgroundEvents(ctx: SentenceCtx, out: Event[]): void {
  for (let k = out.length - 1; k >= 0; k--) if (BACKGROUND_EVENT_RULES.some((r) => r.drops(ctx, out[k]!))) out.splice(k, 1);
}
