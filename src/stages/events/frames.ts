/** Frames: verbs that take another event as their object ("threatened to impose", "demanded that …"). */
import type { FrameName } from '../../lexicons/events/event-lexicons.ts';
import type { TriggerMatch } from './match-triggers.ts';
import { phraseAt } from '../../lexicons/phrase-index.ts';
import { type Found, type SentenceCtx, TARGET_WINDOW, clauseEnd, indicative, overlapsGroup, type ActorGroup, type FoundActor } from './sentence.ts';
import type { EventResources } from './resources.ts';

export const COMPLEMENT_WINDOW = 10;

/** What a protest or a request asks for: leadership (1), policy (2), rights (3), institutions (4) — 141x, 024x, 104x, 123x. */
export function reformAim(ctx: SentenceCtx, res: EventResources, m: TriggerMatch): { digit: string; cue: string; at: number } | null {
  const end = Math.min(ctx.toks.length, m.last + 1 + TARGET_WINDOW + 5, ctx.tail > m.last ? ctx.tail : ctx.toks.length);
  for (let k = m.last + 1; k < end; k++) {
    for (const [digit, index] of res.aims) {
      if (phraseAt(ctx.toks, k, index)) return { digit, cue: ctx.toks[k]!.text, at: k };
    }
  }
  return null;
}

export interface Modal {
  frame: FrameName;
  cue: string;
  subject: ActorGroup | null;
  complement: TriggerMatch | null;
}

/**
 * "said he is ready to talk with Israel but that an arbiter should mediate": the modal's own subject is who is asked;
 * a noun phrase there that overlaps no actor asks nobody the text names (a pronoun stands for one: "that it must").
 */
function namesNoActor(ctx: SentenceCtx, m: TriggerMatch, modal: number): boolean {
  const said = ctx.syntax.subjectBefore(ctx.toks, modal, m.last + 1, ctx.isTime);
  if (!said || ctx.toks.slice(said.first, said.last + 1).some((t) => t.pos === 'PRON')) return false;
  return !overlapsGroup(ctx.groups, said.first, said.last);
}

/** "X said Y must withdraw": a statement whose content obliges someone is a demand (or, with "should", an appeal). */
export function contentModal(ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[], consumed: ReadonlySet<number>): Modal | null {
  const end = Math.min(ctx.toks.length, m.last + 1 + TARGET_WINDOW);
  for (let k = m.last + 1; k < end; k++) {
    const frame = ctx.lex.contentModals.get(ctx.toks[k]!.lower);
    if (!frame) continue;
    if (namesNoActor(ctx, m, k)) return null;
    const subject = [...ctx.groups].reverse().find((g) => g.last < k && g.first > m.last) ?? null;
    const complement = matches.find((c) => c.first > k && c.first <= k + COMPLEMENT_WINDOW && !c.pattern.speech && !c.pattern.frame && !consumed.has(c.first)) ?? null;
    return { frame, cue: ctx.toks[k]!.text, subject, complement };
  }
  return null;
}


/**
 * "Museveni ordered the army to resume attacks": commanding one's own security forces is no event between
 * actors. Forces the text gives no country (`---MIL`) are taken as the commander's own.
 */
export function internalCommand(ctx: SentenceCtx, m: TriggerMatch, found: Found): boolean {
  if (!ctx.lex.words.commands.has(ctx.toks[m.first]!.lemma)) return false;
  const own = (t: FoundActor) => t.role !== null && ctx.lex.roles.security.has(t.role) && (t.country === null || found.sources.some((a) => a.country === t.country));
  return found.targets.every(own);
}

/**
 * The event a trigger is for: the next one after an infinitival "to" in its clause ("sent envoys to mediate"),
 * when it is of a kind that makes a sending its own (statements, appeals, talks, cooperation, investigation).
 */
export function purposeOf(ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[]): TriggerMatch | null {
  const end = clauseEnd(ctx, m.last);
  const c = matches.find((x) => x.first > m.last && x.first < end && !x.pattern.speech && !x.pattern.frame);
  if (!c || ctx.toks[c.first - 1]?.lower !== 'to' || ctx.toks[c.first - 1]!.pos !== 'PART' || ctx.toks[c.first]!.pos !== 'VERB') return null;
  return ctx.lex.codes.purposeRoots.includes(c.pattern.code.slice(0, 2)) ? c : null;
}

/** The concession (08x) a demand asks for, when the demand is the object cue of an accede trigger. */
export function askedConcession(ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[]): TriggerMatch | null {
  const ask = m.cueAt === null ? undefined : matches.find((o) => o.first === m.cueAt && o.pattern.frame);
  const what = ask ? complementOf(ctx, ask, matches) : null;
  return what && what.pattern.code.startsWith(ctx.lex.codes.concessionRoot) ? what : null;
}

/** True when the frame has a code for this complement (else the complement is no request, threat, … of it). */
export function frameMaps(res: EventResources, frame: FrameName, code: string): boolean {
  const f = res.lexicons.frames[frame]!;
  if (f.transparent) return code !== '';
  for (let n = code.length; n >= 2; n--) if (f.map[code.slice(0, n)]) return true;
  return false;
}

export function frameCode(res: EventResources, frame: FrameName, code: string): string {
  const f = res.lexicons.frames[frame]!;
  if (f.transparent && code) return code;
  for (let n = code.length; n >= 2; n--) {
    const hit = f.map[code.slice(0, n)];
    if (hit) return hit;
  }
  return f.default;
}

/**
 * "urged Syria to allow Seif to travel", "agreed to coordinate and support each other": a frame governs the first
 * infinitive after it. When that verb codes nothing, a later verb is its own complement or a verb joined to it, not
 * the frame's; a noun after it is its object and still names the act ("threatened to institute a curfew").
 */
export function uncodedInfinitiveBefore(ctx: SentenceCtx, matches: readonly TriggerMatch[], from: number, c: TriggerMatch): boolean {
  if (ctx.toks[c.first]!.pos !== 'VERB') return false;
  for (let k = from; k + 1 < c.first; k++) {
    const t = ctx.toks[k]!;
    if (t.lower === 'to' && t.pos === 'PART' && ctx.toks[k + 1]!.pos === 'VERB' && !matches.some((x) => x.first === k + 1)) return true;
  }
  return false;
}

/** The event a frame verb governs: the next trigger after "to", "for", "that" or an object, in reach. */
export function complementOf(ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[]): TriggerMatch | null {
  // "rejected North Korea's consistent demand to sever …": a request noun carries the complement further.
  let request = false;
  for (let k = m.last + 1; k < Math.min(ctx.toks.length, m.last + 7) && !request; k++) request = ctx.lex.words.requestNouns.has(ctx.toks[k]!.lemma);
  const window = request ? COMPLEMENT_WINDOW + 6 : COMPLEMENT_WINDOW;
  // "ordered a ship carrying aid to turn back": a frame cued by "to" governs the infinitive, not nouns before it.
  const infinitive = m.cue === 'to';
  for (const c of matches) {
    if (c === m || c.first <= m.last || c.pattern.speech || c.pattern.frame) continue;
    if (c.first > m.last + window) break;
    if (infinitive && (ctx.toks[c.first - 1]?.lower !== 'to' || ctx.toks[c.first]!.pos !== 'VERB')) continue;
    if (uncodedInfinitiveBefore(ctx, matches, m.last + 1, c)) return null;
    const between = ctx.toks.slice(m.last + 1, c.first);
    if (between.some((t, k) => t.lower === ';' || t.lower === '.' || ctx.reporting.has(m.last + 1 + k))) return null;
    const that = between.findIndex((t) => t.lower === 'that');
    if (that >= 0 && indicative(ctx, m.last + 1 + that)) return null;
    return c;
  }
  return null;
}
