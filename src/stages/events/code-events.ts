import type { Actor, Doc, Entity, Event, Mention, Modality, Timex } from '../../model/index.ts';
import { spanOf } from '../../model/index.ts';
import type { EventLexicons, FrameName } from '../../lexicons/events/event-lexicons.ts';
import type { StageContext } from '../../pipeline/stage.ts';
import { findActors, groupActors, type ActorGroup, type ActorResources, type FoundActor } from './find-actors.ts';
import { readPlaces, type PlaceIndex } from './place-readings.ts';
import { matchTriggers, type PatternIndex, type TriggerMatch } from './match-triggers.ts';
import { matchesAt, phraseAt, phraseIndex, sentenceTokens, type PhraseIndex, type Tok } from './sentence-tokens.ts';

export interface EventResources {
  lexicons: EventLexicons;
  index: PatternIndex;
  actors: ActorResources;
  places: PlaceIndex;
  /** modality cues, reporting verbs, protest aims (by last digit) and light verbs, indexed for lookup */
  cues: { negated: PhraseIndex; hypothetical: PhraseIndex; future: PhraseIndex; reporting: PhraseIndex };
  aims: [digit: string, index: PhraseIndex][];
  light: PhraseIndex;
}

/** The lookup indexes the stage derives from its lexicons once, in setup. */
export function eventIndexes(lexicons: EventLexicons): Pick<EventResources, 'cues' | 'aims' | 'light'> {
  const m = lexicons.modality;
  const a = lexicons.protestAims;
  return {
    cues: { negated: phraseIndex(m.negated), hypothetical: phraseIndex(m.hypothetical), future: phraseIndex(m.future), reporting: phraseIndex(m.reportingVerbs) },
    // Leadership first, then institutions and rights, policy last: the more specific aim wins at one place.
    aims: (['1', '4', '3', '2'] as const).map((d) => [d, phraseIndex(a[d])]),
    light: phraseIndex(lexicons.lightVerbs),
  };
}

/** Members beyond which a compound is a list, not an actor ("a list of 300 countries"). */
const MAX_GROUP = 20;
/** Reciprocal events only among this many members: a G20 photo call is not 380 events. */
const MAX_RECIPROCAL = 8;
const CLAUSE_LOOKBACK = 40;
const TARGET_WINDOW = 15;
const COMPLEMENT_WINDOW = 10;
const REQUEST_NOUNS = new Set(['request', 'appeal', 'call', 'demand', 'proposal', 'plea', 'offer', 'invitation', 'bid']);
// "unless Israel rescinds …" stays in the clause: a threat's or demand's condition names its target.
const BOUNDARIES = new Set([';', ':', 'that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'because', 'but', 'although', 'though', 'since', 'after', 'before', 'when', 'if', 'where', 'until']);
const SUBJECT_GOVERNORS = new Set(['of', 'between', 'among']);
const SUBJECT_PLACES = new Set(['in', 'from', 'at', 'for']);
const NOMINAL_TARGET_GOVERNORS = new Set(['to', 'with', 'against', 'on', 'toward', 'towards', 'at', 'into', 'for', 'upon', 'over']);
const PLACE_GOVERNORS = new Set(['in', 'at', 'from', 'by']);
const LOCATIVE = new Set(['in', 'at', 'across', 'near', 'inside']);
const LOCATION_CODES = ['081', '172', '087', '191', '192', '042'];
const GROUP_ANAPHORS = [['two', 'side'], ['both', 'side'], ['two', 'country'], ['both', 'country'], ['two', 'nation'], ['both', 'nation'], ['two', 'government'], ['both', 'government'], ['two', 'leader'], ['both', 'leader'], ['two', 'neighbor'], ['two', 'neighbour'], ['two', 'party'], ['both', 'party']];
const VENUE_GOVERNORS = new Set(['in', 'at', 'to']);
const RENEWALS = new Set(['renew', 'extend', 'prolong']);
const CIVILIAN_ROLES = new Set(['CVL', 'REF', 'EDU', 'LAB', 'AGR', 'REL', 'HLH', 'MED', 'BUS', 'HRI', 'NGO']);
const MODAL_AUX = new Set(['will', 'would', 'shall', 'could', 'might', 'may', "'ll"]);

interface SentenceCtx {
  s: number;
  toks: Tok[];
  groups: ActorGroup[];
  reporting: Set<number>;
  /** first token of a trailing attribution (", officials said Tuesday."), or the sentence length */
  tail: number;
}

interface Found {
  sources: FoundActor[];
  targets: FoundActor[];
  how: string;
}

/** Code every sentence of the document; returns the PLOVER-style event records in text order. */
export function codeEvents(doc: Doc, res: EventResources, context: StageContext): Event[] {
  const entities = readPlaces(doc, res.places);
  const bySentence = sentenceTokens(doc);
  const mentionsBySentence = mentionsPerSentence(doc);
  const events: Event[] = [];
  const recentGroups: ActorGroup[] = [];
  bySentence.forEach((toks, s) => {
    if (toks.length === 0) return;
    const actors = findActors(doc, toks, res.actors, entities, mentionsBySentence[s]);
    const groups = groupActors(toks, actors, MAX_GROUP);
    for (const g of groups) {
      if (g.members.length >= MAX_GROUP) context.report('info', 'events-actor-list', `a list of ${MAX_GROUP}+ actors is not coded as one compound actor`, toks[g.first]!.start, toks[g.last]!.end);
    }
    const reporting = new Set<number>();
    toks.forEach((t, i) => {
      if ((t.pos === 'VERB' || t.lemma === 'accord') && phraseAt(toks, i, res.cues.reporting)) reporting.add(i);
    });
    const ctx: SentenceCtx = { s, toks, groups, reporting, tail: attributionTail(toks, reporting) };
    const sentenceEvents = codeSentence(doc, ctx, res, recentGroups, context);
    const seen = new Set<string>();
    for (const e of sentenceEvents) {
      const key = `${e.cameo.code}|${e.sources.map((a) => a.code).sort().join(',')}|${e.targets.map((a) => a.code).sort().join(',')}|${e.modality}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({ ...e, id: `v${events.length + 1}` });
    }
    for (const g of groups) if (g.members.length >= 2 && g.members.length <= MAX_RECIPROCAL) recentGroups.push(g);
    if (recentGroups.length > 4) recentGroups.splice(0, recentGroups.length - 4);
  });
  return events;
}

/** Each sentence's mentions, found in one pass over both sorted lists. */
function mentionsPerSentence(doc: Doc): Mention[][] {
  const out: Mention[][] = doc.sentences.map(() => []);
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  let s = 0;
  for (const m of mentions) {
    while (s < doc.sentences.length && doc.sentences[s]!.end <= m.start) s++;
    if (s === doc.sentences.length) break;
    if (m.end > doc.sentences[s]!.start) out[s]!.push(m);
  }
  return out;
}

/** ", a UN spokesman said on Monday." at the end of a sentence names the source of the report, not a party. */
function attributionTail(toks: readonly Tok[], reporting: ReadonlySet<number>): number {
  const last = Math.max(-1, ...reporting);
  if (last < 0) return toks.length;
  // ", saying he must resign" is content, not an attribution: a speaker stands between comma and verb.
  for (let k = last - 2; k >= Math.max(0, last - 10); k--) {
    if (toks[k]!.text === ',') return k;
  }
  return toks.length;
}

function codeSentence(doc: Doc, ctx: SentenceCtx, res: EventResources, recent: readonly ActorGroup[], context: StageContext): Event[] {
  const { toks } = ctx;
  const matches = matchTriggers(toks, res.index);
  // A trigger that served as a coded event's object ("provide aid", "sign a ceasefire") or complement is consumed.
  const consumed = new Set<number>();
  const out: Event[] = [];
  const speech: TriggerMatch[] = [];
  // "X issued a reminder to Iraq that it must cooperate with the UN": what a statement demands is no event of its own.
  const modals = new Map<TriggerMatch, Modal | null>();
  for (const m of matches) {
    if (!m.pattern.speech) continue;
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
    if (ctx.groups.some((g) => g.first <= m.first && m.first <= g.last)) continue;
    if (m.frame && m.pattern !== m.frame && m.first === m.last) {
      const c = complementOf(ctx, { ...m, pattern: m.frame }, matches);
      if (c && frameMaps(res, m.frame.frame!, c.pattern.code)) m = { ...m, pattern: m.frame, cue: null, cueAt: null, cueEnd: null };
    }
    let code = m.pattern.code;
    let complement: TriggerMatch | null = null;
    let aimNote: string | null = null;
    if (m.pattern.frame) {
      complement = complementOf(ctx, m, matches);
      // "demanding that Mugabe abandon his policy": what is asked for may be a reform (083x) rather than an event verb.
      const aim = m.pattern.frame === 'threaten' ? null : reformAim(ctx, res, m);
      if (complement && (!aim || complement.first <= aim.at)) code = frameCode(res, m.pattern.frame, complement.pattern.code);
      else if (aim) {
        complement = null;
        code = frameCode(res, m.pattern.frame, `083${aim.digit}`);
        aimNote = `${m.pattern.frame} frame, aim "${aim.cue}" → ${code}`;
      }
    }
    // "sent personnel to Yugoslavia to investigate": a sending's purpose, when it is talk or inquiry, is the event.
    const purpose = !m.pattern.frame && SENDING.has(ctx.toks[m.first]!.lemma) ? purposeOf(ctx, m, matches) : null;
    if (purpose) {
      complement = purpose;
      code = purpose.pattern.code;
      aimNote = 'purpose';
    }
    // "would not meet demands to release prisoners": acceding to a demand for a concession is that concession.
    const asked = code === '083' ? askedConcession(ctx, m, matches) : null;
    if (asked) {
      complement = asked;
      code = asked.pattern.code;
      aimNote = 'demand';
    }
    // "ordered the newspaper to suspend publication": who orders a repression is its source (17).
    if (complement && COMMANDS.has(ctx.toks[m.first]!.lemma) && complement.pattern.code.startsWith('17')) {
      code = complement.pattern.code;
      aimNote = 'command';
    }
    // "Radical French farmers would blockade Paris": civilians blocking a place protest by obstruction (144), not a military blockade.
    if (code === '191' && subjectBefore(ctx, m.first, recent)?.group.members.every((a) => a.role !== null && (CIVILIAN_ROLES.has(a.role) || a.role === 'OPP'))) {
      code = '144';
      aimNote = 'civilians blocking a place protest (144)';
    }
    const aim = PROTEST_BASES.has(code) || code === '083' ? reformAim(ctx, res, m) : null;
    if (aim) code = code + aim.digit;
    // A verbal act ("declined to comment on an estimate that Yugoslav troops …") is about whom it names, as a statement is.
    const found = code.startsWith('14')
      ? protestActors(ctx, m, complement, recent)
      : (actorsOf(ctx, m, complement, recent) ?? (code.startsWith('01') ? speechActors(ctx, m, null) : code.startsWith('087') || code === '0356' ? standDownActors(ctx, m, recent) : null));
    if (!found || internalCommand(ctx, m, found)) continue;
    const event = buildEvent(doc, ctx, res, m, complement, code, found, context, aim ? `${aimNote ? `${aimNote}, ` : ''}protest aim "${aim.cue}" → ${code}` : aimNote);
    if (event && aim) for (const other of matches) if (other.first > m.last && other.first <= aim.at) consumed.add(other.first);
    // "began a hunger strike to demand …": what a protest demands is its purpose, not another event.
    if (event && code.startsWith('14')) for (const other of matches) if (other.first > m.last && (other.pattern.frame || other.pattern.code.startsWith('14'))) consumed.add(other.first);
    if (!event) continue;
    out.push(event);
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
  // A statement is its own event when it carries a stance cue (012, 013) or a demand ("must"), or when
  // nothing else in the sentence was coded (010).
  const nothingElse = out.every((e) => e.modality === 'negated');
  for (const m of speech) {
    const modal = modals.get(m) ?? null;
    if (!modal && !m.pattern.with && !nothingElse) continue;
    const found = speechActors(ctx, m, modal?.subject ?? null);
    if (!found) continue;
    const aim = modal ? reformAim(ctx, res, m) : null;
    if (modal && aim && modal.complement && aim.at < modal.complement.first) modal.complement = null;
    const code = modal ? frameCode(res, modal.frame, modal.complement?.pattern.code ?? (aim ? `083${aim.digit}` : '')) : m.pattern.code;
    const event = buildEvent(doc, ctx, res, m, modal?.complement ?? null, code, found, context, modal ? `${modal.frame} ("${modal.cue}")` : null);
    if (!event) continue;
    out.push(event);
    if (modal?.complement) consume(modal.complement, matches, consumed);
    if (!modal) break;
  }
  // A statement with a stance ("said he was pessimistic about talks") is the sentence's verb too.
  dropNominalsBesideVerbs(ctx, res, out);
  dropSameKind(out);
  oneEventPerDyad(ctx, out);
  return out;
}

/**
 * One clause, one event per pair: a later trigger on the same parties sits in what the first one governs
 * ("will not end their strike unless their demands are met", "return weapons seized from them") and is
 * dropped, unless it is a verb coordinated with the first ("met X and signed a deal with X").
 */
function oneEventPerDyad(ctx: SentenceCtx, out: Event[]): void {
  const at = (e: Event) => ctx.toks.findIndex((t) => t.start === e.trigger.start);
  const coordinated = (k: number) => {
    if (ctx.toks[k]?.pos !== 'VERB') return false;
    for (let j = k - 1; j >= 0; j--) {
      const t = ctx.toks[j]!;
      if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') continue;
      return t.lower === 'and' || t.lower === 'then';
    }
    return false;
  };
  const pair = (e: Event) => `${e.sources.map((a) => a.code).sort()}>${e.targets.map((a) => a.code).sort()}`;
  const live = out.filter((e) => e.modality !== 'negated').sort((a, b) => a.trigger.start - b.trigger.start);
  const first = new Map<string, Event>();
  const drop = new Set<Event>();
  for (const e of live) {
    if (!first.has(pair(e))) first.set(pair(e), e);
    else if (!coordinated(at(e))) drop.add(e);
  }
  for (let k = out.length - 1; k >= 0; k--) if (drop.has(out[k]!)) out.splice(k, 1);
}

/**
 * A sentence's verb says what happened; nouns around it ("in recognition of", "its support of") are
 * background. A noun event stays only when no verb was coded, or when it is a light verb's object
 * ("held talks", "staged a hunger strike").
 */
function dropNominalsBesideVerbs(ctx: SentenceCtx, res: EventResources, out: Event[]): void {
  const isNominal = (e: Event) => {
    const k = ctx.toks.findIndex((t) => t.start === e.trigger.start);
    const t = ctx.toks[k];
    if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      const v = ctx.toks[j]!;
      if (v.pos === 'VERB') return !phraseAt(ctx.toks, j, res.light);
    }
    return true;
  };
  const verbs = out.filter((e) => e.modality !== 'negated' && !isNominal(e));
  if (verbs.length === 0) return;
  // "US Predator attacks have killed eight al-Qaeda leaders": a nominal naming the same act more precisely
  // (a drone strike, not just force) stays; the later repetition of its kind goes (dropSameKind).
  const sharper = (n: Event) => n.cameo.code.length > 3 || !n.cameo.code.endsWith('0');
  const restates = (n: Event) => sharper(n) && verbs.some((v) => v.trigger.start > n.trigger.start && family(v.cameo.code) === family(n.cameo.code) && v.cameo.code !== n.cameo.code && sameParties(v, n));
  for (let k = out.length - 1; k >= 0; k--) if (isNominal(out[k]!) && !restates(out[k]!)) out.splice(k, 1);
}

function sameParties(a: Event, b: Event): boolean {
  const key = (e: Event) => `${e.sources.map((x) => x.country ?? x.code).sort()}>${e.targets.map((x) => x.country ?? x.code).sort()}`;
  return key(a) === key(b);
}

/** Material conflict (17–20) is one kind of act: "opened fire to disperse them, killing one" is one event. */
function family(code: string): string {
  const root = Number(code.slice(0, 2));
  return root >= 17 ? '17-20' : code.slice(0, 2);
}

/** Later events of the same kind between the same parties repeat the first one. */
function dropSameKind(out: Event[]): void {
  const seen = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    const e = out[k]!;
    const key = `${family(e.cameo.code)}|${e.sources.map((a) => a.code).sort()}|${[...new Set(e.targets.map((a) => a.country))].sort()}`;
    if (seen.has(key)) out.splice(k--, 1);
    else seen.add(key);
  }
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

const PROTEST_BASES = new Set(['141', '142', '143', '144', '145']);

/** What a protest or a request asks for: leadership (1), policy (2), rights (3), institutions (4) — 141x, 024x, 104x, 123x. */
function reformAim(ctx: SentenceCtx, res: EventResources, m: TriggerMatch): { digit: string; cue: string; at: number } | null {
  const end = Math.min(ctx.toks.length, m.last + 1 + TARGET_WINDOW + 5, ctx.tail > m.last ? ctx.tail : ctx.toks.length);
  for (let k = m.last + 1; k < end; k++) {
    for (const [digit, index] of res.aims) {
      if (phraseAt(ctx.toks, k, index)) return { digit, cue: ctx.toks[k]!.text, at: k };
    }
  }
  return null;
}

const CONTENT_MODALS: Record<string, FrameName> = { must: 'demand', should: 'appeal' };

interface Modal {
  frame: FrameName;
  cue: string;
  subject: ActorGroup | null;
  complement: TriggerMatch | null;
}

/** "X said Y must withdraw": a statement whose content obliges someone is a demand (or, with "should", an appeal). */
function contentModal(ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[], consumed: ReadonlySet<number>): Modal | null {
  const end = Math.min(ctx.toks.length, m.last + 1 + TARGET_WINDOW);
  for (let k = m.last + 1; k < end; k++) {
    const frame = CONTENT_MODALS[ctx.toks[k]!.lower];
    if (!frame) continue;
    const subject = [...ctx.groups].reverse().find((g) => g.last < k && g.first > m.last) ?? null;
    const complement = matches.find((c) => c.first > k && c.first <= k + COMPLEMENT_WINDOW && !c.pattern.speech && !c.pattern.frame && !consumed.has(c.first)) ?? null;
    return { frame, cue: ctx.toks[k]!.text, subject, complement };
  }
  return null;
}

const COMMANDS = new Set(['order', 'instruct', 'direct']);
const SECURITY_ROLES = new Set(['MIL', 'COP', 'SPY']);

/** "Museveni ordered the army to resume attacks": commanding one's own security forces is no event between actors. */
function internalCommand(ctx: SentenceCtx, m: TriggerMatch, found: Found): boolean {
  if (!COMMANDS.has(ctx.toks[m.first]!.lemma)) return false;
  const own = (t: FoundActor) => t.role !== null && SECURITY_ROLES.has(t.role) && found.sources.some((a) => a.country === t.country);
  return found.targets.every(own);
}

const SENDING = new Set(['send', 'dispatch', 'deploy']);
/** Purposes that make a sending their kind of event: statements, appeals, talks, cooperation, investigation. */
const PURPOSE_ROOTS = new Set(['01', '02', '03', '04', '05', '09']);

/** The event a trigger is for: the next one after an infinitival "to" in its clause ("sent envoys to mediate"). */
function purposeOf(ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[]): TriggerMatch | null {
  const end = clauseEnd(ctx, m.last);
  const c = matches.find((x) => x.first > m.last && x.first < end && !x.pattern.speech && !x.pattern.frame);
  if (!c || ctx.toks[c.first - 1]?.lower !== 'to' || ctx.toks[c.first - 1]!.pos !== 'PART' || ctx.toks[c.first]!.pos !== 'VERB') return null;
  return PURPOSE_ROOTS.has(c.pattern.code.slice(0, 2)) ? c : null;
}

/** The concession (08x) a demand asks for, when the demand is the object cue of an accede trigger. */
function askedConcession(ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[]): TriggerMatch | null {
  const ask = m.cueAt === null ? undefined : matches.find((o) => o.first === m.cueAt && o.pattern.frame);
  const what = ask ? complementOf(ctx, ask, matches) : null;
  return what && what.pattern.code.startsWith('08') ? what : null;
}

/** True when the frame has a code for this complement (else the complement is no request, threat, … of it). */
function frameMaps(res: EventResources, frame: FrameName, code: string): boolean {
  const f = res.lexicons.frames[frame]!;
  for (let n = code.length; n >= 2; n--) if (f.map[code.slice(0, n)]) return true;
  return false;
}

function frameCode(res: EventResources, frame: FrameName, code: string): string {
  const f = res.lexicons.frames[frame]!;
  for (let n = code.length; n >= 2; n--) {
    const hit = f.map[code.slice(0, n)];
    if (hit) return hit;
  }
  return f.default;
}

/** The event a frame verb governs: the next trigger after "to", "for", "that" or an object, in reach. */
function complementOf(ctx: SentenceCtx, m: TriggerMatch, matches: readonly TriggerMatch[]): TriggerMatch | null {
  // "rejected North Korea's consistent demand to sever …": a request noun carries the complement further.
  const request = ctx.toks.slice(m.last + 1, m.last + 7).some((t) => REQUEST_NOUNS.has(t.lemma));
  const window = request ? COMPLEMENT_WINDOW + 6 : COMPLEMENT_WINDOW;
  // "ordered a ship carrying aid to turn back": a frame cued by "to" governs the infinitive, not nouns before it.
  const infinitive = m.cue === 'to';
  for (const c of matches) {
    if (c === m || c.first <= m.last || c.pattern.speech || c.pattern.frame) continue;
    if (c.first > m.last + window) break;
    if (infinitive && (ctx.toks[c.first - 1]?.lower !== 'to' || ctx.toks[c.first]!.pos !== 'VERB')) continue;
    const between = ctx.toks.slice(m.last + 1, c.first);
    if (between.some((t) => t.lower === ';' || t.lower === '.' || ctx.reporting.has(t.index))) return null;
    const that = between.findIndex((t) => t.lower === 'that');
    if (that >= 0 && indicative(ctx, m.last + 1 + that)) return null;
    return c;
  }
  return null;
}

const THAT_LEAD_POS = new Set(['ADP', 'DET', 'PRON', 'ADJ', 'ADV', 'PART']);

/**
 * "demanded that Hamas renounce …", "insisted on its demands that Burundi's government grant …", "its demand
 * today that Israel ease …": the that-clause a frame governs, through a request noun, names whom it addresses.
 */
function thatClause(ctx: SentenceCtx, m: TriggerMatch): number | null {
  if (!m.pattern.frame) return null;
  for (let k = m.last + 1; k < Math.min(ctx.toks.length, m.last + 7); k++) {
    const t = ctx.toks[k]!;
    if (t.lower === 'that') return indicative(ctx, k) ? null : k;
    if (!THAT_LEAD_POS.has(t.pos) && !REQUEST_NOUNS.has(t.lemma) && !TIME_WORDS.has(t.lower)) return null;
  }
  return null;
}

const FINITE_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'does', 'did']);

/** "insisted that his country has been cooperating": a that-clause that states a fact asks nobody for anything. */
function indicative(ctx: SentenceCtx, that: number): boolean {
  for (let k = that + 1; k < Math.min(ctx.toks.length, that + 9); k++) {
    const t = ctx.toks[k]!;
    if (t.pos === 'AUX') return FINITE_AUX.has(t.lower);
    if (t.pos === 'VERB') return t.lower !== t.lemma && /(s|ed)$/.test(t.lower);
  }
  return false;
}

const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'again', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function clauseStart(ctx: SentenceCtx, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - CLAUSE_LOOKBACK); k--) {
    const t = ctx.toks[k]!;
    if (BOUNDARIES.has(t.lower) || ctx.reporting.has(k) || t.text === '"' || t.text === '“') return k + 1;
  }
  return Math.max(0, i - CLAUSE_LOOKBACK);
}

function clauseEnd(ctx: SentenceCtx, i: number): number {
  const limit = Math.min(i < ctx.tail ? ctx.tail : ctx.toks.length, i + 1 + TARGET_WINDOW);
  for (let k = i + 1; k < limit; k++) {
    const t = ctx.toks[k]!;
    if (TIME_CONJUNCTIONS.has(t.lower) && !opensClause(ctx, k)) continue;
    if (BOUNDARIES.has(t.lower) || ctx.reporting.has(k) || t.lower === '.') return k;
  }
  return limit;
}

const TIME_CONJUNCTIONS = new Set(['after', 'before', 'since', 'until']);

/** "after Israel attacked" opens a clause; "after talks with Israel" is a phrase of this one. */
function opensClause(ctx: SentenceCtx, k: number): boolean {
  for (let j = k + 1; j < Math.min(ctx.toks.length, k + 6); j++) {
    const t = ctx.toks[j]!;
    if (t.pos === 'PUNCT') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return !t.lower.endsWith('ing');
  }
  return false;
}

function isPassive(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const t = ctx.toks[m.first]!;
  if (t.pos !== 'VERB' || !/(ed|en|wn|ht|un)$/.test(t.lower)) return false;
  // "is prepared to impose", "is committed to opening": a predicate before an infinitive, its subject the actor.
  if (m.pattern.frame && ctx.toks[m.last + 1]?.lower === 'to' && ctx.toks[m.last + 2]?.pos === 'VERB') return false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    const p = ctx.toks[k]!;
    if (p.lemma === 'be' || p.lemma === 'get') return true;
    if (p.pos !== 'ADV' && p.pos !== 'PART') return false;
  }
  return false;
}

/** The subject of the clause ending before `end`: its first actor group not inside a place or object phrase. */
function subjectBefore(ctx: SentenceCtx, end: number, recent: readonly ActorGroup[]): { group: ActorGroup; how: string } | null {
  let stop = end;
  for (let hop = 0; hop < 3 && stop > 0; hop++) {
    const start = clauseStart(ctx, stop);
    const inClause = ctx.groups.filter((x) => x.first >= start && x.last < stop && !x.modifier);
    // The subject's own name first; else a place or origin inside the subject ("rebels in the Ivory Coast").
    const g = inClause.find((x) => x.governor === null || SUBJECT_GOVERNORS.has(x.governor)) ?? inClause.find((x) => x.governor !== null && SUBJECT_PLACES.has(x.governor));
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
    const hit = GROUP_ANAPHORS.find((w) => matchesAt(ctx.toks, k, w));
    if (!hit) continue;
    const g = ctx.groups.filter((x) => x.last < k && x.members.length >= 2).pop() ?? recent[recent.length - 1];
    if (g) return { group: g, how: `"${ctx.toks[k]!.text} ${ctx.toks[k + 1]!.text}" refers back to ${g.members.map((a) => a.code).join(' and ')}` };
  }
  return null;
}

/** "European-based missiles", "a Damascus-based group": a place that only locates a noun is no party. */
function placeModifier(ctx: SentenceCtx, g: ActorGroup): boolean {
  return g.modifier && ctx.toks[g.last + 2]?.lower === 'based';
}

function firstGroupAfter(ctx: SentenceCtx, from: number, to: number, exclude: ActorGroup | null, skip: ReadonlySet<string>): ActorGroup | null {
  return ctx.groups.find((g) => g.first > from && g.first < to && g !== exclude && !placeModifier(ctx, g) && !(g.governor && skip.has(g.governor))) ?? null;
}

/** Agreeing takes two: "X and Y agreed to a ceasefire" binds both sides, as do mutual acts a frame governs. */
const MUTUAL_VERBS = new Set(['agree']);

function reciprocal(group: ActorGroup, m: TriggerMatch, how: string, mutual = false): Found | null {
  if (!(m.pattern.reciprocal || mutual) || group.members.length < 2 || group.members.length > MAX_RECIPROCAL) return null;
  return { sources: group.members, targets: group.members, how: `${how}; reciprocal: the members act on each other` };
}

function describe(g: ActorGroup): string {
  return g.members.map((a) => `${a.code} (${a.how})`).join(' and ');
}

function actorsOf(ctx: SentenceCtx, m: TriggerMatch, complement: TriggerMatch | null, recent: readonly ActorGroup[]): Found | null {
  const t = ctx.toks[m.last]!;
  // "taken hostage", "set fire": a phrase led by a verb is verbal though it ends in a noun.
  const nominal = (t.pos === 'NOUN' || t.pos === 'PROPN') && ctx.toks[m.first]!.pos !== 'VERB';
  return nominal ? nominalActors(ctx, m, recent) : verbalActors(ctx, m, complement, recent);
}

function verbalActors(ctx: SentenceCtx, m: TriggerMatch, complement: TriggerMatch | null, recent: readonly ActorGroup[]): Found | null {
  // "demanded that Hamas renounce …": a frame's that-clause names whom it is addressed to.
  const from = complement ? complement.last : (thatClause(ctx, m) ?? m.last);
  const end = clauseEnd(ctx, from);
  if (isPassive(ctx, m)) {
    const subject = subjectBefore(ctx, m.first, recent);
    const agent = ctx.groups.find((g) => g.first > m.last && g.first < end && g.governor === 'by');
    if (!subject || !agent) return null;
    return { sources: agent.members, targets: subject.group.members, how: `passive: source ${describe(agent)} after "by", target ${describe(subject.group)} (${subject.how})` };
  }
  const subject = subjectBefore(ctx, m.first, recent);
  if (!subject) return null;
  // "between X and Y" inside the subject ("relations between Moscow and Beijing improved") names both parties.
  const between = ctx.groups.find((g) => g.first >= clauseStart(ctx, m.first) && g.last < m.first && (g.governor === 'between' || g.governor === 'among'));
  if (between) return reciprocal(between, m, `parties "between" ${describe(between)}`);
  // The object cue is what was done, not to whom ("offered its troops to Lebanon").
  const inCue = (g: ActorGroup) => m.cueAt !== null && m.cueEnd !== null && g.first < m.cueEnd && g.last >= m.cueAt;
  const sourceCodes = new Set(subject.group.members.map((a) => a.code));
  // A protest targets an authority, so places describing what was blocked are no target (an attack's may be).
  const protest = m.pattern.code.startsWith('14');
  const after = ctx.groups.filter((g) => g.first > m.last && g.first < end && g !== subject.group && !placeModifier(ctx, g) && !g.members.every((a) => sourceCodes.has(a.code)) && !(protest && inParticipleModifier(ctx, m.last, g.first)));
  const candidates = after.some((g) => !inCue(g)) ? after.filter((g) => !inCue(g)) : after;
  // A place in the subject's own country ("battled fires in Catalonia") is where, not whom, except for acts
  // whose target is a place (curfews, ceasefires, blockades, occupations).
  const placeTarget = LOCATION_CODES.some((p) => (complement ?? m).pattern.code.startsWith(p));
  const target = candidates.find((g) => placeTarget || !(g.governor && LOCATIVE.has(g.governor) && g.members.every((t) => t.role === null && subject.group.members.some((a) => a.country === t.country))));
  if (target) return { sources: subject.group.members, targets: target.members, how: `source ${describe(subject.group)} (${subject.how}); target ${describe(target)} (first actor after the trigger${target.governor ? `, after "${target.governor}"` : ''})` };
  const mutual = !!complement?.pattern.reciprocal || MUTUAL_VERBS.has(ctx.toks[m.first]!.lemma);
  return reciprocal(subject.group, m, `source ${describe(subject.group)} (${subject.how})`, mutual);
}

/** "blocked the bridge spanning the Rhine from France to Germany": an actor in a participle phrase describing the object. */
function inParticipleModifier(ctx: SentenceCtx, from: number, to: number): boolean {
  for (let k = from + 2; k < to; k++) {
    const t = ctx.toks[k]!;
    const prev = ctx.toks[k - 1]!;
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) return true;
  }
  return false;
}

function nominalActors(ctx: SentenceCtx, m: TriggerMatch, recent: readonly ActorGroup[]): Found | null {
  const { toks } = ctx;
  // Modifiers: "Russian-Chinese military alliance", "Israel's attack", "US sanctions".
  const modifier = ctx.groups.find((g) => {
    if (g.last >= m.first || m.first - g.last > 4) return false;
    return toks.slice(g.last + 1, m.first).every((t) => t.lemma === "'s" || t.lower === "'" || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM');
  });
  const after = ctx.groups.filter((g) => g.first > m.last && g.first <= m.last + 6 && !placeModifier(ctx, g) && (m.first >= ctx.tail || g.first < ctx.tail));
  const between = after.find((g) => g.governor === 'between' || g.governor === 'among');
  if (between && !modifier && m.pattern.reciprocal) return reciprocal(between, m, `parties "between" ${describe(between)}`);
  if (between && !modifier) {
    // "mediation between Syria and the PLO": the parties are the targets of whoever acts.
    const subject = subjectBefore(ctx, m.first, recent);
    if (!subject) return null;
    return { sources: subject.group.members, targets: between.members, how: `source ${describe(subject.group)} (${subject.how}); targets "between" ${describe(between)}` };
  }
  // "attacks by X" names the actor; a "by" further on belongs to another noun ("reforms by the government").
  const agent = after.find((g) => g.governor === 'by' && g.first <= m.last + 3);
  const target = after.find((g) => g.governor !== null && NOMINAL_TARGET_GOVERNORS.has(g.governor));
  let source: ActorGroup | null = agent ?? null;
  let how = agent ? `source ${describe(agent)} after "by"` : '';
  if (!source && modifier && (target || modifier.members.length === 1)) {
    source = modifier;
    how = `source ${describe(modifier)} modifies the trigger`;
  }
  if (!source && modifier && modifier.members.length >= 2) return reciprocal(modifier, m, `parties ${describe(modifier)} modify the trigger`);
  if (!source) {
    const subject = subjectBefore(ctx, m.first, recent);
    if (!subject || subject.group === modifier) return null;
    source = subject.group;
    how = `source ${describe(source)} (${subject.how}, the trigger is its object)`;
    if (modifier && !target) return { sources: source.members, targets: modifier.members, how: `${how}; target ${describe(modifier)} modifies the trigger` };
  }
  const from = thatClause(ctx, m) ?? m.last;
  const tgt = target ?? (source === agent ? null : firstGroupAfter(ctx, m.last, clauseEnd(ctx, from), source, LOCATIVE));
  if (tgt && tgt !== source) return { sources: source.members, targets: tgt.members, how: `${how}; target ${describe(tgt)}${tgt.governor ? ` after "${tgt.governor}"` : ''}` };
  return reciprocal(source, m, how);
}

/**
 * Protesters act against a government: with no target named, or only their own country named as the place,
 * the target is their country's government (inferred, so it has no span).
 */
function protestActors(ctx: SentenceCtx, m: TriggerMatch, complement: TriggerMatch | null, recent: readonly ActorGroup[]): Found | null {
  const found = actorsOf(ctx, m, complement, recent) ?? protestersByPlace(ctx, m, recent);
  const own = (t: FoundActor, sources: readonly FoundActor[]) => t.role === null && sources.some((a) => a.country === t.country);
  if (found && !found.targets.every((t) => own(t, found.sources))) return found;
  const sources = found?.sources ?? subjectBefore(ctx, m.first, recent)?.group.members;
  if (!sources) return null;
  // "blockade Paris to demand an end to the European Community's farm reform": what they demand names whom they protest.
  const aimed = demandedOf(ctx, m, sources);
  if (aimed) return { sources, targets: aimed.members, how: `source ${sources.map((a) => `${a.code} (${a.how})`).join(' and ')}; target ${describe(aimed)} (named in what the protest demands)` };
  const country = sources.find((a) => a.country && /^[A-Z]{3}$/.test(a.country) && !/^(IGO|NGO|IMG)/.test(a.code))?.country;
  if (!country) return null;
  const government: FoundActor = { first: -1, last: -1, code: `${country}GOV`, country, role: 'GOV', entity: null, mention: null, how: `government of ${country} (inferred: a protest with no other target)` };
  return { sources, targets: [government], how: `source ${sources.map((a) => `${a.code} (${a.how})`).join(' and ')}; target ${government.how}` };
}

const DEMAND_WORDS = new Set(['demand', 'protest']);

/** The first foreign actor named after "to demand" / "demanding" / "to protest" in the protest's sentence (own authorities are the default). */
function demandedOf(ctx: SentenceCtx, m: TriggerMatch, sources: readonly FoundActor[]): ActorGroup | null {
  const end = Math.min(ctx.toks.length, m.last + 1 + TARGET_WINDOW + 5);
  for (let k = m.last + 1; k < end; k++) {
    const t = ctx.toks[k]!;
    if (t.pos !== 'VERB' || !DEMAND_WORDS.has(t.lemma)) continue;
    return ctx.groups.find((g) => g.first > k && g.first < end && g.members.every((a) => !sources.some((x) => x.country === a.country))) ?? null;
  }
  return null;
}

/**
 * "Thousands of people blocked streets in Hong Kong in defiance of Chinese authorities": protesters the text
 * names by no actor are people of the place they protest in; the target is the next actor named, if any.
 */
function protestersByPlace(ctx: SentenceCtx, m: TriggerMatch, recent: readonly ActorGroup[]): Found | null {
  if (subjectBefore(ctx, m.first, recent)) return null;
  const end = clauseEnd(ctx, m.last);
  const place = ctx.groups.find((g) => g.first > m.last && g.first < end && (g.governor === 'in' || g.governor === 'at') && g.members.every((a) => a.role === null));
  if (!place) return null;
  const how = `protesters of ${describe(place)}, the place they protest in`;
  const target = ctx.groups.find((g) => g.first > place.last && g.first < end && !(g.governor && LOCATIVE.has(g.governor)));
  if (!target) return { sources: place.members, targets: [], how };
  return { sources: place.members, targets: target.members, how: `${how}; target ${describe(target)} (the next actor named)` };
}

const ARMED_ROLES = new Set(['REB', 'UAF', 'SEP', 'IMG']);

/**
 * "the rebels will lay down their weapons and disband": irregulars who stand down with no counterpart named
 * stand down toward the state of their country (the manual codes the opponent of a ceasefire or demobilisation).
 */
function standDownActors(ctx: SentenceCtx, m: TriggerMatch, recent: readonly ActorGroup[]): Found | null {
  const subject = subjectBefore(ctx, m.first, recent);
  const armed = subject?.group.members.filter((a) => a.role !== null && ARMED_ROLES.has(a.role) && a.country && /^[A-Z]{3}$/.test(a.country));
  if (!subject || !armed || armed.length === 0) return null;
  const state: FoundActor = { first: -1, last: -1, code: armed[0]!.country!, country: armed[0]!.country, role: null, entity: null, mention: null, how: `the state of ${armed[0]!.country} (inferred: irregulars standing down with no counterpart named)` };
  return { sources: armed, targets: [state], how: `source ${describe(subject.group)} (${subject.how}); target ${state.how}` };
}

/** A statement: the speaker, and the actor its content is about (the first it names, news media aside). */
function speechActors(ctx: SentenceCtx, m: TriggerMatch, about: ActorGroup | null): Found | null {
  const subject = subjectBefore(ctx, m.first, []);
  if (!subject) return null;
  const end = m.first < ctx.tail ? ctx.tail : ctx.toks.length;
  const target = about ?? ctx.groups.find((g) => g.first > m.last && g.first < end && g !== subject.group && !placeModifier(ctx, g) && !(g.governor && PLACE_GOVERNORS.has(g.governor)) && !g.members.every((a) => a.role === 'MED'));
  if (!target) return null;
  if (!about && target.members.every((t) => subject.group.members.some((a) => a.country === t.country))) return null;
  return { sources: subject.group.members, targets: target.members, how: `speaker ${describe(subject.group)} (${subject.how}); target ${describe(target)} (first actor the statement names)` };
}

const CHAIN_POS = new Set(['AUX', 'ADV', 'PART', 'VERB']);

/** Auxiliaries and "about to"-like cues bind only the verb they go with, not every verb after them in the clause. */
function inVerbChain(ctx: SentenceCtx, from: number, trigger: number, depth = 0): boolean {
  const between = ctx.toks.slice(from, trigger);
  if (between.length <= 4 && between.every((t) => CHAIN_POS.has(t.pos))) return true;
  // "will lay down their weapons and disband": a coordinated verb shares the auxiliary of the verb before it.
  const conj = ctx.toks[trigger - 1]?.lower;
  if (depth === 0 && (conj === 'and' || conj === 'or') && ctx.toks[trigger]!.pos === 'VERB') {
    for (let k = trigger - 2; k >= from && k >= trigger - 8; k--) if (ctx.toks[k]!.pos === 'VERB') return inVerbChain(ctx, from, k, 1);
  }
  const nominal = ctx.toks[trigger]!.pos === 'NOUN';
  return nominal && between.length <= 8 && between.filter((t) => t.pos === 'VERB').length <= 1;
}

function hasCue(ctx: SentenceCtx, from: number, to: number, cues: PhraseIndex): string | null {
  for (let k = Math.max(0, from); k < to; k++) {
    const words = phraseAt(ctx.toks, k, cues);
    if (!words) continue;
    const single = words.length === 1 && MODAL_AUX.has(words[0]!);
    if (single && ctx.toks[k]!.pos !== 'AUX' && ctx.toks[k]!.pos !== 'VERB') continue;
    if ((single || words[words.length - 1] === 'to') && !inVerbChain(ctx, k + words.length, to)) continue;
    return ctx.toks.slice(k, k + words.length).map((t) => t.text).join(' ');
  }
  return null;
}

function modalityOf(doc: Doc, ctx: SentenceCtx, res: EventResources, m: TriggerMatch): { modality: Modality; cue: string | null; quote: string | null } {
  const cues = res.cues;
  const start = clauseStart(ctx, m.first);
  const t = ctx.toks[m.first]!;
  const quote = doc.quotes.find((q) => q.content.some((c) => c.start <= t.start && t.end <= c.end))?.id ?? null;
  const neg = hasCue(ctx, m.first - 3, m.first, cues.negated);
  if (neg) return { modality: 'negated', cue: neg, quote };
  const hyp = hasCue(ctx, start, m.first, cues.hypothetical);
  if (hyp) return { modality: 'hypothetical', cue: hyp, quote };
  const fut = hasCue(ctx, start, m.first, cues.future);
  if (fut) return { modality: 'future', cue: fut, quote };
  if (quote) return { modality: 'reported', cue: 'inside a quote', quote };
  for (const k of ctx.reporting) if (k !== m.first) return { modality: 'reported', cue: ctx.toks[k]!.text, quote };
  return { modality: 'asserted', cue: null, quote };
}

function dateOf(doc: Doc, ctx: SentenceCtx, m: TriggerMatch): { value: string | null; timex: string | null; how: string } {
  const from = ctx.toks[clauseStart(ctx, m.first)]!.start;
  const to = ctx.toks[clauseEnd(ctx, m.last) - 1]!.end;
  const at = ctx.toks[m.first]!.start;
  let best: Timex | null = null;
  for (const x of doc.timexes) {
    if (x.start < from || x.end > to || !x.value || (x.type !== 'DATE' && x.type !== 'TIME')) continue;
    if (!best || Math.abs(x.start - at) < Math.abs(best.start - at)) best = x;
  }
  if (best) return { value: best.value, timex: best.id, how: `date ${best.value} from "${best.text}" in the clause` };
  return { value: doc.published, timex: null, how: doc.published ? `date ${doc.published}: publication date` : 'no date' };
}

function toActor(a: FoundActor): Actor {
  return { code: a.code, country: a.country, role: a.role, entity: a.entity, mention: a.mention };
}

function buildEvent(doc: Doc, ctx: SentenceCtx, res: EventResources, m: TriggerMatch, complement: TriggerMatch | null, frameCodeValue: string, found: Found, context: StageContext, frameNote: string | null = null): Event | null {
  const sources = found.sources;
  const sourceCodes = new Set(sources.map((a) => a.code));
  let targets = found.targets.filter((a) => !sourceCodes.has(a.code) || sources.length > 1);
  // A visit or a hosting is between countries: travel inside one's own country is no event.
  if (frameCodeValue === '042' || frameCodeValue === '043') targets = targets.filter((t) => t.role !== null || !sources.some((a) => a.country === t.country));
  if (sources.length === 0 || targets.length === 0) return null;
  const { toks } = ctx;
  const mod = modalityOf(doc, ctx, res, m);
  let code = frameCodeValue;
  let shift = '';
  const root = Number(code.slice(0, 2));
  let modality = mod.modality;
  // "will not end their strike", "did not release": a yield or cooperation that is refused is coded as a refusal (12).
  // "failed to renew sanctions": sanctions not renewed lapse, which eases them (085).
  if (modality === 'negated' && code === '163' && RENEWALS.has(toks[m.first]!.lemma)) {
    shift = `; sanctions not renewed lapse: coded as easing 085`;
    code = '085';
    modality = mod.quote ? 'reported' : 'asserted';
  }
  if (modality === 'negated' && root >= 4 && root <= 8) {
    const shifted = frameCode(res, 'reject', code);
    shift = `; negated ${code} coded as refusal ${shifted}`;
    code = shifted;
    modality = mod.quote ? 'reported' : 'asserted';
  }
  if ((modality === 'future' || modality === 'hypothetical') && !m.pattern.frame) {
    const frame: FrameName | null = root >= 4 && root <= 8 ? 'intent' : root >= 14 ? 'threaten' : null;
    if (frame) {
      const shifted = frameCode(res, frame, code);
      shift = `; ${mod.modality} ${code} coded as ${frame} ${shifted}`;
      code = shifted;
    }
  }
  // "US and Soviet negotiators return to Geneva for talks": parties meeting in a third country meet at a third location (044).
  if (code === '040' || code === '046') {
    const parties = new Set([...sources, ...targets].map((a) => a.country));
    const from = clauseStart(ctx, m.first);
    const to = clauseEnd(ctx, m.last);
    // One place, next to the trigger ("talks in Vienna", "return to Geneva for talks"), not a topic further on.
    const venue = ctx.groups.find((g) => g.first >= from && g.first < to && Math.abs(g.first - m.first) <= 5 && g.members.length === 1 && !g.modifier && g.governor !== null && VENUE_GOVERNORS.has(g.governor) && g.members.every((a) => a.role === null && a.country && !parties.has(a.country)));
    if (venue) {
      shift += `; meeting in ${describe(venue)}, a third country: coded as 044`;
      code = '044';
    }
  }
  // Conventional military force meets armed opponents; force against civilians is unconventional violence (18).
  if (code === '190' && targets.every((t) => t.role !== null && CIVILIAN_ROLES.has(t.role))) {
    shift += `; force against civilians coded as unconventional violence 180`;
    code = '180';
  }
  const cameo = res.lexicons.codes.get(code);
  if (!cameo) {
    context.report('warning', 'events-unknown-code', `pattern gave CAMEO code ${code}, which the code table lacks`, toks[m.first]!.start, toks[m.last]!.end);
    return null;
  }
  const plover = ploverOf(res, code, [...sources, ...targets]);
  const date = dateOf(doc, ctx, m);
  const trigger = { ...spanOf(doc.text, toks[m.first]!.start, toks[m.last]!.end), lemma: toks.slice(m.first, m.last + 1).map((t) => t.lemma).join(' ') };
  const patternText = `"${m.pattern.lemmas.slice(0, 3).join('|')}${m.pattern.lemmas.length > 3 ? '|…' : ''}"${m.cue ? ` with "${m.cue}"` : ''}`;
  const frameName = frameNote ?? m.pattern.frame;
  const frameText = (complement ? `; ${frameName} frame over "${doc.text.slice(toks[complement.first]!.start, toks[complement.last]!.end)}" (${complement.pattern.code})` : frameNote ? `; ${frameNote}` : '') + (frameNote || complement ? ` → ${frameCodeValue}` : '');
  const reason = `trigger "${trigger.text}" matched ${patternText} → ${m.pattern.code}${frameText}${shift}; ${found.how}; modality ${modality}${mod.cue ? ` ("${mod.cue}")` : ''}; ${date.how}`;
  return {
    id: '',
    trigger,
    sentence: ctx.s,
    sources: sources.map(toActor),
    targets: targets.map(toActor),
    cameo: { code, name: cameo.name, root: cameo.root, goldstein: cameo.goldstein, quadClass: cameo.quadClass },
    plover,
    modality,
    date: { value: date.value, timex: date.timex },
    quote: mod.quote,
    reason,
  };
}

/** PLOVER event, mode and contexts from the CAMEO→PLOVER table (nearest coded ancestor), plus actor-role contexts. */
function ploverOf(res: EventResources, code: string, actors: readonly FoundActor[]): Event['plover'] {
  let row = null;
  for (let n = code.length; n >= 2 && !row; n--) row = res.lexicons.plover.get(code.slice(0, n)) ?? null;
  const context = new Set(row?.context ?? []);
  if (actors.some((a) => a.role === 'MIL')) context.add('military');
  if (actors.some((a) => a.role === 'COP')) context.add('crime');
  return { event: row?.event ?? null, mode: row?.mode ?? null, context: [...context] };
}
