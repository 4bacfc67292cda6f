/**
 * What is said about someone and can be denied or called false — allegations, accusations, charges, claims, reports —
 * and who made it. A denial is aimed at whoever made the claim (CAMEO 016: "denied charges by Ivory Coast" →
 * Ivory Coast; "denied the charges" → no one), not at whom the claim is about ("denies reports of defections by
 * North Korean generals" names the generals as the subject matter).
 */
import type { Event } from '../../../model/index.ts';
import { NO_TARGET } from '../parties.ts';
import { type SentenceCtx, triggerAt, type ActorGroup } from '../sentence.ts';

export const CLAIM_NOUNS: ReadonlySet<string> = new Set(['allegation', 'accusation', 'charge', 'claim', 'report', 'rumour', 'rumor', 'assertion']);
/** Deny responsibility or an accusation (CAMEO 016). */
export const DENY = '016';
/** How far after a denial verb its claim noun may stand ("denying a U.S. media report"). */
const OBJECT_REACH = 6;
const OBJECT_LEAD_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);

export function isClaimNoun(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.toks[k];
  return t !== undefined && t.pos === 'NOUN' && CLAIM_NOUNS.has(t.lemma);
}

/**
 * Who made the claim the noun at `c` names: an actor right before it ("Georgian charges", "a U.S. media report",
 * "Hariri's allegations") or after "by" or "from" right after it ("the allegations by Lebanese lawmaker Saad Hariri");
 * null when the text names no one.
 */
export function claimAuthor(ctx: SentenceCtx, c: number): ActorGroup | null {
  const possessive = ctx.toks[c - 1]?.lower === "'s" || ctx.toks[c - 1]?.lower === '’s';
  const before = ctx.groups.find((g) => g.last === c - 1 || (possessive && g.last === c - 2));
  if (before) return before;
  const by = ctx.toks[c + 1]?.lower;
  return by === 'by' || by === 'from' ? (ctx.groups.find((g) => g.first > c + 1 && g.first <= c + 3) ?? null) : null;
}

/** The claim noun a denial verb at `k` takes as its object, or -1. */
function deniedClaim(ctx: SentenceCtx, k: number): number {
  for (let j = k + 1; j < Math.min(ctx.toks.length, k + 1 + OBJECT_REACH); j++) {
    if (isClaimNoun(ctx, j)) return j;
    if (!OBJECT_LEAD_POS.has(ctx.toks[j]!.pos) && ctx.toks[j]!.lower !== "'s" && !ctx.isTime(ctx.toks[j]!)) return -1;
  }
  return -1;
}

/** A denial of a claim (016) is aimed at whoever made the claim, or at no one (`---`) when the text names no one. */
export function retargetDenials(ctx: SentenceCtx, out: Event[]): void {
  for (let j = 0; j < out.length; j++) {
    const e = out[j]!;
    if (e.cameo.code !== DENY) continue;
    const c = deniedClaim(ctx, triggerAt(ctx, e));
    if (c < 0) continue;
    const author = claimAuthor(ctx, c);
    const targets = author ? author.members : [NO_TARGET];
    if (targets.map((t) => t.code).join() === e.targets.map((t) => t.code).join()) continue;
    out[j] = { ...e, targets: targets.map((t) => ({ code: t.code, country: t.country, role: t.role, entity: t.entity, mention: t.mention })), reason: `${e.reason}; the denial is aimed at whoever made the "${ctx.toks[c]!.text}": ${author ? author.members.map((a) => a.code).join(' and ') : 'no one named (---)'}` };
  }
}
