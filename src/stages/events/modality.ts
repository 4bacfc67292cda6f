/** Whether an event is asserted, negated, hypothetical, future or reported, and the cue that says so. */
import type { Modality } from '../../model/index.ts';
import type { TriggerMatch } from './match-triggers.ts';
import { phraseAt, type PhraseIndex } from '../../lexicons/phrase-index.ts';
import { type SentenceCtx, clauseStart } from './sentence.ts';
import type { EventResources } from './resources.ts';

const CHAIN_POS = new Set(['AUX', 'ADV', 'PART', 'VERB']);

/** Auxiliaries and "about to"-like cues bind only the verb they go with, not every verb after them in the clause. */
function inVerbChain(ctx: SentenceCtx, from: number, trigger: number, depth = 0): boolean {
  // "failed Wednesday to renew": the time of the act stands in its chain.
  const between = ctx.toks.slice(from, trigger).filter((t) => !ctx.isTime(t));
  if (between.length <= 4 && between.every((t) => CHAIN_POS.has(t.pos))) return true;
  // "will lay down their weapons and disband": a coordinated verb shares the auxiliary of the verb before it.
  const conj = ctx.toks[trigger - 1]?.lower;
  if (depth === 0 && (conj === 'and' || conj === 'or') && ctx.toks[trigger]!.pos === 'VERB') {
    for (let k = trigger - 2; k >= from && k >= trigger - 8; k--) if (ctx.toks[k]!.pos === 'VERB') return !ownTense(ctx, trigger, k) && inVerbChain(ctx, from, k, 1);
  }
  const nominal = ctx.toks[trigger]!.pos === 'NOUN';
  return nominal && between.length <= 8 && between.filter((t) => t.pos === 'VERB').length <= 1;
}

/**
 * "would not sign and insisted on changes": a coordinated verb in the past of its own, after a verb that is not, is
 * a clause of its own; it shares no auxiliary or negation ("will lay down their weapons and disband" does).
 */
function ownTense(ctx: SentenceCtx, verb: number, before: number): boolean {
  const tense = (k: number) => ctx.syntax.verbGroupAt(ctx.toks[k]!.index)?.tense;
  return tense(verb) === 'past' && tense(before) !== 'past';
}

function hasCue(ctx: SentenceCtx, from: number, to: number, cues: PhraseIndex, chained = false): string | null {
  for (let k = Math.max(0, from); k < to; k++) {
    const words = phraseAt(ctx.toks, k, cues);
    if (!words) continue;
    const single = words.length === 1 && ctx.lex.words.modalAuxiliaries.has(words[0]!);
    if (single && ctx.toks[k]!.pos !== 'AUX' && ctx.toks[k]!.pos !== 'VERB') continue;
    if ((chained || single || words[words.length - 1] === 'to') && !inVerbChain(ctx, k + words.length, to)) continue;
    return ctx.toks.slice(k, k + words.length).map((t) => t.text).join(' ');
  }
  return null;
}

export function modalityOf(ctx: SentenceCtx, res: EventResources, m: TriggerMatch): { modality: Modality; cue: string | null; quote: string | null } {
  const cues = res.cues;
  const start = clauseStart(ctx, m.first);
  const t = ctx.toks[m.first]!;
  const quote = ctx.index.quoteAt(t.index);
  // "would not sign and insisted on changes": a negation binds its own verb chain, not the next verb in reach.
  const neg = hasCue(ctx, m.first - 3, m.first, cues.negated, true);
  if (neg) return { modality: 'negated', cue: neg, quote };
  const hyp = hasCue(ctx, start, m.first, cues.hypothetical);
  if (hyp) return { modality: 'hypothetical', cue: hyp, quote };
  const fut = hasCue(ctx, start, m.first, cues.future);
  if (fut) return { modality: 'future', cue: fut, quote };
  if (quote) return { modality: 'reported', cue: 'inside a quote', quote };
  for (const k of ctx.reporting) if (k !== m.first) return { modality: 'reported', cue: ctx.toks[k]!.text, quote };
  return { modality: 'asserted', cue: null, quote };
}
