/** An act named by the object of a receiving verb ("drew condemnation from the UN") is done by the from-phrase. */
import type { Found, SentenceCtx } from './sentence.ts';
import { NO_TARGET } from './parties.ts';
import type { TriggerMatch } from './match-triggers.ts';

/**
 * Verbs whose subject undergoes or gets what their object noun names: "received congratulations", "drew
 * condemnation", "faced criticism", "won praise", "came under criticism", "met with criticism".
 */
const RECEIVING: ReadonlySet<string> = new Set(['receive', 'get', 'draw', 'win', 'face', 'earn', 'attract', 'garner', 'gain', 'accept', 'suffer', 'incur', 'obtain', 'secure']);
/** Particle verbs of the same sense: "came under criticism", "met with criticism". */
const RECEIVING_WITH: ReadonlyMap<string, string> = new Map([['under', 'come'], ['with', 'meet']]);
/** Prepositions that name the doer of a received act. */
const DOER_PREPS: ReadonlySet<string> = new Set(['from', 'by']);
/** Words of the object's noun phrase before the trigger noun ("a cable of congratulations", "harsh"). */
const NOUN_LEAD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN']);
const LEAD_REACH = 6;
/** How far after the trigger the doer's phrase may start ("congratulations from Jordanian King Abdullah"). */
const DOER_REACH = 4;

/**
 * "Russia's invasion drew condemnation from the United Nations", "the Amir received a cable of congratulations
 * from King Abdullah", "Israel faced criticism from the United States": the act the noun names is the from- (or
 * by-) phrase's, done to the receiving verb's subject (guidelines: the giver acts, "P received arms from Q" →
 * Q→P). The parties read the subject as the doer and the phrase as the target; they are turned round. A received
 * visit or delegation (04: hosting) is the host's act and stays.
 */
export function receivedAct(ctx: SentenceCtx, m: TriggerMatch, found: Found | null): Found | null {
  if (receivedGift(ctx, m)) return givenTo(ctx, m, found);
  if (m.pattern.code.startsWith('04') || (found && found.sources === found.targets) || receivingVerb(ctx, m) < 0) return found;
  if (!found) {
    // "The Amir received a cable of congratulations from King Abdullah": a receiver no actor was read for is `---`.
    const doer = ctx.groups.find((g) => g.first > m.last && g.first <= m.last + DOER_REACH && DOER_PREPS.has(g.governor ?? '') && !g.modifier);
    return doer ? { sources: doer.members, targets: [NO_TARGET], how: `the act is received: its doer is the phrase after "${doer.governor}"; the receiver is no actor (---)` } : null;
  }
  const doer = ctx.groups.find((g) => g.first > m.last && found.targets.length > 0 && found.targets.every((a) => g.members.includes(a)));
  if (!doer || !DOER_PREPS.has(doer.governor ?? '')) return found;
  return { sources: found.targets, targets: found.sources, how: `${found.how}; the act is received: its doer is the phrase after "${doer.governor}", its target the subject` };
}

/** Aid, loans, arms and relief (07): what is given. */
const GIVING_ROOT = '07';

/** "Kenya received arms", "Iran obtained a loan": a receiving verb that is itself the trigger of a gift. */
function receivedGift(ctx: Pick<SentenceCtx, 'toks'>, m: TriggerMatch): boolean {
  const t = ctx.toks[m.first]!;
  return t.pos === 'VERB' && RECEIVING.has(t.lemma) && m.pattern.code.startsWith(GIVING_ROOT);
}

/**
 * "Kenya received a shipment of arms from China" → CHN→KEN 072 (guidelines: the giver acts): the from-phrase
 * gives to the subject. With no giver named, the receiver did not give and there is no event.
 */
function givenTo(ctx: SentenceCtx, m: TriggerMatch, found: Found | null): Found | null {
  if (!found) return null;
  const doer = ctx.groups.find((g) => g.first > m.last && found.targets.length > 0 && found.targets.every((a) => g.members.includes(a)));
  if (!doer || !DOER_PREPS.has(doer.governor ?? '')) return null;
  return { sources: found.targets, targets: found.sources, how: `${found.how}; a gift received: the giver is the phrase after "${doer.governor}", the receiver the subject` };
}

/** The receiving verb whose object the noun trigger heads ("received a cable of congratulations"), or -1. */
export function receivingVerb(ctx: Pick<SentenceCtx, 'toks'>, m: Pick<TriggerMatch, 'first'>): number {
  const { toks } = ctx;
  if (toks[m.first]!.pos === 'VERB') return -1;
  let k = m.first - 1;
  while (k >= Math.max(0, m.first - LEAD_REACH) && (NOUN_LEAD.has(toks[k]!.pos) || toks[k]!.lower === 'of')) k--;
  const t = toks[k];
  if (!t) return -1;
  if (t.pos === 'ADP' && RECEIVING_WITH.get(t.lower) === toks[k - 1]?.lemma) return k - 1;
  return t.pos === 'VERB' && RECEIVING.has(t.lemma) ? k : -1;
}
