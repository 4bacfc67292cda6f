/**
 * The PETRARCH2 dictionary's code pairs (`VISIT [042:043]`, `HOST [043:042]`, `ATTEND [042:043]`): the second
 * code is the target's act back on the source, so a visit is two triples (guidelines: "hosting gives two").
 * Symmetric pairs (`[046:046]`, `END * TALKS [164:164]`) are talks, which `bothWays` in parties.ts makes
 * reciprocal; the reverse triple here is only for pairs whose two codes differ, so each reciprocal triple has
 * one place that decides it.
 */
import type { TriggerMatch } from '../match-triggers.ts';
import type { SentenceCtx } from '../sentence.ts';
import { clauseReading } from '../dictionary/clause-frame.ts';
import { knowsVerb, type DictionaryMatch } from '../dictionary/match-clause.ts';

type Reading = Pick<DictionaryMatch, 'code' | 'reciprocal'>;

/**
 * The dictionary's reading of the act a trigger codes: the one the trigger carries, else that of its verb
 * group ("visited", "is visiting") or of the verb whose object it heads ("paying an official visit").
 */
export function dictionaryReading(ctx: SentenceCtx, m: TriggerMatch): Reading | null {
  if (m.dictionary) return m.dictionary;
  const { syntax, toks } = ctx;
  const at = toks[m.first]!.index;
  let g = syntax.verbGroupAt(at);
  for (let k = 0; !g && k < syntax.verbGroups.length; k++) {
    const v = syntax.verbGroups[k]!;
    if (v.object !== null && v.object.first <= at && at <= v.object.last && v.head < at) g = v;
  }
  if (!g || !knowsVerb(ctx.dictionary, syntax.words[g.head]!)) return null;
  return clauseReading(ctx.dictionary, syntax, g) ?? null;
}

/** A symmetric pair (`END * TALKS [164:164]`): the reading is of the same act (`code`), which both sides do. */
export function sameActBack(reading: Reading | null, code: string): boolean {
  return !!reading && reading.code === code && reading.reciprocal === code;
}

/** The code of the target's act back, when the reading is of the same act (`code`) and its pair differs from it. */
export function targetAct(reading: Reading | null, code: string): string | null {
  if (!reading?.reciprocal || reading.code !== code || reading.reciprocal === code) return null;
  return reading.reciprocal;
}
