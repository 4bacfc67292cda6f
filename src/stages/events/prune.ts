/** One sentence, few events: repeats and background nouns are dropped once a sentence is coded. */
import { WORD, has, type Event, type Word } from '../../model/index.ts';
import { phraseAt } from '../../lexicons/phrase-index.ts';
import { type SentenceCtx, conjunctionBefore, coordinated, triggerAt, verbBeforeNoun } from './sentence.ts';
import { coordinatedVerb } from './match-triggers.ts';
import type { EventResources } from './resources.ts';

/**
 * An event with no target named (`---`) is the sentence's own only when nothing in it names whom it acts on: beside
 * an event with a target it is a clause the other governs ("killed …, forcing them to flee"). A time clause with a
 * subject of its own ("fired tear gas as the opposition resumed demonstrations") is not governed: it is a second act
 * the coder codes (guidelines: an event with no target gets the target `---`), when it happened.
 */
export function dropUntargetedBesideTargeted(ctx: SentenceCtx, out: Event[]): void {
  if (!out.some((e) => !untargeted(e))) return;
  for (let k = out.length - 1; k >= 0; k--) if (untargeted(out[k]!) && !ownTimeClause(ctx, out[k]!)) out.splice(k, 1);
}

function ownTimeClause(ctx: SentenceCtx, e: Event): boolean {
  return e.modality === 'asserted' && timeClauseAct(ctx, triggerAt(ctx, e));
}

/** Subordinators that date one act by another: "as", "while", "when", "after", "before". */
const TIME_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'after', 'before']);
/** Words of a noun phrase: a subject, or the object between a verb and a nominal trigger. */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/**
 * Trigger `k` (a verb, or a noun its verb governs: "resumed anti-government demonstrations") stands in a clause a
 * time subordinator opens, with a subject between the two: "after rebels attacked", "as the opposition resumed".
 */
export function timeClauseAct(ctx: { toks: readonly Word[] }, k: number): boolean {
  const { toks } = ctx;
  let j = k;
  if (toks[j]?.pos !== 'VERB') while (j > 0 && j > k - 5 && PHRASE_POS.has(toks[j]!.pos)) j--;
  if (toks[j]?.pos !== 'VERB') return false;
  j--;
  while (j >= 0 && (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART')) {
    // "before he is to call elections": an infinitive is what is to come, not an act done.
    if (toks[j]!.lower === 'to') return false;
    j--;
  }
  const subjectEnd = j;
  while (j >= 0 && PHRASE_POS.has(toks[j]!.pos)) j--;
  return j >= 0 && j < subjectEnd && TIME_OPENERS.has(toks[j]!.lower);
}

/**
 * One clause, one event per pair: a later trigger on the same parties sits in what the first one governs
 * ("will not end their strike unless their demands are met", "return weapons seized from them") and is
 * dropped, unless it is a verb coordinated with the first ("met X and signed a deal with X").
 */
export function oneEventPerDyad(ctx: SentenceCtx, out: Event[]): void {
  if (out.length < 2) return;
  const live = out.filter((e) => e.modality !== 'negated').sort((a, b) => a.trigger.start - b.trigger.start);
  const first = new Map<string, Event>();
  const drop = new Set<Event>();
  for (const e of live) {
    const key = pair(e);
    if (!first.has(key)) first.set(key, e);
    else if (!coordinated(ctx, triggerAt(ctx, e))) drop.add(e);
  }
  for (let k = out.length - 1; k >= 0; k--) if (drop.has(out[k]!)) out.splice(k, 1);
}

function untargeted(e: Event): boolean {
  return e.targets.every((a) => a.code === '---');
}

function pair(e: Event): string {
  return `${e.sources.map((a) => a.code).sort()}>${e.targets.map((a) => a.code).sort()}`;
}

/**
 * A sentence's verb says what happened; nouns around it ("in recognition of", "its support of") are
 * background. A noun event stays only when no verb was coded, or when it is a light verb's object
 * ("held talks", "staged a hunger strike"); with no verb coded, a noun a preposition governs is still scene
 * (prepositionalNominal). A standing relation named by a noun no light verb does is dropped first (relationNominal).
 * Background events are dropped before this (background-events.ts), so that a verb dropped as background does not crowd
 * out the sentence's own nominal.
 */
export function dropNominalsBesideVerbs(ctx: SentenceCtx, res: EventResources, out: Event[]): Map<Event, string> {
  // Each event dropped, with the name of the test that dropped it (the evaluation's "pruned by").
  const dropped = new Map<Event, string>();
  if (out.length === 0) return dropped;
  const drop = (k: number, name: string) => dropped.set(out.splice(k, 1)[0]!, name);
  const nominal = out.map((e) => isNominal(ctx, res, e));
  for (let k = out.length - 1; k >= 0; k--) {
    if (nominal[k] && relationNominal(ctx, out[k]!)) {
      drop(k, 'relation nominal');
      nominal.splice(k, 1);
    }
  }
  const verbs = out.filter((e, k) => e.modality !== 'negated' && !nominal[k]);
  if (verbs.length === 0) {
    for (let k = out.length - 1; k >= 0; k--) if (nominal[k] && prepositionalNominal(ctx, triggerAt(ctx, out[k]!))) drop(k, 'prepositional nominal');
    return dropped;
  }
  for (let k = out.length - 1; k >= 0; k--) if (nominal[k] && !restates(out[k]!, verbs)) drop(k, 'not restating a verb');
  return dropped;
}

/**
 * "built support for his criticism of the Bush administration", "left Japan after five years in exile",
 * "information about Syrian plots": a noun phrase a preposition governs, when no verb governs the preposition, sets
 * the scene of an act that is not coded (guidelines: background; nominals inside a described state). After a verb it
 * is the act's own ("hit with EU sanctions", "speeded up the withdrawal"), and "for" after a trip names what the
 * trip is for ("return to Geneva this week for talks").
 */
export function prepositionalNominal(ctx: { toks: readonly Word[] }, k: number): boolean {
  const { toks } = ctx;
  let j = k - 1;
  // The phrase's own words: "three days of", "closer military and economic", "Prime Minister Sharon's", "his".
  while (j >= 0 && (has(toks[j], WORD.NOMINAL) || has(toks[j], WORD.POSSESSIVE) || toks[j]!.lower === 'of' || toks[j]!.lower === 'and')) j--;
  const lead = toks[j];
  // "for his criticism of …" gives a reason, as other prepositions set a scene; "for talks" after a trip is its aim.
  if (!lead || lead.pos !== 'ADP' || (lead.lower === 'for' && !has(toks[j + 1], WORD.POSSESSIVE))) return false;
  return j > 0 && !has(toks[j - 1], WORD.VERB);
}

/**
 * "will prioritize cooperation in the economic fields", "there will be no cooperation with British forces", "carried
 * out in cooperation with the Somali government": a standing relation named by a noun that no light verb does
 * ("began cooperation", "offered a partnership") is a state the sentence describes (guidelines: nominals inside a
 * described state); the verb of the relation ("cooperate") is a trigger of its own. An alliance is not in the list: it
 * is formed, and the noun carries the act ("the possibility of forming a military alliance", the seed golden article).
 */
export function relationNominal(ctx: SentenceCtx, e: Event): boolean {
  const t = ctx.toks[triggerAt(ctx, e)];
  return t !== undefined && t.end === e.trigger.end && ctx.lex.words.relationNouns.has(t.lemma);
}

/** A noun trigger that no verb (other than a light verb) stands just before. */
function isNominal(ctx: SentenceCtx, res: EventResources, e: Event): boolean {
  const k = triggerAt(ctx, e);
  const t = ctx.toks[k];
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
  const v = verbBeforeNoun(ctx, k);
  return v < 0 || !phraseAt(ctx.toks, v, res.light);
}

/**
 * "US Predator attacks have killed eight al-Qaeda leaders": a nominal naming the same act more precisely
 * (a drone strike, not just force) than a later verb on the same parties stays; the later repetition of its
 * kind goes (dropSameKind).
 */
function restates(n: Event, verbs: readonly Event[]): boolean {
  const sharper = n.cameo.code.length > 3 || !n.cameo.code.endsWith('0');
  return sharper && verbs.some((v) => v.trigger.start > n.trigger.start && family(v.cameo.code) === family(n.cameo.code) && v.cameo.code !== n.cameo.code && sameParties(v, n));
}

function sameParties(a: Event, b: Event): boolean {
  return partiesKey(a) === partiesKey(b);
}

function partiesKey(e: Event): string {
  return `${e.sources.map((x) => x.country ?? x.code).sort()}>${e.targets.map((x) => x.country ?? x.code).sort()}`;
}

/** Material conflict (17–20) is one kind of act: "opened fire to disperse them, killing one" is one event. */
function family(code: string): string {
  const root = Number(code.slice(0, 2));
  return root >= 17 ? '17-20' : code.slice(0, 2);
}

/**
 * "expressed Kuwait's strong condemnation and denunciation of the attack": two nouns of one kind joined by "and" name
 * one act twice (guidelines: one act, one event), whoever the reading took for the doer of the second.
 */
export function dropCoordinatedNominals(ctx: SentenceCtx, out: Event[]): void {
  if (out.length < 2) return;
  const at = out.map((e) => triggerAt(ctx, e));
  for (let k = out.length - 1; k >= 0; k--) {
    const first = nominalJoinedBefore(ctx, at[k]!);
    const twin = out.findIndex((e, j) => j !== k && at[j] === first && family(e.cameo.code) === family(out[k]!.cameo.code));
    if (first >= 0 && twin >= 0) {
      out.splice(k, 1);
      at.splice(k, 1);
    }
  }
}

/**
 * "condemned the attack", "its strong condemnation of the terrorist attack": a nominal act that is the "of" phrase of
 * another coded nominal act is what that act is about, its topic, not an act the sentence reports (guidelines:
 * background; nominals inside a described state).
 */
export function dropTopicNominals(ctx: SentenceCtx, out: Event[]): void {
  if (out.length < 2) return;
  const at = new Set(out.map((e) => triggerAt(ctx, e)));
  for (let k = out.length - 1; k >= 0; k--) {
    const head = ofHead(ctx, triggerAt(ctx, out[k]!));
    if (head >= 0 && at.has(head) && ctx.toks[head]!.pos === 'NOUN') out.splice(k, 1);
  }
}

/** Words of a noun phrase before its head ("the terrorist", "Israel's"). */
const OF_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'PART']);

/** The noun whose "of" phrase noun `k` heads ("condemnation of the terrorist attack"), or -1. */
export function ofHead(ctx: Pick<SentenceCtx, 'toks'>, k: number): number {
  const { toks } = ctx;
  if (toks[k]?.pos !== 'NOUN') return -1;
  let j = k - 1;
  while (j >= 0 && OF_PHRASE_POS.has(toks[j]!.pos)) j--;
  return toks[j]?.lower === 'of' && toks[j - 1]?.pos === 'NOUN' ? j - 1 : -1;
}

/** The noun that noun `k` is joined to by "and" or "or" ("condemnation and denunciation"), or -1. */
export function nominalJoinedBefore(ctx: Pick<SentenceCtx, 'toks'>, k: number): number {
  const { toks } = ctx;
  if (toks[k]?.pos !== 'NOUN') return -1;
  let j = k - 1;
  while (j >= 0 && toks[j]!.pos === 'ADJ') j--;
  if (toks[j]?.lower !== 'and' && toks[j]?.lower !== 'or') return -1;
  return toks[j - 1]?.pos === 'NOUN' ? j - 1 : -1;
}

/**
 * Later events of the same kind between the same parties repeat the first one, unless a finite verb joined by "and"
 * does another act of the kind ("stormed the embassy and burned the flag": 145 and 141 are two acts, as "met X and signed a
 * deal with X" is in oneEventPerDyad).
 */
export function dropSameKind(ctx: SentenceCtx, out: Event[]): void {
  const seen = new Map<string, string[]>();
  for (let k = 0; k < out.length; k++) {
    const e = out[k]!;
    const key = `${family(e.cameo.code)}|${e.sources.map((a) => a.code).sort()}|${[...new Set(e.targets.map((a) => a.country))].sort()}`;
    const codes = seen.get(key);
    if (codes && (codes.includes(e.cameo.code) || !finiteConjunct(ctx, e))) out.splice(k--, 1);
    else seen.set(key, [...(codes ?? []), e.cameo.code]);
  }
}

/** A finite verb after "and" ("and burned"); "to coordinate and support" is one infinitive's conjunct, no act of its own. */
function finiteConjunct(ctx: SentenceCtx, e: Event): boolean {
  const and = conjunctionBefore(ctx, triggerAt(ctx, e));
  return and >= 0 && coordinatedVerb(ctx.toks, and);
}

/**
 * "pledged efforts to advance the Vietnam-Laos relationship", "Sabri and Morrison expressed their commitment to the
 * ties between Malaysia and Australia": a list of states that names the parties of a relation names the source's own
 * state too; the source acts toward the other party, not toward its own state (guidelines: who acts on whom; a member
 * never targets itself). When the sources' states are exactly the listed states, the members act on each other
 * (reciprocal); otherwise a listed state that is a source's own is left out. Any other list is left alone: "condemned
 * a joint U.S.-Iraqi offensive" targets both the states the offensive is theirs.
 */
export function ownStateInPartyList(ctx: SentenceCtx, out: Event[]): void {
  for (let k = 0; k < out.length; k++) {
    const e = out[k]!;
    const states = e.targets.filter((t) => t.role === null && t.country !== null);
    if (e.targets.length < 2 || states.length !== e.targets.length || !partyList(ctx, e.targets)) continue;
    const listed = new Set(states.map((t) => t.country));
    const own = new Set(e.sources.map((s) => s.country));
    if (![...own].some((c) => listed.has(c))) continue;
    if (own.size >= 2 && own.size === listed.size && [...own].every((c) => listed.has(c))) {
      out[k] = { ...e, targets: e.sources, reason: `${e.reason}; the listed parties are the sources' own states: the members act on each other` };
      continue;
    }
    const others = e.targets.filter((t) => !own.has(t.country));
    if (others.length > 0) out[k] = { ...e, targets: others, reason: `${e.reason}; a source's own state left out of the listed parties` };
  }
}

/** How many words after a list of states its relation noun may stand ("the Vietnam-Laos bilateral relationship"). */
const RELATION_REACH = 3;

/** The targets' mentions are a list of a relation's parties: "between" before them, or a relation noun right after them. */
export function partyList(ctx: Pick<SentenceCtx, 'toks' | 'lex'>, targets: readonly Event['targets'][number][]): boolean {
  const at = targets.map((t) => (t.mention ? ctx.toks.findIndex((w) => w.start <= t.mention!.start && t.mention!.start < w.end) : -1));
  if (at.some((k) => k < 0)) return false;
  const first = Math.min(...at);
  const last = ctx.toks.findIndex((w) => w.start >= Math.max(...targets.map((t) => t.mention!.end)));
  if (ctx.toks[first - 1]?.lower === 'between') return true;
  for (let k = last; k >= 0 && k < Math.min(ctx.toks.length, last + RELATION_REACH); k++) {
    const w = ctx.toks[k]!;
    if (ctx.lex.words.relationHeads.has(w.lemma)) return true;
    if (w.pos !== 'ADJ' && w.pos !== 'PUNCT' && w.lower !== '-') return false;
  }
  return false;
}
