/** A sentence as the coder sees it, and how far an event's clause reaches in it (the syntax view's clause boundaries and the sentence's reporting verbs). */
import type { DictionaryIndex } from './dictionary/dictionary-index.ts';
import type { ActorReading, Event, Syntax, TimeTest, Word } from '../../model/index.ts';
import type { EventCoding } from '../../lexicons/events/event-lexicons.ts';
import type { DocumentIndex } from './document-index.ts';
import type { TriggerMatch } from './match-triggers.ts';

/** An actor link read, its token range local to the sentence (first -1 for an inferred actor). */
export type FoundActor = ActorReading;

/** The same actor read at the same place (a reading a step copied into a group or a side). */
export function sameActor(a: FoundActor, b: FoundActor): boolean {
  return a.code === b.code && a.first === b.first && a.last === b.last;
}

/** Actors joined by "and", commas or hyphens ("China and the Soviet Union", "Russian-Chinese"). */
export interface ActorGroup {
  first: number;
  last: number;
  members: FoundActor[];
  /** the preposition or possessive that governs the group: "between", "by", "to", "'s", … or null */
  governor: string | null;
  /** the group only modifies a noun: "Damascus-based", "Syrian-backed" */
  modifier: boolean;
}

/*
 * The coder's hot tests are plain loops over module-level functions, not callbacks made per call: V8 holds a
 * function's optimised code only while a closure of it lives, so a callback made per sentence or per trigger is
 * compiled afresh after every major GC (most of the stage's recompilation on V8's helper threads).
 */

/** One of the sentence's actor groups holds token k (a trigger or phrase inside an actor's name). */
export function inGroup(groups: readonly ActorGroup[], k: number): boolean {
  for (const g of groups) if (g.first <= k && k <= g.last) return true;
  return false;
}

/** One of the sentence's actor groups overlaps tokens first..last. */
export function overlapsGroup(groups: readonly ActorGroup[], first: number, last: number): boolean {
  for (const g of groups) if (g.first <= last && g.last >= first) return true;
  return false;
}

/** The CAMEO code falls under one of the listed codes or roots ("1411" under "14"). */
export function codeUnder(code: string, roots: readonly string[]): boolean {
  for (const r of roots) if (code.startsWith(r)) return true;
  return false;
}

const CLAUSE_LOOKBACK = 40;
export const TARGET_WINDOW = 15;
/** The pronouns that open a relative clause ("the deal, which was signed", "anyone who provides"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);

/** Parts of speech before a noun phrase's head that say nothing of who it is: "by a federal judge", "met the South's delegation". */
export const NOUN_LEAD_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/** A relative pronoun, not an acronym spelled like one ("WHO sent a team" is the World Health Organization). */
export function isRelativePronoun(t: Word | undefined): boolean {
  return t !== undefined && RELATIVE_PRONOUNS.has(t.lower) && t.text !== t.text.toUpperCase();
}

export interface SentenceCtx {
  s: number;
  syntax: Syntax;
  /** the coder's word lists, governors, roles and codes */
  lex: EventCoding;
  /** the document's quotes and timexes, indexed */
  index: DocumentIndex;
  /** words of the document's time expressions */
  isTime: TimeTest;
  toks: Word[];
  groups: ActorGroup[];
  reporting: Set<number>;
  /** first token of a trailing attribution (", officials said Tuesday."), or the sentence length */
  tail: number;
  /** the PETRARCH2 verb dictionary, for the code pairs of what a trigger codes */
  dictionary: DictionaryIndex;
  /** the parties of the consultations (meetings, calls, talks, visits) the story's earlier sentences coded, latest last */
  talks: readonly ActorGroup[];
}

export interface Found {
  sources: FoundActor[];
  targets: FoundActor[];
  how: string;
  /** the targets do the same act back (talks with several counterparts): the reverse event has the same code */
  mutual?: boolean;
}

const THAT_LEAD_POS = new Set(['ADP', 'DET', 'PRON', 'ADJ', 'ADV', 'PART']);

/**
 * "demanded that Hamas renounce …", "insisted on its demands that Burundi's government grant …", "its demand
 * today that Israel ease …": the that-clause a frame governs, through a request noun, names whom it addresses.
 */
export function thatClause(ctx: SentenceCtx, m: TriggerMatch): number | null {
  if (!m.pattern.frame) return null;
  for (let k = m.last + 1; k < Math.min(ctx.toks.length, m.last + 7); k++) {
    const t = ctx.toks[k]!;
    if (t.lower === 'that') return indicative(ctx, k) ? null : k;
    if (!THAT_LEAD_POS.has(t.pos) && !ctx.lex.words.requestNouns.has(t.lemma) && !ctx.isTime(t)) return null;
  }
  return null;
}

/** "insisted that his country has been cooperating": a that-clause that states a fact asks nobody for anything. */
export function indicative(ctx: SentenceCtx, that: number): boolean {
  return ctx.syntax.statesFact(ctx.toks, that, 8);
}

/** Where an event's clause starts: the clause's start, a reporting verb counting as a boundary. */
export function clauseStart(ctx: SentenceCtx, i: number): number {
  return ctx.syntax.clauseStartBefore(ctx.toks, i, CLAUSE_LOOKBACK, (k) => ctx.reporting.has(k));
}

/** Where an event's clause ends: the clause's end, within reach of the trigger and before a trailing attribution. */
export function clauseEnd(ctx: SentenceCtx, i: number): number {
  const limit = Math.min(i < ctx.tail ? ctx.tail : ctx.toks.length, i + 1 + TARGET_WINDOW);
  return ctx.syntax.clauseEndAfter(ctx.toks, i, limit, (k) => ctx.reporting.has(k));
}

export function isPassive(ctx: SentenceCtx, m: TriggerMatch): boolean {
  // "is prepared to impose", "is committed to opening": a predicate before an infinitive, its subject the actor.
  if (m.pattern.frame && ctx.toks[m.last + 1]?.lower === 'to' && ctx.toks[m.last + 2]?.pos === 'VERB') return false;
  return ctx.syntax.passiveAt(ctx.toks[m.first]!.index);
}

/** The "and" or "then" before verb `k` (adverbs, auxiliaries and particles between), or -1 when `k` is no coordinated verb. */
export function conjunctionBefore(ctx: Pick<SentenceCtx, 'toks'>, k: number): number {
  if (ctx.toks[k]?.pos !== 'VERB') return -1;
  for (let j = k - 1; j >= 0; j--) {
    const t = ctx.toks[j]!;
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') continue;
    return t.lower === 'and' || t.lower === 'then' ? j : -1;
  }
  return -1;
}

/** The sentence word an event's trigger starts on (-1 when none). */
export function triggerAt(ctx: Pick<SentenceCtx, 'toks'>, e: Event): number {
  return wordAt(ctx.toks, e.trigger.start);
}

/** The sentence word that starts at a document offset (-1 when none). */
export function wordAt(toks: readonly { start: number }[], start: number): number {
  for (let k = 0; k < toks.length; k++) if (toks[k]!.start === start) return k;
  return -1;
}

/** A verb after "and" or "then": "met X and signed a deal with X". */
export function coordinated(ctx: Pick<SentenceCtx, 'toks'>, k: number): boolean {
  return conjunctionBefore(ctx, k) >= 0;
}

/** How far before a noun its governing verb may stand: "lodged a strong protest", "made a formal protest". */
const GOVERNING_REACH = 4;

/** The verb just before noun `k` ("lodged a strong protest"), within GOVERNING_REACH words, or -1. */
export function verbBeforeNoun(ctx: Pick<SentenceCtx, 'toks'>, k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - GOVERNING_REACH); j--) if (ctx.toks[j]!.pos === 'VERB') return j;
  return -1;
}
