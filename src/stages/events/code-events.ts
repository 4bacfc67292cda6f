/** The events coder: each sentence's triggers, framed, given actors and a code, then pruned to what happened. */
import { syntaxOf, timeWords, type Doc, type Event, type Word, type WorkingDoc } from '../../model/index.ts';
import type { StageContext } from '../../pipeline/stage.ts';
import { consultationParties, groupActors, pluralAntecedents, sentenceActors } from './actor-groups.ts';
import { coordinatedVerb, matchTriggers, passiveSubjects, verbMayTrigger, type TriggerMatch } from './match-triggers.ts';
import { withDictionary } from './dictionary-triggers.ts';
import { sentenceDiscard } from './dictionary/sentence-discard.ts';
import type { Discard } from './dictionary/discards.ts';
import { reportedForce, reportedUndergoneForce } from './reported-force.ts';
import { dropReportedAssessments } from './reported-assessment.ts';
import { speechActEvents } from './speech-acts/index.ts';
import { phraseAt } from '../../lexicons/phrase-index.ts';
import { buildEvent, reverseEvent } from './build-event.ts';
import { documentIndex } from './document-index.ts';
import { type Found, type SentenceCtx, clauseEnd, codeUnder, inGroup, type ActorGroup } from './sentence.ts';
import { COMPLEMENT_WINDOW, type Modal, contentModal, frameCode, internalCommand, purposeOf, reformAim } from './frames.ts';
import { TRIGGER_RULES } from './recoding/index.ts';
import { declinedComment } from './recoding/declined-comment.ts';
import { backgroundOf, beliefCue, prepositionCue, relativeClause } from './recoding/background.ts';
import type { TriggerCoding, TriggerEnv } from './recoding/rule.ts';
import { GOVERNMENT, MAX_RECIPROCAL, actorsOf, peopleActedOn, protestActors, speechActors, standDownActors, untargetedActors } from './parties.ts';
import { dropBackgroundEvents, withoutUnplacedTitles } from './background-events.ts';
import { conjoinedPhrase, conjoinedTargets } from './conjoined-targets.ts';
import { receivedAct } from './received-acts.ts';
import { actNounDoer } from './act-noun-doer.ts';
import { dropCoordinatedNominals, dropTopicNominals, dropNominalsBesideVerbs, dropSameKind, dropUntargetedBesideTargeted, oneEventPerDyad, ownStateInPartyList } from './prune.ts';
import type { EventResources } from './resources.ts';
import { confidentEvents } from './confidence/confidence.ts';

/**
 * A trigger the coder matched that gave no event: no source or target placed (`unplaced`), its event built and
 * then dropped as background or by a prune (`pruned`), or a statement verb read as a plain statement, no act
 * (`statement`). Only the evaluation listens: it tells a missing trigger from a missing actor, and from a statement
 * the coders read as the act (an accusation, an appeal). Offsets are the document's.
 */
export interface UncodedTrigger {
  start: number;
  end: number;
  code: string;
  why: 'unplaced' | 'pruned' | 'statement';
  /** the event dropped, when it was built before a rule or the filter dropped it */
  event?: Event;
  /**
   * For `pruned`: the rule or step that dropped it — `background: <kind>` (backgroundOf), a step of SENTENCE_DROPS
   * (`background event: <rule>` for dropBackgroundEvents' own rules), or `learned filter`. Each name is given at one place.
   */
  by?: string;
}
export type UncodedObserver = (trigger: UncodedTrigger) => void;

/** Members beyond which a compound is a list, not an actor ("a list of 300 countries"). */
const MAX_GROUP = 20;

/** Code every sentence of the document; returns the PLOVER-style event records in text order. */
export function codeEvents(doc: WorkingDoc, res: EventResources, context: StageContext, observe?: UncodedObserver): Event[] {
  const syntax = syntaxOf(doc);
  const readings = doc.actors ?? [];
  // Plain loops here and below, not callbacks made per document or sentence (why: sentence.ts).
  const bySentence: Word[][] = [];
  for (const s of syntax.sentences) bySentence.push(syntax.words.slice(s.first, s.last + 1));
  const isTime = timeWords(syntax.words, doc.timexes);
  const index = documentIndex(doc, syntax.words);
  const events: Event[] = [];
  const recentGroups: ActorGroup[] = [];
  const talks: ActorGroup[] = [];
  const discards: (Discard | null)[] = [];
  for (const toks of bySentence) discards.push(sentenceDiscard(res.discards, toks));
  const story = discards.find(isStoryDiscard);
  if (story) {
    context.report('info', 'events-discard', `the story is not coded: it holds "${story.phrase}" (PETRARCH2 discard list)`);
    return events;
  }
  for (let s = 0; s < bySentence.length; s++) {
    const toks = bySentence[s]!;
    if (toks.length === 0) continue;
    const discard = discards[s];
    if (discard) {
      context.report('info', 'events-discard', `sentence not coded: it holds "${discard.phrase}" (PETRARCH2 discard list)`, toks[discard.at]!.start, toks[discard.at]!.end);
      continue;
    }
    const actors = sentenceActors(readings[s] ?? [], syntax.sentences[s]!.first);
    const groups = groupActors(syntax, toks, actors, MAX_GROUP, res.lexicons.coding.words.agentTies, res.personRoles);
    for (const g of groups) {
      if (g.members.length >= MAX_GROUP) context.report('info', 'events-actor-list', `a list of ${MAX_GROUP}+ actors is not coded as one compound actor`, toks[g.first]!.start, toks[g.last]!.end);
    }
    const reporting = new Set<number>();
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if ((t.pos === 'VERB' || t.lemma === 'accord') && phraseAt(toks, i, res.cues.reporting)) reporting.add(i);
    }
    const ctx: SentenceCtx = { s, syntax, lex: res.lexicons.coding, index, isTime, toks, groups, reporting, tail: attributionTail(toks, reporting), dictionary: res.dictionary, talks };
    const sentenceEvents = codeSentence(doc, ctx, res, recentGroups, context, observe);
    const seen = new Set<string>();
    const distinct: Event[] = [];
    for (const e of sentenceEvents) {
      const key = `${e.cameo.code}|${e.sources.map((a) => a.code).sort().join(',')}|${e.targets.map((a) => a.code).sort().join(',')}|${e.modality}`;
      if (seen.has(key)) continue;
      seen.add(key);
      distinct.push(e);
    }
    const dropped = (e: Event) => observe?.({ start: e.trigger.start, end: e.trigger.end, code: e.cameo.code, why: 'pruned', event: e, by: 'learned filter' });
    for (const e of confidentEvents(res.confidence, distinct, toks, s, dropped)) events.push({ ...e, id: `v${events.length + 1}` });
    const consultations = consultationParties(groups, sentenceEvents, MAX_RECIPROCAL);
    recentGroups.push(...pluralAntecedents(ctx, consultations, MAX_RECIPROCAL));
    talks.push(...consultations);
    if (recentGroups.length > 4) recentGroups.splice(0, recentGroups.length - 4);
  }
  return events;
}

function isStoryDiscard(d: Discard | null): boolean {
  return d?.level === 'story';
}

/** ", a UN spokesman said on Monday." at the end of a sentence names the source of the report, not a party. */
function attributionTail(toks: readonly Word[], reporting: ReadonlySet<number>): number {
  let last = -1;
  for (const i of reporting) if (i > last) last = i;
  if (last < 0) return toks.length;
  // ", saying he must resign" is content, not an attribution: a speaker stands between comma and verb.
  for (let k = last - 2; k >= Math.max(0, last - 10); k--) {
    if (toks[k]!.text === ',') return k;
  }
  return toks.length;
}

function codeSentence(doc: Doc, ctx: SentenceCtx, res: EventResources, recent: readonly ActorGroup[], context: StageContext, observe?: UncodedObserver): Event[] {
  const { toks } = ctx;
  const unplaced = (m: TriggerMatch, code: string) => observe?.({ start: toks[m.first]!.start, end: toks[m.last]!.end, code, why: 'unplaced' });
  const matches = withDictionary(ctx, res, matchTriggers(toks, res.index, ctx.isTime, ctx.lex, passiveSubjects(ctx.syntax, ctx.s)), (i) => verbMayTrigger(toks, i, ctx.isTime, ctx.lex));
  // A trigger that served as a coded event's object ("provide aid", "sign a ceasefire") or complement is consumed.
  const consumed = new Set<number>();
  const out: Event[] = [];
  const speech: TriggerMatch[] = [];
  // "X issued a reminder to Iraq that it must cooperate with the UN": what a statement demands is no event of its own.
  const modals = new Map<TriggerMatch, Modal | null>();
  // What the trigger rules read is the sentence's, the same for every trigger: one object, not one per rule and trigger.
  const env: TriggerEnv = { ctx, res, matches, recent };
  for (const m of matches) {
    if (!m.pattern.speech) continue;
    // "Ahmadinejad, who said Israel should be wiped off the map, must know …": a relative clause's statement is background.
    if (relativeClause(ctx, m)) {
      consumed.add(m.first);
      continue;
    }
    const modal = contentModal(ctx, m, matches, consumed);
    modals.set(m, modal);
    if (modal?.complement && speechActors(ctx, m, modal.subject)) consumed.add(modal.complement.first);
  }
  for (let m of matches) {
    if (consumed.has(m.first)) continue;
    if (m.pattern.speech) {
      speech.push(m);
      continue;
    }
    // Triggers inside an actor's name ("Amnesty International") are no events.
    if (inGroup(ctx.groups, m.first)) continue;
    // Background is not coded, nor what it governs ("…, accusing the government of not negotiating").
    const background = backgroundOf(ctx, m, matches);
    if (background) {
      observe?.({ start: toks[m.first]!.start, end: toks[m.last]!.end, code: m.pattern.code, why: 'pruned', by: `background: ${background.kind}` });
      const end = background.governs ? governedEnd(ctx, m.last, background.kind) : m.last;
      for (const other of matches) if (other.first > m.last && other.first < end) consumed.add(other.first);
      continue;
    }
    const coding: TriggerCoding = { m, code: m.pattern.code, complement: null, note: null, aim: null };
    for (const rule of TRIGGER_RULES) rule.apply(coding, env);
    m = coding.m;
    const { code, complement, aim, note } = coding;
    // A verbal act ("declined to comment on an estimate that Yugoslav troops …") is about whom it names, as a statement is.
    const { statementRoot, protestRoot, standDown } = ctx.lex.codes;
    let found = code.startsWith(protestRoot)
      ? protestActors(ctx, m, complement, recent)
      : (actorsOf(ctx, m, complement, recent) ?? (code.startsWith(statementRoot) ? speechActors(ctx, m, null) : codeUnder(code, standDown) ? standDownActors(ctx, m, recent) : null));
    // "he said Costa Rica is ready to provide aid": a predicate adjective's doer is its complement's, when only that one is found.
    if (!found && complement && m.pattern.frame && ctx.toks[m.first]!.pos === 'ADJ') found = actorsOf(ctx, complement, null, recent) ?? untargetedActors(ctx, complement, null, recent);
    // Standing down needs a counterpart (the state the irregulars stood against), never `---`.
    if (!codeUnder(code, standDown)) found ??= untargetedActors(ctx, m, complement, recent);
    found = receivedAct(ctx, m, found && conjoinedPhrase(ctx, conjoinedTargets(ctx, m, peopleActedOn(ctx, m, found)))) ?? actNounDoer(ctx, m, matches);
    // "officials say a Marine was killed in Ramadi": with no doer, the report of it may still be an act.
    const undergone = found ? null : reportedUndergoneForce(ctx, m, code);
    if (undergone) {
      const event = buildEvent(doc, ctx, res, m, null, undergone.code, undergone.found, context, null);
      if (event) out.push(event);
      continue;
    }
    if (!found) unplaced(m, code);
    if (!found || internalCommand(ctx, m, found)) continue;
    const event = buildEvent(doc, ctx, res, m, complement, code, found, context, aim ? `${note ? `${note}, ` : ''}protest aim "${aim.cue}" → ${code}` : note);
    if (!event) unplaced(m, code);
    if (event && aim) for (const other of matches) if (other.first > m.last && other.first <= aim.at) consumed.add(other.first);
    // "began a hunger strike to demand …": what a protest demands is its purpose, not another event.
    if (event && code.startsWith(protestRoot)) for (const other of matches) if (other.first > m.last && (other.pattern.frame || other.pattern.code.startsWith(protestRoot))) consumed.add(other.first);
    if (!event) continue;
    out.push(event);
    const back = reverseEvent(doc, ctx, res, m, complement, event, found, context);
    if (back) out.push(back);
    consume(m, matches, consumed);
    if (complement) {
      consume(complement, matches, consumed);
      // "demanded a meeting of the Security Council to discuss …": the purpose of a requested act is part of it.
      const then = purposeOf(ctx, complement, matches);
      if (then && ctx.toks[complement.last]!.pos === 'NOUN') consumed.add(then.first);
      // "refused to commit to any assistance": the frames between a frame and its complement are one chain.
      for (const other of matches) if (other.first > m.last && other.first < complement.first) consumed.add(other.first);
    }
  }
  // A statement is its own event when it carries a stance cue (012, 013) or a demand ("must"); a plain
  // statement is none (guidelines: no 010 for a plain "said").
  for (const m of speech) {
    const modal = modals.get(m) ?? null;
    // "would not comment" is an act (011) whether or not it names whom it concerns.
    const declined = !modal && declinedComment(ctx, m);
    if (!modal && !declined && (!m.pattern.with || prepositionCue(ctx, m) || beliefCue(ctx, m))) {
      observe?.({ start: toks[m.first]!.start, end: toks[m.last]!.end, code: m.pattern.code, why: 'statement' });
      continue;
    }
    const found = speechActors(ctx, m, modal?.subject ?? null) ?? (declined ? untargetedActors(ctx, m, null, recent) : null);
    if (!found) unplaced(m, m.pattern.code);
    if (!found || (modal && ownCountryObliged(found))) continue;
    const aim = modal ? reformAim(ctx, res, m) : null;
    if (modal && aim && modal.complement && aim.at < modal.complement.first) modal.complement = null;
    const code = modal ? frameCode(res, modal.frame, modal.complement?.pattern.code ?? (aim ? `083${aim.digit}` : '')) : m.pattern.code;
    const event = buildEvent(doc, ctx, res, m, modal?.complement ?? null, code, found, context, modal ? `${modal.frame} ("${modal.cue}")` : null);
    if (!event) continue;
    out.push(event);
    if (modal?.complement) consume(modal.complement, matches, consumed);
    if (!modal) break;
  }
  speechActEvents(doc, ctx, res, recent, out, context);
  // A title read as a party of its own leaves its side before the drops, so what is dropped is the event as coded.
  for (let k = 0; k < out.length; k++) out[k] = withoutUnplacedTitles(ctx, out[k]!);
  // The events built here that a step drops are heard once, by the first step. One a step recodes (an event of its
  // trigger put in its place) is gone as built and heard as pruned too, its name marked "(recoded)".
  const live = new Set(observe ? out : []);
  for (const step of SENTENCE_DROPS) {
    const before = live.size === 0 ? null : new Set(out);
    const named = step.apply(ctx, res, out, doc.published);
    if (!before) continue;
    const kept = new Set(out);
    const recoded = new Set(out.filter((e) => !before.has(e)).map((e) => e.trigger.start));
    for (const e of live) {
      if (kept.has(e)) continue;
      live.delete(e);
      const rule = named?.get(e);
      const by = `${rule ? `${step.id}: ${rule}` : step.id}${recoded.has(e.trigger.start) ? ' (recoded)' : ''}`;
      observe?.({ start: e.trigger.start, end: e.trigger.end, code: e.cameo.code, why: 'pruned', event: e, by });
    }
  }
  return out;
}

/**
 * The steps that weigh a sentence's coded events and drop some, in order, each with the short stable name the
 * evaluation counts its drops by; a step that names its own rules returns each dropped event's rule.
 */
const SENTENCE_DROPS: readonly { id: string; apply: (ctx: SentenceCtx, res: EventResources, out: Event[], published: string | null) => ReadonlyMap<Event, string> | void }[] = [
  // Background first, so a verb that is background does not crowd out the sentence's own nominal.
  { id: 'background event', apply: (ctx, _res, out, published) => dropBackgroundEvents(ctx, out, published) },
  // A statement with a stance ("said he was pessimistic about talks") is the sentence's verb too.
  { id: 'nominal beside verb', apply: (ctx, res, out) => dropNominalsBesideVerbs(ctx, res, out) },
  { id: 'reported force', apply: (ctx, res, out) => reportedForce(ctx, res, out) },
  { id: 'reported assessment', apply: (ctx, _res, out) => dropReportedAssessments(ctx, out) },
  { id: 'own state in party list', apply: (ctx, _res, out) => ownStateInPartyList(ctx, out) },
  { id: 'topic nominal', apply: (ctx, _res, out) => dropTopicNominals(ctx, out) },
  { id: 'coordinated nominal', apply: (ctx, _res, out) => dropCoordinatedNominals(ctx, out) },
  { id: 'same kind', apply: (ctx, _res, out) => dropSameKind(ctx, out) },
  { id: 'untargeted beside targeted', apply: (ctx, _res, out) => dropUntargetedBesideTargeted(ctx, out) },
  { id: 'one event per dyad', apply: (ctx, _res, out) => oneEventPerDyad(ctx, out) },
];

/**
 * "Chavez said Venezuela should regain control of its economy": what a state's own agent says the state itself must
 * or should do is its policy stated, no appeal or demand to anyone (guidelines: plain statements are not events).
 */
function ownCountryObliged(found: Found): boolean {
  // The state speaking: its government or the country itself; rebels or an opposition demanding of it make a demand.
  const state = found.sources.every((s) => s.role === null || s.role === GOVERNMENT);
  return state && found.targets.every((t) => t.role === null && t.country !== null && found.sources.every((s) => s.country === t.country));
}

/** A coded trigger and the triggers up to the end of its object cue ("threatened to impose sanctions") are used up. */
function consume(m: TriggerMatch, matches: readonly TriggerMatch[], consumed: Set<number>): void {
  consumed.add(m.first);
  if (m.cueEnd === null) return;
  for (const other of matches) {
    if (other.first > m.last && other.first < m.cueEnd) consumed.add(other.first);
    // "meet the hostage-takers' demands to release prisoners": the cue's own complement goes with it.
    if (other.first === m.cueAt && other.pattern.frame) {
      const next = matches.find((c) => c.first > other.last && c.first <= other.last + COMPLEMENT_WINDOW);
      if (next) consumed.add(next.first);
    }
  }
}

/**
 * Where what a background trigger governs ends: its clause, and for a relative clause the comma that sets it off
 * ("Sudan, which signed the deal Wednesday, will allow …": the main verb after the comma is coded). Other background
 * ends at a finite verb joined by "and" ("is seeking transparency over the process regarding detentions and has
 * asked China to …": the conjunct is the main clause's, not the background's); a relative clause's own conjunct
 * ("which signed the deal and has expelled …") is in it.
 */
function governedEnd(ctx: SentenceCtx, last: number, kind: string): number {
  const end = clauseEnd(ctx, last);
  if (kind !== 'relative clause') {
    for (let k = last + 1; k < end; k++) if (coordinatedVerb(ctx.toks, k)) return k;
    return end;
  }
  for (let k = last + 1; k < end; k++) if (ctx.toks[k]!.text === ',') return k;
  return end;
}
