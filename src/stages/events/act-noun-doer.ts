/** The doer of a verb whose subject is a noun naming an act ("An attack by Taliban militants killed …"). */
import type { TriggerMatch } from './match-triggers.ts';
import { NO_TARGET } from './parties.ts';
import { clauseEnd, clauseStart, codeUnder, type Found, type SentenceCtx, type FoundActor } from './sentence.ts';

/** Prepositions that name who does what the noun before them names: "an attack by", "fighting between". */
const AGENT = 'by';
const BETWEEN: ReadonlySet<string> = new Set(['between', 'among']);
/** Prepositions that name the target after the verb ("fired on", "killed … in" does not). */
const TARGET_GOVERNORS: ReadonlySet<string> = new Set(['on', 'against', 'at', 'to']);
/** Words between the act noun and its preposition: "an attack late on Monday by", at most this many. */
const NOUN_TO_PREPOSITION = 3;

/**
 * "An attack by Taliban militants killed ten Afghan soldiers", "Fighting between government forces and rebels
 * killed dozens": where no actor does the verb, its subject is a noun naming an act, and the noun's by-phrase
 * names who did it (its between-phrase, parties who did it to each other); the verb's object, or a phrase after
 * it that names a target, is whom it was done to (`---` when none; standing down needs a counterpart, so none then).
 * The noun must itself be a trigger: "a convoy by Taliban militants" names no act. Null when the subject is no such
 * noun.
 */
export function actNounDoer(ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[]): Found | null {
  const { toks, syntax } = ctx;
  const verb = toks[m.first]!;
  if (verb.pos !== 'VERB' || syntax.passiveAt(verb.index)) return null;
  const subject = syntax.subjectBefore(toks, m.first, clauseStart(ctx, m.first), ctx.isTime);
  if (!subject) return null;
  const doer = ctx.groups.find((g) => g.first <= subject.last && g.last >= subject.first && g.last < m.first && (g.governor === AGENT || BETWEEN.has(g.governor ?? '')));
  if (!doer) return null;
  const prep = toks.slice(0, doer.first).map((t) => t.lower).lastIndexOf(doer.governor!);
  // A gerund that opens the clause is a noun too ("Fighting between … killed").
  const start = clauseStart(ctx, m.first);
  const nominal = (c: TriggerMatch) => toks[c.last]!.pos !== 'VERB' || (c.first === start && toks[c.first]!.lower.endsWith('ing'));
  const act = matches.find((c) => c !== m && c.last < prep && prep - c.last <= NOUN_TO_PREPOSITION && nominal(c));
  if (!act) return null;
  const how = `the subject "${toks.slice(act.first, act.last + 1).map((t) => t.text).join(' ')}" names the act, done by the phrase after "${doer.governor}"`;
  if (doer.governor !== AGENT) return { sources: doer.members, targets: doer.members, how: `${how}: the parties act on each other` };
  const end = clauseEnd(ctx, m.last);
  const target = ctx.groups.find((g) => g.first > m.last && g.first < end && (g.governor === null || TARGET_GOVERNORS.has(g.governor)) && !g.modifier);
  if (!target && codeUnder(m.pattern.code, ctx.lex.codes.standDown)) return null;
  const targets: FoundActor[] = target ? target.members : [NO_TARGET];
  return { sources: doer.members, targets, how: `${how}; target ${target ? 'the first actor after the verb' : 'none named (---)'}` };
}
