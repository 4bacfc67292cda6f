/** Where a statement verb's reported clause starts and who it is about: shared by the statement-as-act rules. */
import { subjectGroup } from '../actor-groups.ts';
import type { Word } from '../../../model/index.ts';
import type { SentenceCtx, ActorGroup } from '../sentence.ts';

/** How far "that" may stand after the verb ("acknowledged for the first time last week that …"). */
const THAT_REACH = 8;
/** What may stand between a statement verb and "that": time words, adverbs, short prepositional phrases. */
const BEFORE_THAT_POS: ReadonlySet<string> = new Set(['ADV', 'ADP', 'DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * The first word of the clause verb `k` reports: after its "that", or right after the verb when a clause follows
 * it bare ("argues Iran is …": a noun phrase and then a finite verb). -1 when the verb reports no clause
 * ("claimed responsibility", "admitted defeat").
 */
export function reportedClause(ctx: SentenceCtx, k: number): number {
  for (let j = k + 1; j < Math.min(ctx.toks.length, k + 1 + THAT_REACH); j++) {
    const t = ctx.toks[j]!;
    if (t.lower === 'that') return j + 1;
    if (!BEFORE_THAT_POS.has(t.pos) && !ctx.isTime(t)) break;
  }
  const subject = ctx.groups.find((g) => g.first === k + 1 || (g.first === k + 2 && ctx.toks[k + 1]!.pos === 'DET'));
  const verb = subject ? ctx.syntax.verbGroupAt(ctx.toks[subject.last + 1]?.index ?? -1) : null;
  return verb?.finite ? k + 1 : -1;
}

/**
 * The actor the reported clause opens with as its whole subject, its verb right after it ("that Pakistani scientist
 * X gave …", "that Iran secretly gave …"), or null: an actor that only modifies the subject's noun ("that the
 * coalition presence was …") is no doer.
 */
export function clauseSubject(ctx: SentenceCtx, from: number): ActorGroup | null {
  const g = ctx.groups.find((x) => x.first >= from && x.first <= from + 1 && !x.modifier && x.governor === null);
  if (!g) return null;
  let k = g.last + 1;
  while (ctx.toks[k]?.pos === 'ADV') k++;
  const next = ctx.toks[k];
  return next && (next.pos === 'VERB' || next.pos === 'AUX' || ctx.syntax.verbGroupAt(next.index)) ? g : null;
}

/** Whether two groups share no country: each member of both is of a known country, and none is the other's. */
export function otherCountries(a: ActorGroup, b: ActorGroup): boolean {
  const known = [...a.members, ...b.members].every((x) => x.country !== null);
  return known && !a.members.some((x) => b.members.some((y) => x.country === y.country));
}

/**
 * Whether `b` is a party other than `a`: of other countries when every member's country is known; else ("Police said the
 * opposition leaders had …", `---COP` and `---OPP`) sharing with it neither a known country nor a role.
 */
export function otherParty(a: ActorGroup, b: ActorGroup): boolean {
  if (otherCountries(a, b)) return true;
  if ([...a.members, ...b.members].every((x) => x.country !== null)) return false;
  return !b.members.some((y) => a.members.some((x) => (x.country !== null && x.country === y.country) || x.role === y.role));
}

/** Whether every member of `b` is of a country of `a` (its own side). */
export function sameCountry(a: ActorGroup, b: ActorGroup): boolean {
  return b.members.every((y) => y.country !== null && a.members.some((x) => x.country === y.country));
}

/** Adverbs that recall a statement made before ("has previously admitted", "had earlier denied"). */
const RECALL: ReadonlySet<string> = new Set(['previously', 'earlier', 'already', 'once']);

/** "It has previously admitted that …": a statement recalled from before is background (guidelines), not today's act. */
export function recalled(ctx: SentenceCtx, k: number): boolean {
  for (let j = k - 1; j >= 0 && (ctx.toks[j]!.pos === 'AUX' || ctx.toks[j]!.pos === 'ADV' || ctx.toks[j]!.pos === 'PART'); j--) {
    if (RECALL.has(ctx.toks[j]!.lower)) return true;
  }
  return false;
}

/** A statement verb of the sentence with who says it and whom the clause it reports opens with. */
export interface ReportedStatement {
  verb: Word;
  /** the verb's index in the sentence */
  at: number;
  /** where the reported clause starts */
  from: number;
  speaker: ActorGroup;
  subject: ActorGroup;
}

/**
 * Each asserted, present-day use of a verb in `verbs` (not negated, not recalled) that reports a clause, with its
 * speaker and the clause's subject: what the statement-as-act rules read before deciding what the statement does.
 */
export function reportedStatements(ctx: SentenceCtx, recent: readonly ActorGroup[], verbs: ReadonlySet<string>): ReportedStatement[] {
  const out: ReportedStatement[] = [];
  ctx.toks.forEach((verb, at) => {
    if (verb.pos !== 'VERB' || !verbs.has(verb.lemma) || ctx.syntax.verbGroupAt(verb.index)?.negated || recalled(ctx, at)) return;
    const from = reportedClause(ctx, at);
    const speaker = from < 0 ? null : subjectGroup(ctx, at, recent)?.group;
    const subject = speaker ? clauseSubject(ctx, from) : null;
    if (speaker && subject) out.push({ verb, at, from, speaker, subject });
  });
  return out;
}
