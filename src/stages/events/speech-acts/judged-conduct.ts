/**
 * "Spokeswoman Hang said the Chinese activities were illegal", "'Tariff measures of the US violate WTO rules,' it
 * added": a statement whose reported clause judges another country's conduct unlawful accuses it (CAMEO 112); one that
 * calls it unacceptable or regrettable condemns it (111; the dictionary's SLAM * (AS UNACCEPTABLE)). The judgement must
 * be the clause's predicate ("were illegal", "amounts to a violation", "would violate"): a violation named inside a noun
 * phrase ("one goal is to divert attention from the violation of human rights in Europe") is what is talked about.
 */
import type { VerbGroup } from '../../../model/index.ts';
import { describe } from '../actor-groups.ts';
import { reportOf } from '../reported-force.ts';
import { type SentenceCtx, clauseEnd, clauseStart, type ActorGroup } from '../sentence.ts';
import { otherCountries } from './content.ts';
import type { SpeechAct, SpeechActHit } from './rule.ts';

const ACCUSE = '112';
const CONDEMN = '111';
/** Verbs that link a subject to a judgement: "were illegal", "amounts to a violation", "constitutes a breach". */
const LINKING_VERBS: ReadonlySet<string> = new Set(['be', 'amount', 'constitute', 'remain']);
/** What may stand between a linking verb and its judgement: "is [truly] regrettable", "amounts [to a serious] violation". */
const JUDGEMENT_LEAD_POS: ReadonlySet<string> = new Set(['DET', 'ADV', 'ADJ', 'ADP', 'PART', 'PUNCT', 'CCONJ']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
const HYPOTHETICAL: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may']);
/** How far before the judgement its linking verb may stand. */
const LINK_REACH = 5;

/** The asserted verb group whose predicate the judgement at `f` is, or null (a noun inside a phrase, a negation). */
function predicateOf(ctx: SentenceCtx, f: number): VerbGroup | null {
  // A bare present ("measures of the US violate") is no finite group to the parser, but it has its subject; what
  // "would be unacceptable" judges is a hypothetical act, no conduct (a warning, if anything).
  const asserted = (vg: VerbGroup | null) => (vg && (vg.finite || vg.subject) && !vg.negated && !HYPOTHETICAL.has(vg.modal ?? '') ? vg : null);
  if (ctx.toks[f]!.pos === 'VERB') {
    const vg = ctx.syntax.verbGroupAt(ctx.toks[f]!.index);
    return vg?.head === ctx.toks[f]!.index ? asserted(vg) : null;
  }
  for (let j = f - 1; j >= Math.max(0, f - LINK_REACH); j--) {
    const t = ctx.toks[j]!;
    if (NEGATIONS.has(t.lower)) return null;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && LINKING_VERBS.has(t.lemma)) return asserted(ctx.syntax.verbGroupAt(t.index));
    if (!JUDGEMENT_LEAD_POS.has(t.pos)) return null;
  }
  return null;
}

/**
 * Whose conduct is judged: an actor of a country other than the speaker's inside the predicate's subject ("the Chinese
 * activities", "measures of the US"); else, the subject naming none ("it was a violation"), the first such actor
 * of the sentence.
 */
function judgedParty(ctx: SentenceCtx, vg: VerbGroup, speaker: ActorGroup): ActorGroup | null {
  const other = ctx.groups.filter((g) => g !== speaker && otherCountries(speaker, g));
  const base = ctx.toks[0]!.index;
  const subject = vg.subject && other.find((g) => g.first >= vg.subject!.first - base && g.last <= vg.subject!.last - base);
  return subject || (other[0] ?? null);
}

export const judgedConduct: SpeechAct = {
  id: 'judged-conduct',
  yieldsToContent: false,
  find(ctx) {
    const hits: SpeechActHit[] = [];
    const { unlawfulWords, censureWords } = ctx.lex.words;
    for (let f = 0; f < ctx.toks.length; f++) {
      const t = ctx.toks[f]!;
      const code = unlawfulWords.has(t.lemma) ? ACCUSE : censureWords.has(t.lemma) ? CONDEMN : null;
      const vg = code && predicateOf(ctx, f);
      const report = vg ? reportOf(ctx, f) : null;
      if (!code || !vg || !report || hits.some((h) => h.at === report.verb)) continue;
      const { verb, speaker } = report;
      const party = judgedParty(ctx, vg, speaker);
      if (!party) continue;
      const found = { sources: speaker.members, targets: party.members, how: `speaker ${describe(speaker)}; target ${describe(party)} (whose conduct the statement judges)` };
      // The content follows the verb ("said the activities were illegal"), or comes before a trailing attribution.
      const [from, end] = verb < f ? [verb + 1, clauseEnd(ctx, f)] : [clauseStart(ctx, f), verb];
      hits.push({ at: verb, from, code, found, end, note: `a statement that judges another country's conduct "${t.text}": ${code === ACCUSE ? 'an accusation' : 'a condemnation'}` });
    }
    return hits;
  },
};
