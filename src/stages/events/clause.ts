/** A sentence as the coder sees it: how far an event's clause reaches, and which actor group is its subject. */
import { has, WORD, type Syntax, type TimeTest, type Word } from '../../model/index.ts';
import type { EventCoding } from '../../lexicons/events/event-lexicons.ts';
import type { DocumentIndex } from './document-index.ts';
import type { ActorGroup, FoundActor } from './actor-groups.ts';
import type { TriggerMatch } from './match-triggers.ts';

const CLAUSE_LOOKBACK = 40;
export const TARGET_WINDOW = 15;


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
}

export interface Found {
  sources: FoundActor[];
  targets: FoundActor[];
  how: string;
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
  for (let k = that + 1; k < Math.min(ctx.toks.length, that + 9); k++) {
    if (has(ctx.toks[k], WORD.VERB)) return has(ctx.toks[k], WORD.INFLECTED);
  }
  return false;
}

export function clauseStart(ctx: SentenceCtx, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - CLAUSE_LOOKBACK); k--) {
    const t = ctx.toks[k]!;
    // "unless Israel rescinds …" stays in the clause: a threat's or demand's condition names its target.
    if (has(t, WORD.BOUNDARY) || ctx.reporting.has(k) || t.text === '"' || t.text === '“') return k + 1;
  }
  return Math.max(0, i - CLAUSE_LOOKBACK);
}

export function clauseEnd(ctx: SentenceCtx, i: number): number {
  const limit = Math.min(i < ctx.tail ? ctx.tail : ctx.toks.length, i + 1 + TARGET_WINDOW);
  for (let k = i + 1; k < limit; k++) {
    const t = ctx.toks[k]!;
    if (has(t, WORD.TIME_PREPOSITION)) continue;
    if (has(t, WORD.BOUNDARY) || ctx.reporting.has(k) || t.lower === '.') return k;
  }
  return limit;
}

export function isPassive(ctx: SentenceCtx, m: TriggerMatch): boolean {
  // "is prepared to impose", "is committed to opening": a predicate before an infinitive, its subject the actor.
  if (m.pattern.frame && ctx.toks[m.last + 1]?.lower === 'to' && ctx.toks[m.last + 2]?.pos === 'VERB') return false;
  return ctx.syntax.passiveAt(ctx.toks[m.first]!.index);
}

/** The subject of the clause ending before `end`: its first actor group not inside a place or object phrase. */
export function subjectBefore(ctx: SentenceCtx, end: number, recent: readonly ActorGroup[]): { group: ActorGroup; how: string } | null {
  let stop = end;
  for (let hop = 0; hop < 3 && stop > 0; hop++) {
    const start = clauseStart(ctx, stop);
    const inClause = ctx.groups.filter((x) => x.first >= start && x.last < stop && !x.modifier);
    // The subject's own name first; else a place or origin inside the subject ("rebels in the Ivory Coast").
    const g = inClause.find((x) => x.governor === null || ctx.lex.governors.subject.has(x.governor)) ?? inClause.find((x) => x.governor !== null && ctx.lex.governors.subjectPlace.has(x.governor));
    if (g) return { group: g, how: hop === 0 ? 'subject of the clause' : 'subject of the governing clause' };
    const anaphor = groupAnaphor(ctx, start, stop, recent);
    if (anaphor) return anaphor;
    stop = start - 1;
  }
  return null;
}

/** "the two sides", "both countries": the last compound actor named before. */
function groupAnaphor(ctx: SentenceCtx, start: number, stop: number, recent: readonly ActorGroup[]): { group: ActorGroup; how: string } | null {
  for (let k = start; k < stop; k++) {
    const [a, b] = [ctx.toks[k]!, ctx.toks[k + 1]];
    if (!b || ![a.lemma, a.lower].some((x) => [b.lemma, b.lower].some((y) => ctx.lex.words.groupAnaphors.has(`${x} ${y}`)))) continue;
    const g = ctx.groups.filter((x) => x.last < k && x.members.length >= 2).pop() ?? recent[recent.length - 1];
    if (g) return { group: g, how: `"${ctx.toks[k]!.text} ${ctx.toks[k + 1]!.text}" refers back to ${g.members.map((a) => a.code).join(' and ')}` };
  }
  return null;
}

/** "European-based missiles", "a Damascus-based group": a place that only locates a noun is no party. */
export function placeModifier(ctx: SentenceCtx, g: ActorGroup): boolean {
  return g.modifier && ctx.toks[g.last + 2]?.lower === 'based';
}

export function firstGroupAfter(ctx: SentenceCtx, from: number, to: number, exclude: ActorGroup | null, skip: ReadonlySet<string>): ActorGroup | null {
  return ctx.groups.find((g) => g.first > from && g.first < to && g !== exclude && !placeModifier(ctx, g) && !(g.governor && skip.has(g.governor))) ?? null;
}

export function describe(g: ActorGroup): string {
  return g.members.map((a) => `${a.code} (${a.how})`).join(' and ');
}
