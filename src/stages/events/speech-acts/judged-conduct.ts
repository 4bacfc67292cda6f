/**
 * "Spokeswoman Hang said the Chinese activities were illegal", "'Tariff measures of the US violate WTO rules,' it
 * added", "police said the opposition leaders had incited violence": a statement whose reported clause judges another
 * party's conduct unlawful, or names a wrong it did, accuses it (CAMEO 112); one that calls it unacceptable or
 * regrettable condemns it (111; the dictionary's SLAM * (AS UNACCEPTABLE)); conduct still to come ("said such
 * interference would be unacceptable") is what the speaker will not accept, a rejection (120, README decision 16),
 * while a charge that it "would violate" an agreement accuses as "violates" does. The judgement must be the clause's
 * predicate ("were illegal", "amounts to a violation", "would violate"): a violation named inside a noun
 * phrase ("one goal is to divert attention from the violation of human rights in Europe") is what is talked about.
 */
import type { VerbGroup } from '../../../model/index.ts';
import { describe } from '../actor-groups.ts';
import { reportOf } from '../reported-force.ts';
import { type SentenceCtx, clauseEnd, clauseStart, type ActorGroup } from '../sentence.ts';
import { otherParty } from './content.ts';
import type { SpeechAct, SpeechActHit } from './rule.ts';

const ACCUSE = '112';
const CONDEMN = '111';
const REJECT = '120';
/** What each code makes of the statement, for the hit's note. */
const READINGS: Record<string, string> = { [ACCUSE]: 'an accusation', [CONDEMN]: 'a condemnation', [REJECT]: 'conduct to come not accepted, a rejection' };
/** Verbs that link a subject to a judgement: "were illegal", "amounts to a violation", "constitutes a breach". */
const LINKING_VERBS: ReadonlySet<string> = new Set(['be', 'amount', 'constitute', 'remain']);
/** What may stand between a linking verb and its judgement: "is [truly] regrettable", "amounts [to a serious] violation". */
const JUDGEMENT_LEAD_POS: ReadonlySet<string> = new Set(['DET', 'ADV', 'ADJ', 'ADP', 'PART', 'PUNCT', 'CCONJ']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
/** "could be illegal": a possibility weighed, no judgement made. */
const SPECULATIVE: ReadonlySet<string> = new Set(['could', 'might', 'may']);
/** "will be", and the "would" a report puts in its place ("said the drills would violate"): conduct still to come. */
const PROSPECTIVE: ReadonlySet<string> = new Set(['will', 'would', 'shall', "'ll"]);
/** How far before the judgement its linking verb may stand. */
const LINK_REACH = 5;

/** The asserted verb group whose predicate the judgement at `f` is, or null (a noun inside a phrase, a negation). */
function predicateOf(ctx: SentenceCtx, f: number): VerbGroup | null {
  // A bare present ("measures of the US violate") is no finite group to the parser, but it has its subject.
  const asserted = (vg: VerbGroup | null) => (vg && (vg.finite || vg.subject) && !vg.negated && !SPECULATIVE.has(vg.modal ?? '') ? vg : null);
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
 * Whose conduct is judged: a party other than the speaker inside the predicate's subject ("the Chinese
 * activities", "measures of the US"); else, the subject naming none ("it was a violation"), the first such actor
 * of the sentence. A judging verb ("had incited violence") judges its own subject's deed, and no one else's.
 */
function judgedParty(ctx: SentenceCtx, vg: VerbGroup, speaker: ActorGroup, verbal: boolean): ActorGroup | null {
  const other = ctx.groups.filter((g) => g !== speaker && otherParty(speaker, g));
  const base = ctx.toks[0]!.index;
  const subject = vg.subject && other.find((g) => g.first >= vg.subject!.first - base && g.last <= vg.subject!.last - base);
  return subject || (verbal ? null : (other[0] ?? null));
}

export const judgedConduct: SpeechAct = {
  id: 'judged-conduct',
  yieldsToContent: false,
  find(ctx) {
    const hits: SpeechActHit[] = [];
    const { unlawfulWords, censureWords } = ctx.lex.words;
    for (let f = 0; f < ctx.toks.length; f++) {
      const lemma = ctx.toks[f]!.lemma;
      const judged = unlawfulWords.has(lemma) ? ACCUSE : censureWords.has(lemma) ? CONDEMN : null;
      const hit = judged && judgement(ctx, f, judged, hits);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

/**
 * The statement that judges conduct by the word at `f` (`judged`: its code), unless one of `hits` has its reporting
 * verb. A function of its own: a closure in find's loop would make V8 allocate a context for every word.
 */
function judgement(ctx: SentenceCtx, f: number, judged: string, hits: readonly SpeechActHit[]): SpeechActHit | null {
  const t = ctx.toks[f]!;
  const vg = predicateOf(ctx, f);
  const code = judged === CONDEMN && vg && PROSPECTIVE.has(vg.modal ?? '') ? REJECT : judged;
  const report = vg ? reportOf(ctx, f) : null;
  if (!vg || !report || hits.some((h) => h.at === report.verb)) return null;
  const { verb, speaker } = report;
  const party = judgedParty(ctx, vg, speaker, t.pos === 'VERB');
  if (!party) return null;
  const found = { sources: speaker.members, targets: party.members, how: `speaker ${describe(speaker)}; target ${describe(party)} (whose conduct the statement judges)` };
  // The content follows the verb ("said the activities were illegal"), or comes before a trailing attribution.
  const [from, end] = verb < f ? [verb + 1, clauseEnd(ctx, f)] : [clauseStart(ctx, f), verb];
  return { at: verb, from, code, found, end, note: `a statement that judges another party's conduct "${t.text}": ${READINGS[code]}` };
}
