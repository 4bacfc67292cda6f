/** Who acts on whom: the source and target actors of a trigger, by the shape of its clause. */
import { possessive, type Word } from '../../model/index.ts';
import type { TriggerMatch } from './match-triggers.ts';
import { type Found, type SentenceCtx, codeUnder, inGroup, NOUN_LEAD_POS, isRelativePronoun, sameActor, TARGET_WINDOW, clauseEnd, clauseStart, isPassive, thatClause, type ActorGroup, type FoundActor } from './sentence.ts';
import { describe, firstConjunct, firstGroupAfter, placeModifier, speakerItself, subjectGroup, withAnaphors } from './actor-groups.ts';
import { dictionaryReading, sameActBack } from './recoding/code-pair.ts';

/** Reciprocal events only among this many members: a G20 photo call is not 380 events. */
export const MAX_RECIPROCAL = 8;


/**
 * "conveyed Tokyo's grave concerns over China", "lifting American sanctions against Russia": the source's own state
 * (no role of its own) standing as the possessor or adjective of the object noun says whose thing it is, not whom
 * the act is aimed at. The group must stand in object position (no preposition) and be followed by "'s" or a noun.
 */
export function ownStateDeterminer(ctx: Pick<SentenceCtx, 'toks'>, g: ActorGroup, sources: readonly FoundActor[]): boolean {
  const next = ctx.toks[g.last + 1];
  if (g.governor !== null || !next || !(possessive(next) || next.pos === 'NOUN' || next.pos === 'ADJ')) return false;
  return g.members.every((a) => a.role === null && a.country !== null && sources.some((s) => s.country === a.country));
}

/**
 * "Syria is willing to withdraw its troops from Lebanon": the source's own people that the object cue names are
 * what it moves or sends, not whom it acts on, when an actor of the clause is left besides them.
 */
export function ownPeople(g: ActorGroup, sources: readonly FoundActor[]): boolean {
  return g.members.every((a) => a.role !== null && a.country !== null && sources.some((s) => s.country === a.country));
}

/** "X said he was skeptical": a pronoun or description that points back to the source's side names no one new. */
function pointsBack(g: ActorGroup, sources: readonly FoundActor[]): boolean {
  return g.members.every((a) => a.referring && sources.some((s) => s.country === a.country));
}


function reciprocal(group: ActorGroup, m: TriggerMatch, how: string, mutual = false): Found | null {
  if (!(m.pattern.reciprocal || mutual) || group.members.length < 2 || group.members.length > MAX_RECIPROCAL) return null;
  return { sources: group.members, targets: group.members, how: `${how}; reciprocal: the members act on each other` };
}

export function actorsOf(ctx: SentenceCtx, m: TriggerMatch, complement: TriggerMatch | null, recent: readonly ActorGroup[]): Found | null {
  const t = ctx.toks[m.last]!;
  // "taken hostage", "set fire": a phrase led by a verb is verbal though it ends in a noun.
  const nominal = (t.pos === 'NOUN' || t.pos === 'PROPN') && ctx.toks[m.first]!.pos !== 'VERB';
  const found = participleSubject(ctx, m) ?? (nominal ? nominalActors(ctx, m, recent) : verbalActors(ctx, m, complement, recent));
  if (!found || found.sources.every((a) => victim(ctx, a))) return null;
  return bothWays(ctx, m, complement, sympathyTarget(ctx, m, found), recent);
}

/**
 * Codes whose two named parties act on each other (guidelines: talks and meetings are reciprocal); ending talks
 * (164) is the talks' end for both; a telephone conversation (041) is talks by phone (decision U: reciprocal); a
 * signed agreement (057) binds both signatories (SIGN * &TREATY [057:057]). Other symmetric pairs of the dictionary
 * (ESTABLISH * TIES [054:054]) are coded one way, as the CAMEO manual does.
 */
const MUTUAL_CODES: ReadonlySet<string> = new Set(['040', '041', '046', '057', '164']);

/** Prepositions after which the other side of talks is named: "met with Minh", "a telephone call from Morrison". */
const COUNTERPART_GOVERNORS: ReadonlySet<string> = new Set(['with', 'from']);

/**
 * "Dai met with Minh", "the union had been negotiating with the employers", "Minh held talks with Yang": a
 * meeting or talks with a named counterpart is one triple each way (guidelines: talks are reciprocal). The
 * counterpart is the verb's object or comes after "with", or after "from" ("received a telephone call from Morrison":
 * the caller; "met a delegation from Iran") ("met in Geneva" names a venue, not a party; a host country
 * standing in for the party not named is one: hostStandIn), and a
 * noun trigger must be what a finite verb does ("held talks"), not talks a clause only mentions ("the chances
 * of resuming talks with Syria").
 */
export function bothWays(ctx: SentenceCtx, m: TriggerMatch, complement: TriggerMatch | null, found: Found, recent: readonly ActorGroup[]): Found {
  if (complement || found.sources === found.targets || !mutualAct(ctx, m)) return found;
  // The counterpart may be a group anaphor ("met with them"), which stands where its phrase stands.
  const within = (g: ActorGroup) => found.targets.every((a) => g.members.some((b) => sameActor(a, b)));
  const target = withAnaphors(ctx, recent).find(within);
  if (!target || !(target.governor === null || COUNTERPART_GOVERNORS.has(target.governor) || hostStandIn(ctx, m, target, found.sources) || requester(ctx, target))) return found;
  if (!doneByFiniteVerb(ctx, m) || refused(ctx, m)) return found;
  // "met with her counterparts from A, B and C": one event is every pair of its parties, and A, B and C did not meet
  // each other: each side's act is an event of its own (the reverse event codes the counterparts' side).
  // A compound "them" may hold the source itself ("she met with them" after her meetings with them): it meets the others.
  const others = found.targets.filter((a) => !found.sources.some((s) => s.code === a.code));
  if (found.sources.length + others.length > 2) return { ...found, targets: others, mutual: true, how: `${found.how}; talks are reciprocal: the other side acts back` };
  const both = [...found.sources, ...found.targets];
  return { sources: both, targets: both, how: `${found.how}; talks are reciprocal: each side acts on the other` };
}

/**
 * "South Korean envoys held talks in North Korea": the country where talks a source held took place stands in for
 * the party not named (guidelines: places stand in for missing actors), and as that party it talks back (talks are
 * reciprocal). Only for talks named by a noun, where nominalActors lets the host stand in; a verb's place ("met in
 * Geneva") is a venue.
 */
function hostStandIn(ctx: SentenceCtx, m: TriggerMatch, target: ActorGroup, sources: readonly FoundActor[]): boolean {
  return ctx.toks[m.first]!.pos !== 'VERB' && target === hostCountry(ctx, m, sources);
}

/**
 * "held a telephone conversation at the request of Tillerson", "met Wang at the invitation of Lavrov": the one whose
 * request or invitation the talks answer is their other side. The group stands after "of" (a determiner between)
 * and a request noun before it.
 */
function requester(ctx: SentenceCtx, g: ActorGroup): boolean {
  let k = g.first - 1;
  while (k > 0 && ctx.toks[k]!.pos === 'DET') k--;
  return g.governor === 'of' && ctx.toks[k]?.lower === 'of' && ctx.lex.words.requestNouns.has(ctx.toks[k - 1]?.lemma ?? '');
}

/**
 * Talks, meetings and their end, where the own pattern marks the act reciprocal or the dictionary's reading of the
 * trigger is a symmetric pair (`END * TALKS [164:164]`, `RESUME * TALKS [046:046]`). Pairs whose codes differ (a
 * visit and its hosting) are the reverse event's (recoding/code-pair.ts).
 */
function mutualAct(ctx: SentenceCtx, m: TriggerMatch): boolean {
  return MUTUAL_CODES.has(m.pattern.code) && (!!m.pattern.reciprocal || sameActBack(dictionaryReading(ctx, m), m.pattern.code));
}

const OBJECT_LEAD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN']);

/** Words of a noun phrase before its head: "their first", "telephone", "a 20-minute" (a hyphen written against the word before). */
function leadsNoun(toks: readonly Word[], k: number): boolean {
  const t = toks[k]!;
  return OBJECT_LEAD.has(t.pos) || (t.text === '-' && k > 0 && t.start === toks[k - 1]!.end);
}

/** "Israel says it will not negotiate with Syria": a refusal is the refuser's act alone (negated cooperation is 12x). */
function refused(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const t = ctx.toks[m.first]!;
  return t.pos === 'VERB' && (ctx.syntax.verbGroupAt(t.index)?.negated ?? false);
}

/** The trigger is a finite verb ("met", "had been negotiating") or the object of one ("held their first talks", "held a 20-minute meeting"). */
function doneByFiniteVerb(ctx: SentenceCtx, m: TriggerMatch): boolean {
  let k = m.first;
  if (ctx.toks[k]!.pos !== 'VERB') {
    k--;
    while (k >= 0 && leadsNoun(ctx.toks, k)) k--;
  }
  const t = ctx.toks[k];
  return t !== undefined && t.pos === 'VERB' && (ctx.syntax.verbGroupAt(t.index)?.finite ?? false);
}

/** Nouns that name those an act was done to. */
const VICTIM_NOUNS: ReadonlySet<string> = new Set(['victim']);

/**
 * "the victims of an earthquake which hit China": victims suffer acts, they never do them (guidelines:
 * victims → CVL, as targets), so a trigger whose only source is victims is no event of theirs.
 */
export function victim(ctx: SentenceCtx, a: FoundActor): boolean {
  // An actor carried from an earlier sentence ("Both nations" → "Uganda and Rwanda") has its range in that sentence.
  const own = a.first >= 0 && ctx.groups.some((g) => g.members.includes(a));
  return own && VICTIM_NOUNS.has(ctx.toks[a.last]!.lemma);
}

/** Expressing sympathy or condolences (CAMEO 018). */
const SYMPATHY_CODE = '018';

/**
 * "in a letter to Hu, expressed condolences for the victims", "offered sympathies for the victims of a quake
 * which hit China's Sichuan": sorrow is aimed at the country that suffered, not at its victims (guidelines:
 * sorrow over a disaster → toward its country). Victims with no country of their own give way to the
 * addressee ("to Hu"), else to the first country named after them, else to no one (`---`).
 */
export function sympathyTarget(ctx: SentenceCtx, m: TriggerMatch, found: Found): Found {
  if (m.pattern.code !== SYMPATHY_CODE || !found.targets.every(unplacedVictim)) return found;
  const sources = new Set(found.sources);
  const other = (g: ActorGroup) => !g.members.some((a) => sources.has(a) || unplacedVictim(a));
  const addressee = ctx.groups.find((g) => g.governor === 'to' && other(g));
  const victims = found.targets[0]!.first;
  const place = addressee ? null : ctx.groups.find((g) => g.first > victims && other(g) && g.members.every((a) => a.country !== null));
  const to = addressee ?? place;
  if (!to) return { sources: found.sources, targets: [NO_TARGET], how: `${found.how}; victims are no target of sympathy: ${NO_TARGET.how}` };
  return { sources: found.sources, targets: to.members, how: `${found.how}; victims are no target of sympathy: ${describe(to)} (${addressee ? 'the addressee' : 'the country that suffered'})` };
}

/** Victims, families, people with no country stated: civilians the text ties to no country. */
function unplacedVictim(a: FoundActor): boolean {
  return a.role === 'CVL' && a.country === null;
}

/** How far before a trigger its participle may stand: "firing [tear gas]", "firing tear gas [to disperse]". */
const PARTICIPLE_REACH = 4;

/**
 * The participle that heads the trigger's phrase: the trigger itself or a word shortly before it, with no
 * punctuation or preposition between ("firing tear gas to disperse"); taggers often call it a noun. -1 if none.
 */
function participleBefore(toks: readonly Word[], first: number): number {
  for (let k = first; k >= Math.max(0, first - PARTICIPLE_REACH); k--) {
    const t = toks[k]!;
    if (k < first && (t.pos === 'PUNCT' || (t.pos === 'ADP' && t.lower !== 'to'))) return -1;
    if ((t.pos === 'VERB' || t.pos === 'NOUN') && t.lower.endsWith('ing')) return k;
  }
  return -1;
}

/**
 * "a television station showed police firing tear gas", "witnesses saw soldiers beating protesters": the actor
 * a verb takes as object right before a participle (or a participle and its object noun, the trigger) is the
 * participle's doer, not the clause's subject (what footage shows is coded as the act). A comma before the
 * participle makes it an adjunct of the clause ("…, killing one person"), so the actor must touch it.
 */
export function participleSubject(ctx: SentenceCtx, m: TriggerMatch): Found | null {
  const { toks } = ctx;
  const verb = participleBefore(toks, m.first);
  if (verb < 0) return null;
  const v = toks[verb]!;
  const doer = ctx.groups.find((g) => g.last === verb - 1 && g.governor === null);
  if (!doer || toks[doer.first - 1]?.pos !== 'VERB') return null;
  const end = clauseEnd(ctx, m.last);
  // "firing tear gas at protesters": a locative phrase is a target unless it only names a place.
  const target = ctx.groups.find((g) => g.first > m.last && g.first < end && !placeModifier(ctx, g) && !(g.governor && ctx.lex.governors.locative.has(g.governor) && g.members.every((a) => a.role === null)));
  const how = `source ${describe(doer)} (the object of "${toks[doer.first - 1]!.text}" doing "${v.text}")`;
  if (!target) return { sources: doer.members, targets: [NO_TARGET], how: `${how}; ${NO_TARGET.how}` };
  return { sources: doer.members, targets: target.members, how: `${how}; target ${describe(target)} (first actor after the trigger)` };
}

function verbalActors(ctx: SentenceCtx, m: TriggerMatch, complement: TriggerMatch | null, recent: readonly ActorGroup[]): Found | null {
  // "demanded that Hamas renounce …": a frame's that-clause names whom it is addressed to.
  const from = complement ? complement.last : (thatClause(ctx, m) ?? m.last);
  const end = clauseEnd(ctx, from);
  if (isPassive(ctx, m)) {
    const subject = subjectGroup(ctx, m.first, recent);
    const reach = adjunctStart(ctx, m.last, end);
    const agent = ctx.groups.find((g) => g.first > m.last && g.first < reach && g.governor === 'by');
    if (subject && !agent) return arrestedAbroad(ctx, m, end, subject.group);
    if (!agent) return null;
    // "It was forced to stop broadcasting by President Chavez": an agent acting on someone a pronoun points to that no
    // actor was read for acts on `---`; a thing as the subject ("the shot was fired by police") is acted on by no one.
    if (!subject) return pronounSubject(ctx, m) ? { sources: agent.members, targets: [NO_TARGET], how: `passive: source ${describe(agent)} after "by"; ${NO_TARGET.how}` } : null;
    return { sources: agent.members, targets: subject.group.members, how: `passive: source ${describe(agent)} after "by", target ${describe(subject.group)} (${subject.how})` };
  }
  const subject = subjectGroup(ctx, m.first, recent);
  if (!subject) return null;
  // "Both sides agreed to coordinate and support each other in holding the APEC meetings": a reciprocal pronoun as the
  // act's object makes the compound subject act on itself, whatever the clause names further on.
  const act = complement ?? m;
  const chain = verbChainEnd(ctx, act.last);
  const itself = eachOther(ctx, chain, Math.min(ctx.toks.length, chain + RECIPROCAL_OBJECT + 1)) ? reciprocal(subject.group, m, `source ${describe(subject.group)} (${subject.how}); "each other" is the object`, true) : null;
  if (itself) return itself;
  const reach = from === m.last ? argumentsEnd(ctx, m, afterCue(m), end) : end;
  // "between X and Y" inside the subject ("relations between Moscow and Beijing improved") names both parties.
  const opens = clauseStart(ctx, m.first);
  let between: ActorGroup | null = null;
  for (const g of ctx.groups) if (!between && g.first >= opens && g.last < m.first && (g.governor === 'between' || g.governor === 'among')) between = g;
  if (between) return reciprocal(between, m, `parties "between" ${describe(between)}`);
  // The object cue is what was done, not to whom ("offered its troops to Lebanon").
  const inCue = (g: ActorGroup) => m.cueAt !== null && m.cueEnd !== null && g.first < m.cueEnd && g.last >= m.cueAt;
  const sourceCodes = new Set(subject.group.members.map((a) => a.code));
  // A protest targets an authority, so places describing what was blocked are no target (an attack's may be).
  const protest = m.pattern.code.startsWith(ctx.lex.codes.protestRoot);
  // The source named again (a pronoun pointing back, "conveyed Tokyo's concerns") is no one it acts on; nor is a place
  // that only locates a noun, the court a case is heard at, or what a protest blocked.
  const namesSource = (g: ActorGroup) => g === subject.group || g.members.every((a) => sourceCodes.has(a.code)) || pointsBack(g, subject.group.members) || ownStateDeterminer(ctx, g, subject.group.members);
  const noParty = (g: ActorGroup) => placeModifier(ctx, g) || courtOfCase(m, g) || (protest && inParticipleModifier(ctx, m.last, g.first));
  const after = withAnaphors(ctx, recent).filter((g) => g.first > m.last && g.first < reach && !namesSource(g) && !noParty(g));
  // "held the soldiers responsible for the wellbeing of the president", "pardoned prisoners": an actor the
  // cue names is the one acted on, unless a recipient follows ("offered its troops to Lebanon").
  const recipient = after.some((g) => !inCue(g) && g.governor !== null && RECIPIENT_GOVERNORS.has(g.governor) && !verbBefore(ctx, chain, g.first));
  const inActCue = (g: ActorGroup) => act.cueAt !== null && act.cueEnd !== null && g.first < act.cueEnd && g.last >= act.cueAt;
  const candidates = recipient ? after.filter((g) => !inCue(g)) : after;
  // A place in the subject's own country ("battled fires in Catalonia") is where, not whom, except for acts
  // whose target is a place (curfews, ceasefires, blockades, occupations).
  const placeTarget = codeUnder((complement ?? m).pattern.code, ctx.lex.codes.placeTargets);
  const scene = asClauseStart(ctx, m.last, reach);
  const placed = candidates.filter((g) => placeTarget || !(asClauseScene(g, scene) || ownPlace(ctx, g, subject.group.members)));
  // Own people are moved only when a possible target is left: "police attacked protesters in Cairo" leaves none.
  const moved = recipient ? placed : placed.filter((g) => !inActCue(g) || !ownPeople(g, subject.group.members));
  const possible = moved.length > 0 ? moved : placed;
  // "rallied in Berlin against the Kurdish rebels": a party named after a place beats the place, which stands
  // in for a target only when none is named (guidelines: places stand in for missing actors).
  const target = actDoer(ctx, m, possible) ?? (placeTarget ? possible[0] : (possible.find((g) => !onlyPlace(ctx, g)) ?? possible[0]));
  if (target) return { sources: subject.group.members, targets: target.members, how: `source ${describe(subject.group)} (${subject.how}); target ${describe(target)} (first actor after the trigger${target.governor ? `, after "${target.governor}"` : ''})` };
  // Agreeing takes two: "X and Y agreed to a ceasefire" binds both sides, as do mutual acts a frame governs.
  const mutual = !!complement?.pattern.reciprocal || ctx.lex.words.mutualVerbs.has(ctx.toks[m.first]!.lemma) || eachOther(ctx, m.last, reach);
  return reciprocal(subject.group, m, `source ${describe(subject.group)} (${subject.how})`, mutual);
}

/** The trigger's verb has a personal pronoun as its whole subject ("It was forced", "They were expelled"). */
function pronounSubject(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const vg = ctx.syntax.verbGroupAt(ctx.toks[m.first]!.index);
  if (!vg?.subject || vg.subject.first !== vg.subject.last) return false;
  return ctx.toks[vg.subject.first - ctx.toks[0]!.index]?.pos === 'PRON';
}

/**
 * "He was arrested in Chile at Peru's request", "its ambassador in Iran had been detained": an arrest or detention
 * with no agent named is the act of the state where it took place (guidelines: places stand in for missing actors),
 * when that place is in another country than the one held. The place follows the verb or, where the held one is
 * posted, right after the held one's name. Force is left alone: who kills in a place is not its state.
 */
export function arrestedAbroad(ctx: SentenceCtx, m: TriggerMatch, end: number, held: ActorGroup): Found | null {
  // Repression (CAMEO 17: arrest, detention, expulsion, seizure): acts only a state's authorities do.
  if (!m.pattern.code.startsWith(ctx.lex.codes.repressionRoot)) return null;
  const afterVerb = (g: ActorGroup) => g.first > m.last && g.first < end;
  const posted = (g: ActorGroup) => g.first === held.last + 2 && g.last < m.first;
  const place = ctx.groups.find((g) => (afterVerb(g) || posted(g)) && g.members.length === 1 && foreignPlace(ctx, g, held.members));
  if (!place) return null;
  return { sources: place.members, targets: held.members, how: `passive with no agent: source ${describe(place)} (the state where it took place); target ${describe(held)} (the subject)` };
}

/** Bringing a lawsuit (CAMEO 115), the court a case is brought at, and the role of courts and prosecutors. */
const LAWSUIT = '115';
const COURT_GOVERNORS: ReadonlySet<string> = new Set(['at', 'in', 'before']);
const JUDICIARY = 'JUD';

/**
 * "filed a case at the Constitutional Court to ban the party": the court a lawsuit is brought at or before is where
 * the case is heard, no party it is brought against (as the place where talks are held is no party to them); the
 * party sued is named elsewhere or not at all (`---`). A court the case is brought against ("against the court") stays.
 */
export function courtOfCase(m: TriggerMatch, g: ActorGroup): boolean {
  return m.pattern.code === LAWSUIT && g.governor !== null && COURT_GOVERNORS.has(g.governor) && g.members.every((a) => a.role === JUDICIARY);
}

/** Roots of verbal and political responses (statements to threats, 01–13); protest and force (14–20) keep the usual target. */
const RESPONSE_ROOTS = /^(0\d|1[0-3])/;

/**
 * "ordered an investigation into the killings of eight Afghans by U.S.-led coalition forces", "condemned the arrest
 * of students by police": a statement, demand or investigation aimed at an act done to someone is aimed at its
 * doer, the "by" phrase after the act's "of" phrase, not at its victims. Null when the object names no such act or
 * no doer (the victims then stay the target).
 */
export function actDoer(ctx: SentenceCtx, m: TriggerMatch, candidates: readonly ActorGroup[]): ActorGroup | null {
  if (!RESPONSE_ROOTS.test(m.pattern.code)) return null;
  const victims = candidates.find((g) => g.governor === 'of');
  if (!victims) return null;
  let k = victims.first - 1;
  while (k > m.last && ctx.toks[k]!.lower !== 'of') k--;
  if (!ctx.lex.words.doneActs.has(ctx.toks[k - 1]?.lemma ?? '')) return null;
  return candidates.find((g) => g.first > victims.last && g.governor === 'by') ?? null;
}

/**
 * "China and the United States slapped tariffs on each other's goods": a reciprocal pronoun in the clause makes a
 * compound subject act on each of its members (guidelines: compound actors expand).
 */
export function eachOther(ctx: SentenceCtx, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const [a, b] = [ctx.toks[k]!.lower, ctx.toks[k + 1]?.lower];
    if ((a === 'each' && b === 'other') || (a === 'one' && b === 'another')) return true;
  }
  return false;
}

/** How far after the act "each other" may stand as its object: "support each other", "met with each other". */
const RECIPROCAL_OBJECT = 2;

/**
 * "agreed to coordinate and support each other": the infinitives after a verb, and verbs joined to them by "and" or
 * "or", are one chain whose object stands after its last verb. Returns that verb's index, or `k` when none follows.
 */
export function verbChainEnd(ctx: Pick<SentenceCtx, 'toks'>, k: number): number {
  let last = k;
  for (let j = k + 1; j < ctx.toks.length; j++) {
    const t = ctx.toks[j]!;
    if (t.pos === 'VERB') last = j;
    else if (!((t.lower === 'to' && t.pos === 'PART') || ((t.lower === 'and' || t.lower === 'or') && ctx.toks[j + 1]?.pos === 'VERB'))) break;
  }
  return last;
}

/**
 * "detained protesters to stop them from marching to Modi's residence": a verb between the act's verb chain (ending
 * at `chain`) and the phrase at `first` opens another clause, whose "to" phrase names no recipient of the act.
 */
function verbBefore(ctx: Pick<SentenceCtx, 'toks'>, chain: number, first: number): boolean {
  for (let k = chain + 1; k < first; k++) if (ctx.toks[k]!.pos === 'VERB') return true;
  return false;
}

/** Prepositions that name whom a thing is given, sent or offered to. */
const RECIPIENT_GOVERNORS: ReadonlySet<string> = new Set(['to', 'toward', 'towards', 'into', 'for']);

/** A locative phrase that names only places ("in Berlin", "at Cairo's al-Azhar Mosque"): where, not whom. */
export function onlyPlace(ctx: SentenceCtx, g: ActorGroup): boolean {
  return g.governor !== null && ctx.lex.governors.locative.has(g.governor) && g.members.every((t) => t.role === null);
}

/**
 * A place phrase whose places all lie in known countries none of `parties` is of ("in Abuja" for activists from
 * Ghana): a state other than theirs, which may stand in for a missing actor.
 */
function foreignPlace(ctx: SentenceCtx, g: ActorGroup, parties: readonly FoundActor[]): boolean {
  return onlyPlace(ctx, g) && g.members.every((t) => t.country !== null && !parties.some((a) => a.country === t.country));
}

/** Words that open a time or circumstance adjunct, whose nouns take "by" agents of their own. */
const ADJUNCT_HEADS: ReadonlySet<string> = new Set(['following', 'after', 'during', 'amid', 'amidst', 'before']);

/** The last word of a trigger's phrase, its object cue included ("offered [its] sympathies"). */
function afterCue(m: TriggerMatch): number {
  return m.cueEnd === null ? m.last : Math.max(m.last, m.cueEnd - 1);
}

/** Words that open a circumstance adjunct: "amid stalled talks between the North and the United States". */
const CIRCUMSTANCE_HEADS: ReadonlySet<string> = new Set(['amid', 'amidst']);

/** How far after "as" a finite verb shows it opens a clause of its own. */
const SUBORDINATE_REACH = 8;

/**
 * Where an adverbial clause opened by "as" starts between `from` and `end` ("fired the teargas as an ambulance …
 * approached Tunis's main street"), or `end`: "as" followed by a finite verb before any punctuation or relative
 * pronoun ("as part of", "such as Iran", "as well as" have none). The clause lexicon leaves "as" open.
 */
export function asClauseStart(ctx: SentenceCtx, from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    if (ctx.toks[k]!.lower !== 'as') continue;
    for (let j = k + 2; j < Math.min(ctx.toks.length, k + 1 + SUBORDINATE_REACH); j++) {
      const t = ctx.toks[j]!;
      if (t.pos === 'PUNCT' || isRelativePronoun(t) || t.lower === 'that') break;
      // A participle on the way ("an ambulance carrying …") is the subject's, not the clause's verb.
      if ((t.pos === 'VERB' || t.pos === 'AUX') && (ctx.syntax.verbGroupAt(t.index)?.finite ?? false)) return k;
    }
  }
  return end;
}

/**
 * "resigned as the opposition threatened …": a party an as-clause names may be whom the act answers, but a place it
 * names ("as an ambulance approached Tunis's main street") is the as-clause's own scene, no party to the act
 * (unless the act's target is a place: "imposed martial law as battles raged in central Baghdad").
 */
function asClauseScene(g: ActorGroup, scene: number): boolean {
  return g.first > scene && g.members.every((a) => a.role === null);
}

/** Consultations (CAMEO 04x): what a meeting is held to discuss is its topic, not a party (guidelines: "met B to discuss C"). */
const CONSULT_ROOT = '04';

/**
 * "held talks in North Korea amid stalled talks between the North and the United States", "held talks Tuesday to
 * discuss North Korea's denuclearization": an act's target is among its own arguments; an actor named first in a
 * circumstance adjunct or in the purpose of a meeting belongs to that phrase (guidelines: background — "met B to
 * discuss C"). The purpose of other acts names their target ("fired tear gas to disperse protesters"), and so may a
 * participial adjunct ("raided the camp, killing three militants"). Returns where the first such phrase after
 * `from` starts, or `end`.
 */
export function argumentsEnd(ctx: SentenceCtx, m: TriggerMatch, from: number, end: number): number {
  const consult = m.pattern.code.startsWith(CONSULT_ROOT);
  for (let k = from + 1; k < end; k++) {
    const t = ctx.toks[k]!;
    if (CIRCUMSTANCE_HEADS.has(t.lower)) return k;
    const next = ctx.toks[k + 1];
    if (consult && t.lower === 'to' && t.pos === 'PART' && next?.pos === 'VERB') return k;
  }
  return end;
}

/**
 * "was reportedly detained following a mutiny by soldiers": the soldiers are the mutiny's agent, not the
 * detention's. A passive's "by" agent stands before any such adjunct; returns where the first one starts, or `end`.
 */
export function adjunctStart(ctx: SentenceCtx, from: number, end: number): number {
  for (let k = from + 1; k < end; k++) if (ADJUNCT_HEADS.has(ctx.toks[k]!.lower)) return k;
  return end;
}

/** The convention's target of an event that names none ("the military is ready to fight"): `---`, no country. */
export const NO_TARGET: FoundActor = { first: -1, last: -1, code: '---', country: null, role: null, entity: null, referring: false, mention: null, how: 'no target named (---)' };

/** A country named by no word of the sentence, standing in for a party (`why` says what places it there). */
function inferredState(country: string, why: string, name: string = country): FoundActor {
  return { first: -1, last: -1, code: country, country, role: null, entity: null, referring: false, mention: null, how: `${name} (inferred: ${why})` };
}

/**
 * A verb whose clause names its subject and no other actor ("RCTV denies the accusations", "the military is ready
 * to fight", "Kenyan police fired tear gas in Nairobi") acts on no one named: the target is `---`. Asked only when
 * no other reading found parties.
 */
export function untargetedActors(ctx: SentenceCtx, m: TriggerMatch, complement: TriggerMatch | null, recent: readonly ActorGroup[]): Found | null {
  if (ctx.toks[m.first]!.pos !== 'VERB' || isPassive(ctx, m)) return null;
  const subject = subjectGroup(ctx, m.first, recent);
  if (!subject) return null;
  const clause = clauseEnd(ctx, complement ? complement.last : m.last);
  const end = complement ? clause : argumentsEnd(ctx, m, afterCue(m), clause);
  const scene = asClauseStart(ctx, m.last, end);
  // A place of the source's own country, an as-clause's scene or a place that only locates a noun ("60 kilometers
  // northeast of Baghdad") is where, no party the act could be aimed at; nor is the source named again ("Tehran
  // denies it is trying …").
  const other = (g: ActorGroup) => !asClauseScene(g, scene) && !placeModifier(ctx, g) && !ownPlace(ctx, g, subject.group.members) && !sourceAgain(ctx, m, g, subject.group.members) && !courtOfCase(m, g);
  if (ctx.groups.some((g) => g.first > m.last && g.first < end && g !== subject.group && other(g))) return null;
  const place = storyPlace(ctx, complement ?? m, end, subject.group.members);
  if (place) return { sources: subject.group.members, targets: [place], how: `source ${describe(subject.group)} (${subject.how}); target ${place.how}` };
  const suffered = complement ? null : sceneOfAct(ctx, m, end, subject.group.members);
  if (suffered) return { sources: subject.group.members, targets: suffered.members, how: `source ${describe(subject.group)} (${subject.how}); target ${describe(suffered)} (${SCENE_HOW})` };
  const awaited = awaitedParty(ctx, complement ?? m, subject.group.members);
  if (awaited) return { sources: subject.group.members, targets: awaited.members, how: `source ${describe(subject.group)} (${subject.how}); target ${describe(awaited)} (${AWAITED_HOW})` };
  const urged = urgedBefore(ctx, m, subject.group, recent);
  if (urged) return { sources: subject.group.members, targets: urged, how: `source ${describe(subject.group)} (${subject.how}); target ${urged.map((a) => a.code).join(' and ')} (the subject of what the appeal or demand before it asks)` };
  const partner = talkPartner(ctx, m, subject.group.members);
  if (partner) {
    const both = [...subject.group.members, partner];
    return { sources: both, targets: both, how: `source ${describe(subject.group)} (${subject.how}); ${partner.how}; talks are reciprocal: each side acts on the other` };
  }
  return { sources: subject.group.members, targets: [NO_TARGET], how: `source ${describe(subject.group)} (${subject.how}); ${NO_TARGET.how}` };
}

/**
 * The same side across sentences: the same code, or the same entity ("Indian Foreign Minister Subrahmanyam Jaishankar"
 * is read as the entity of "Indian", a later "Jaishankar" as his own: the code is what stays).
 */
function sameParty(a: FoundActor, b: FoundActor): boolean {
  return a.code === b.code || (a.entity !== null && a.entity === b.entity);
}

/**
 * "Jaishankar met Wang Yi in Beijing. … Jaishankar discussed investment", "He discussed with him the border issue",
 * "Merkel and her hosts discussed energy": talks (04) done by a finite verb, with one party placed and no other named,
 * are held with that party's counterpart in the story's latest consultation it took part in (ctx.talks: meetings,
 * calls, talks, visits; guidelines: talks are reciprocal). Null when the story held none with it, or the act is
 * refused ("will not negotiate": the refuser's act alone).
 */
export function talkPartner(ctx: SentenceCtx, m: TriggerMatch, sources: readonly FoundActor[]): FoundActor | null {
  if (sources.length !== 1 || !m.pattern.code.startsWith(CONSULT_ROOT) || !mutualAct(ctx, m) || !doneByFiniteVerb(ctx, m) || refused(ctx, m) || namedCounterpart(ctx, m)) return null;
  const source = sources[0]!;
  for (let k = ctx.talks.length - 1; k >= 0; k--) {
    const parties = ctx.talks[k]!.members;
    if (parties.length !== 2 || !parties.some((a) => sameParty(source, a))) continue;
    const other = parties.find((a) => !sameParty(source, a));
    if (!other) return null;
    return { ...other, first: -1, last: -1, referring: true, how: `${other.code} (${other.how}), the counterpart of the story's latest talks ${source.code} held` };
  }
  return null;
}

/** Parts of speech that open a name or a noun: what a pronoun, a preposition or an adverb is not. */
const NAMING_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'X']);

/**
 * "is scheduled to meet with Coordinating Minister Luhut", "met the South's delegation": the talks' other party is
 * named, by words no actor was read for, after "with"/"from" or as the object of a verb of meeting (meetVerbs): it is
 * that party, not the story's earlier counterpart. A pronoun there ("with him", "met them") names no one new.
 */
function namedCounterpart(ctx: SentenceCtx, m: TriggerMatch): boolean {
  const { toks } = ctx;
  const end = clauseEnd(ctx, m.last);
  const meet = ctx.lex.words.meetVerbs.has(toks[m.first]!.lemma);
  for (let k = m.last + 1; k < end; k++) {
    const slot = COUNTERPART_GOVERNORS.has(toks[k]!.lower) || (meet && k === m.last + 1);
    if (!slot) continue;
    let j = COUNTERPART_GOVERNORS.has(toks[k]!.lower) ? k + 1 : k;
    while (j < end && NOUN_LEAD_POS.has(toks[j]!.pos)) j++;
    const t = toks[j];
    // The tagger may call a title's first word a verb ("Coordinating Minister"); a time word is when, not whom.
    if (t && NAMING_POS.has(t.pos) && !ctx.isTime(t)) return true;
  }
  return false;
}

/** Roots of appeals and demands (02, 10), whose content names whom they are made of. */
const ASKING_ROOTS = /^(02|10)/;

/**
 * "Iran must stop enriching uranium, the U.S. envoy demanded", "The relevant departments of the two sides should
 * implement the consensus, he urged": an appeal or demand whose verb ends the sentence after its speaker, the
 * content standing before the comma, is made of the subject of that content: its first actor that is no
 * object or place, the speaker's own side left out. Null when the verb does not close such an attribution.
 */
export function urgedBefore(ctx: SentenceCtx, m: TriggerMatch, speaker: ActorGroup, recent: readonly ActorGroup[]): FoundActor[] | null {
  const { toks } = ctx;
  if (!ASKING_ROOTS.test(m.pattern.code) || speaker.first < 1 || speaker.last >= m.first) return null;
  let comma = speaker.first - 1;
  while (comma > 0 && toks[comma]!.pos === 'DET') comma--;
  if (toks[comma]?.text !== ',' || toks.slice(m.last + 1).some((t) => !ctx.isTime(t) && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'PROPN'))) return null;
  const content = withAnaphors(ctx, recent).find((g) => g.last < comma && (g.governor === null || ctx.lex.governors.subject.has(g.governor)));
  const asked = content?.members.filter((a) => !speaker.members.some((s) => s.code === a.code || (a.entity !== null && a.entity === s.entity)));
  return asked && asked.length > 0 ? asked : null;
}

/** Condemnation and sympathy (CAMEO 111, 018): aimed at whoever suffered what they are about. */
const SORROW_CODES: ReadonlySet<string> = new Set(['111', SYMPATHY_CODE]);
const SCENE_HOW = 'the country where the act condemned took place, named in the relative clause that tells it: places stand in for missing actors';

/**
 * "condemned the terrorist attack that targeted a gas field in Iraq's Kurdistan region": a condemnation of an act
 * done (words.doneActs) whose relative clause tells where it took place, no party named, is aimed at the country of
 * that place (guidelines: sorrow over a disaster in a province of A → toward A), when it is not the source's own. The
 * relative clause must open right after the act's noun, and the place name a country ("in the capital" names none).
 */
export function sceneOfAct(ctx: SentenceCtx, m: TriggerMatch, end: number, sources: readonly FoundActor[]): ActorGroup | null {
  if (!SORROW_CODES.has(m.pattern.code) || !doneActTold(ctx, end)) return null;
  const stop = clauseEnd(ctx, end + 1);
  return ctx.groups.find((g) => g.first > end && g.first < stop && foreignPlace(ctx, g, sources)) ?? null;
}

/** The word before `end` names an act done (words.doneActs) and a relative clause opens at `end`: "the attack that targeted …". */
function doneActTold(ctx: SentenceCtx, end: number): boolean {
  const [act, rel] = [ctx.toks[end - 1], ctx.toks[end]];
  return act?.pos === 'NOUN' && ctx.lex.words.doneActs.has(act.lemma) && (isRelativePronoun(rel) || rel?.lower === 'that');
}

/** Nouns for a place within a country: "toured quake-hit areas", "the besieged town of Darayya". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['area', 'region', 'zone', 'town', 'city', 'village', 'province', 'district', 'location']);

/** Cooperation (03–07: intent, visits and talks, ties, aid), which goes to a place when it goes to no one named. */
const TO_PLACES = /^0[3-7]/;

/**
 * "toured quake-hit areas and pledged relief", "ready to provide aid for the rebuilding of the stricken areas",
 * "delivered food to the besieged town of Darayya": cooperation a source brings to a place the story's own country
 * holds, no party named, goes to that country (guidelines: places stand in for missing actors). The place is a
 * place noun of the act's clause; its country is the one the story names most often, when that is not the source's
 * own. Null otherwise (the act keeps `---`).
 */
export function storyPlace(ctx: SentenceCtx, m: TriggerMatch, end: number, sources: readonly FoundActor[]): FoundActor | null {
  const country = ctx.index.storyCountry;
  if (!country || !TO_PLACES.test(m.pattern.code) || sources.some((a) => a.country === country)) return null;
  // "toured quake-hit areas and pledged relief": a verb joined by "and" to the one before brings it to that one's places.
  const before = firstConjunct(ctx, m.first);
  for (let k = (before >= 0 ? before : m.last) + 1; k < end; k++) {
    const t = ctx.toks[k]!;
    if (t.pos !== 'NOUN' || !PLACE_NOUNS.has(t.lemma)) continue;
    return inferredState(country, `"${t.text}" is a place of the story's country, ${country}`);
  }
  return null;
}

/**
 * "Tehran denies it is trying …", "warned that they would …": the subject of the clause right after the trigger (only
 * "that" or time words between), read as the source itself, is the source telling of itself, no second party. A
 * pronoun further on ("blamed what he called …") is left to block, as any actor named there does.
 */
export function sourceAgain(ctx: SentenceCtx, m: TriggerMatch, g: ActorGroup, sources: readonly FoundActor[]): boolean {
  if (!g.members.every((a) => speakerItself(a, sources))) return false;
  for (let k = m.last + 1; k < g.first; k++) if (ctx.toks[k]!.lower !== 'that' && !ctx.isTime(ctx.toks[k]!)) return false;
  return true;
}

/** "battled fires in Catalonia", "fired tear gas in Nairobi": a place phrase in the source's own country says where, not whom. */
export function ownPlace(ctx: SentenceCtx, g: ActorGroup, sources: readonly FoundActor[]): boolean {
  return g.governor !== null && ctx.lex.governors.locative.has(g.governor) && g.members.every((t) => t.role === null && sources.some((a) => a.country === t.country));
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
    return toks.slice(g.last + 1, m.first).every((t) => possessive(t) || t.lower === "'" || t.lower === '’' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM');
  });
  const reach = argumentsEnd(ctx, m, afterCue(m), ctx.toks.length);
  const after = withAnaphors(ctx, recent).filter((g) => g.first > m.last && g.first <= m.last + 6 && g.first < reach && !placeModifier(ctx, g) && (m.first >= ctx.tail || g.first < ctx.tail));
  const between = after.find((g) => g.governor === 'between' || g.governor === 'among') ?? (m.pattern.reciprocal ? betweenAfterPredicate(ctx, m) : null);
  if (between && !modifier && m.pattern.reciprocal) return reciprocal(between, m, `parties "between" ${describe(between)}`);
  if (between && !modifier) {
    // "mediation between Syria and the PLO": the parties are the targets of whoever acts.
    const subject = subjectGroup(ctx, m.first, recent);
    if (!subject) return null;
    return { sources: subject.group.members, targets: between.members, how: `source ${describe(subject.group)} (${subject.how}); targets "between" ${describe(between)}` };
  }
  // "attacks by X" names the actor; a "by" further on belongs to another noun ("reforms by the government").
  const agent = after.find((g) => g.governor === 'by' && g.first <= m.last + 3);
  const target = after.find((g) => g.governor !== null && ctx.lex.governors.nominalTarget.has(g.governor));
  let source: ActorGroup | null = agent ?? null;
  let how = agent ? `source ${describe(agent)} after "by"` : '';
  if (!source && modifier && (target || modifier.members.length === 1)) {
    source = modifier;
    how = `source ${describe(modifier)} modifies the trigger`;
  }
  if (!source && modifier && modifier.members.length >= 2) return reciprocal(modifier, m, `parties ${describe(modifier)} modify the trigger`);
  if (!source) {
    const subject = subjectGroup(ctx, m.first, recent);
    if (!subject || subject.group === modifier) return null;
    source = subject.group;
    how = `source ${describe(source)} (${subject.how}, the trigger is its object)`;
    if (modifier && !target) return { sources: source.members, targets: modifier.members, how: `${how}; target ${describe(modifier)} modifies the trigger` };
  }
  const that = thatClause(ctx, m);
  const scene = asClauseStart(ctx, m.last, reach);
  const named = target ?? (source === agent ? null : firstGroupAfter(ctx, m.last, that === null ? Math.min(reach, clauseEnd(ctx, m.last)) : clauseEnd(ctx, that), source, ctx.lex.governors.locative));
  const tgt = named && asClauseScene(named, scene) ? null : named;
  if (tgt && tgt !== source) return { sources: source.members, targets: tgt.members, how: `${how}; target ${describe(tgt)}${tgt.governor ? ` after "${tgt.governor}"` : ''}` };
  const struck = tgt ? null : passiveBearer(ctx, m, recent);
  if (struck && struck !== source) return { sources: source.members, targets: struck.members, how: `${how}; target ${describe(struck)} (the subject of the passive the trigger completes)` };
  const together = reciprocal(source, m, how);
  if (together || tgt) return together;
  // "South Korean envoys held talks in North Korea": a place abroad stands in for the party not named (guidelines),
  // for an act the source does ("held talks"), not one it suffers ("have been slain in killings in Russia").
  const host = doneByFiniteVerb(ctx, m) ? hostCountry(ctx, m, source.members) : null;
  if (host && host.first < reach) return { sources: source.members, targets: host.members, how: `${how}; target ${describe(host)} (the country where it took place: places stand in for missing actors)` };
  const awaited = awaitedParty(ctx, m, source.members);
  if (awaited) return { sources: source.members, targets: awaited.members, how: `${how}; target ${describe(awaited)} (${AWAITED_HOW})` };
  const venue = attendedVenue(ctx, m, source.members);
  return venue && { sources: source.members, targets: [venue], how: `${how}; target ${venue.how}` };
}

/**
 * "Riot police in Santiago, Chile fired tear gas … Bush, Hu Jintao and Koizumi will attend the talks": a meeting
 * attended (recoding/attendance.ts: ATTEND [042:043]) whose venue the sentence does not name is held where the story
 * is, its country the one the story names most (storyCountry), when the attendees are not of it (guidelines: a
 * leader attending a summit in C → 042 toward C; places stand in for missing actors). Null otherwise.
 */
export function attendedVenue(ctx: SentenceCtx, m: TriggerMatch, sources: readonly FoundActor[]): FoundActor | null {
  const country = ctx.index.storyCountry;
  if (m.pattern.code !== ctx.lex.codes.attendance.to || !country || sources.some((a) => a.country === country)) return null;
  return inferredState(country, `the meeting attended is held in the story's country, ${country}`);
}

/** Words that open the condition an act waits on: "until Britain apologizes", "unless Iran halts enrichment". */
const CONDITIONS: ReadonlySet<string> = new Set(['until', 'unless']);
const AWAITED_HOW = 'the party the act waits on: the subject of the until- or unless-clause after it';

/**
 * "voted to stop all cooperation until Britain meets three demands", "decided to withhold rice aid until Pyongyang
 * began to carry out its pledge": an act that names no party but waits on a condition is aimed at the party the
 * condition asks to act, the subject of the until- or unless-clause that ends the act's clause. Asked only when no
 * target is named; null when the condition names no other actor as the subject of a finite verb ("until Monday").
 */
export function awaitedParty(ctx: SentenceCtx, m: TriggerMatch, sources: readonly FoundActor[]): ActorGroup | null {
  const at = clauseEnd(ctx, m.last);
  if (!CONDITIONS.has(ctx.toks[at]?.lower ?? '')) return null;
  const g = ctx.groups.find((x) => x.first > at && x.first <= at + 2);
  const verb = g && ctx.toks[g.last + 1];
  if (!g || !verb || !(ctx.syntax.verbGroupAt(verb.index)?.finite ?? false) || g.members.every((a) => sources.some((s) => s.code === a.code))) return null;
  return g;
}

/** Parts of the predicate of an occurrence that may stand between its subject and "between": "are expected to take place". */
const OCCURRENCE_POS: ReadonlySet<string> = new Set(['AUX', 'VERB', 'PART', 'ADV']);
const PLACE_NOUN = 'place';

/**
 * "more talks are scheduled to take place between the Indian and Pakistani officials", "a meeting will be held
 * among the three leaders": a reciprocal act that is the subject of a verb of occurrence has as parties the group
 * after "between" or "among" that its predicate ends in (guidelines: talks and meetings are reciprocal). The
 * predicate is verbs, auxiliaries, particles, adverbs, time words and the "place" of "take place"; a noun of
 * its own ("reduce tension between …") makes the phrase that noun's. Null when no verb follows the trigger.
 */
export function betweenAfterPredicate(ctx: SentenceCtx, m: TriggerMatch): ActorGroup | null {
  const { toks } = ctx;
  let k = m.last + 1;
  let verb = false;
  while (k < toks.length && (OCCURRENCE_POS.has(toks[k]!.pos) || ctx.isTime(toks[k]!) || (verb && toks[k]!.lemma === PLACE_NOUN))) {
    if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') verb = true;
    k++;
  }
  const prep = toks[k]?.lower;
  if (!verb || (prep !== 'between' && prep !== 'among')) return null;
  return ctx.groups.find((g) => g.first > k && g.first <= k + 2 && g.governor === prep && g.members.length >= 2) ?? null;
}

/** Prepositions by which a passive verb takes the act done to its subject: "hit with sanctions", "struck by air strikes". */
const PASSIVE_INSTRUMENT: ReadonlySet<string> = new Set(['with', 'by']);

/**
 * "All members of Russia's Duma will be hit with EU sanctions": a nominal act after a passive verb's "with" or
 * "by" is done to that verb's subject, which names no one else. The group between ("EU") is the act's doer.
 * Null when the trigger completes no passive.
 */
export function passiveBearer(ctx: SentenceCtx, m: TriggerMatch, recent: readonly ActorGroup[]): ActorGroup | null {
  const { toks } = ctx;
  let p = m.first - 1;
  while (p >= 0 && (NOUN_LEAD_POS.has(toks[p]!.pos) || inGroup(ctx.groups, p))) p--;
  const verb = toks[p - 1];
  if (!toks[p] || !PASSIVE_INSTRUMENT.has(toks[p]!.lower) || verb?.pos !== 'VERB' || !ctx.syntax.passiveAt(verb.index)) return null;
  return subjectGroup(ctx, p - 1, recent)?.group ?? null;
}

/**
 * Protesters act against a government: with no target named, or only their own country named as the place,
 * the target is their country's government (inferred, so it has no span).
 */
export function protestActors(ctx: SentenceCtx, m: TriggerMatch, complement: TriggerMatch | null, recent: readonly ActorGroup[]): Found | null {
  const found = actorsOf(ctx, m, complement, recent) ?? protestersByPlace(ctx, m, recent);
  const own = (t: FoundActor, sources: readonly FoundActor[]) => t.role === null && sources.some((a) => a.country === t.country);
  if (found && !found.targets.every((t) => own(t, found.sources))) return found;
  const sources = found?.sources ?? subjectGroup(ctx, m.first, recent)?.group.members;
  if (!sources) return null;
  // "blockade Paris to demand an end to the European Community's farm reform": what they demand names whom they protest.
  const aimed = demandedOf(ctx, m, sources) ?? hostCountry(ctx, m, sources) ?? frontedPlace(ctx, m, sources);
  if (aimed) return { sources, targets: aimed.members, how: `source ${sources.map((a) => `${a.code} (${a.how})`).join(' and ')}; target ${describe(aimed)} (${aimed.first < m.first ? 'the place they protest at, opening the sentence' : aimed.governor && ctx.lex.governors.locative.has(aimed.governor) ? 'the country they protest in' : 'named in what the protest demands'})` };
  // "dockworkers went on strike": workers who strike with no target named strike against employers the text
  // does not name (`---`), not their government, unless the sentence names their government ("a bill signed
  // by the Labour Minister").
  const governed = ctx.groups.some((g) => g.members.some((a) => a.role === GOVERNMENT && sources.some((x) => x.country !== null && x.country === a.country)));
  if (m.pattern.code.startsWith(STRIKE) && sources.every((a) => a.role === LABOUR) && !governed) return { sources, targets: [NO_TARGET], how: `source ${sources.map((a) => `${a.code} (${a.how})`).join(' and ')}; workers striking: ${NO_TARGET.how}` };
  const country = sources.find((a) => a.country && /^[A-Z]{3}$/.test(a.country) && !/^(IGO|NGO|IMG)/.test(a.code))?.country;
  // "the opposition resumed demonstrations": protesters of no stated country protest no stated government
  // (guidelines: an event with no target gets the target `---`; never borrow another actor's country).
  if (!country) return { sources, targets: [NO_TARGET], how: `source ${sources.map((a) => `${a.code} (${a.how})`).join(' and ')}; ${NO_TARGET.how}` };
  const government: FoundActor = { first: -1, last: -1, code: `${country}GOV`, country, role: 'GOV', entity: null, referring: false, mention: null, how: `government of ${country} (inferred: a protest with no other target)` };
  return { sources, targets: [government], how: `source ${sources.map((a) => `${a.code} (${a.how})`).join(' and ')}; target ${government.how}` };
}


/**
 * "Activists from Ghana staged a protest in Abuja": a protest abroad with no target named is aimed at the
 * host country (guidelines), the place of another country the protest's clause names.
 */
export function hostCountry(ctx: SentenceCtx, m: TriggerMatch, sources: readonly FoundActor[]): ActorGroup | null {
  const end = clauseEnd(ctx, m.last);
  return ctx.groups.find((g) => g.first > m.last && g.first < end && foreignPlace(ctx, g, sources)) ?? null;
}

/** The preposition of where protesters come from. */
const ORIGIN_PREP = 'from';
/** How far into the sentence the fronted place may start: after its preposition and a determiner or two. */
const FRONTED_PLACE_REACH = 3;

/**
 * "Outside the embassy, thousands of demonstrators gathered": a place phrase that opens the protest's clause, set off
 * by a comma, is where they protest as a place after the verb is: a body there (an embassy) is the target, a place of
 * another country the host (guidelines: a protest abroad targets the host country). Null otherwise.
 */
export function frontedPlace(ctx: SentenceCtx, m: TriggerMatch, sources: readonly FoundActor[]): ActorGroup | null {
  // The sentence's opening phrase (a clause start would stop at its comma), led by a preposition of place; "from"
  // says where they came from, not where they protest.
  const prep = ctx.toks[0]?.lower ?? '';
  if (!ctx.lex.governors.sourcePlace.has(prep) || prep === ORIGIN_PREP) return null;
  const g = ctx.groups.find((x) => x.first > 0 && x.first <= FRONTED_PLACE_REACH && x.last < m.first && !x.members.some((a) => sources.includes(a)));
  if (!g || ctx.toks[g.last + 1]?.text !== ',') return null;
  for (let k = 1; k < g.first; k++) if (ctx.toks[k]!.pos !== 'DET' && ctx.toks[k]!.pos !== 'ADJ') return null;
  const body = g.members.every((a) => a.role !== null && a.country !== null);
  const abroad = g.members.every((a) => a.role === null && a.country !== null && !sources.some((s) => s.country === a.country));
  return body || abroad ? g : null;
}

/** The CAMEO code of strikes and boycotts, the role of unions and workers, and of government. */
const STRIKE = '143';
const LABOUR = 'LAB';
export const GOVERNMENT = 'GOV';

/** The first foreign actor named after "to demand" / "demanding" / "to protest" in the protest's sentence (own authorities are the default). */
function demandedOf(ctx: SentenceCtx, m: TriggerMatch, sources: readonly FoundActor[]): ActorGroup | null {
  const end = Math.min(ctx.toks.length, m.last + 1 + TARGET_WINDOW + 5);
  for (let k = m.last + 1; k < end; k++) {
    const t = ctx.toks[k]!;
    if (t.pos !== 'VERB' || !ctx.lex.words.demandVerbs.has(t.lemma)) continue;
    // "to protest … fraud in last year's election, which its leader lost to President Ruto": a relative clause
    // says something about what is demanded, it names no one the protest is aimed at.
    const stop = Math.min(end, clauseEnd(ctx, k));
    return ctx.groups.find((g) => g.first > k && g.first < stop && g.members.every((a) => !sources.some((x) => x.country === a.country))) ?? null;
  }
  return null;
}

/**
 * "Thousands of people blocked streets in Hong Kong in defiance of Chinese authorities": protesters the text
 * names by no actor are people of the place they protest in; the target is the next actor named, if any.
 */
function protestersByPlace(ctx: SentenceCtx, m: TriggerMatch, recent: readonly ActorGroup[]): Found | null {
  if (subjectGroup(ctx, m.first, recent)) return null;
  const end = clauseEnd(ctx, m.last);
  const place = ctx.groups.find((g) => g.first > m.last && g.first < end && (g.governor === 'in' || g.governor === 'at') && g.members.every((a) => a.role === null));
  if (!place) return null;
  const how = `protesters of ${describe(place)}, the place they protest in`;
  const target = ctx.groups.find((g) => g.first > place.last && g.first < end && !(g.governor && ctx.lex.governors.locative.has(g.governor)));
  if (!target) return { sources: place.members, targets: [], how };
  return { sources: place.members, targets: target.members, how: `${how}; target ${describe(target)} (the next actor named)` };
}

/**
 * "the rebels will lay down their weapons and disband": irregulars who stand down with no counterpart named
 * stand down toward the state of their country (the manual codes the opponent of a ceasefire or demobilisation).
 */
export function standDownActors(ctx: SentenceCtx, m: TriggerMatch, recent: readonly ActorGroup[]): Found | null {
  const subject = subjectGroup(ctx, m.first, recent);
  const armed = subject?.group.members.filter((a) => a.role !== null && ctx.lex.roles.armed.has(a.role) && a.country && /^[A-Z]{3}$/.test(a.country));
  if (!subject || !armed || armed.length === 0) return null;
  const state = inferredState(armed[0]!.country!, 'irregulars standing down with no counterpart named', `the state of ${armed[0]!.country}`);
  return { sources: armed, targets: [state], how: `source ${describe(subject.group)} (${subject.how}); target ${state.how}` };
}

/** A statement: the speaker, and the actor its content is about (the first it names, news media aside). */
export function speechActors(ctx: SentenceCtx, m: TriggerMatch, about: ActorGroup | null): Found | null {
  const subject = subjectGroup(ctx, m.first, []);
  if (!subject) return null;
  const end = m.first < ctx.tail ? ctx.tail : ctx.toks.length;
  const target = about ?? ctx.groups.find((g) => g.first > m.last && g.first < end && g !== subject.group && !placeModifier(ctx, g) && !(g.governor && ctx.lex.governors.place.has(g.governor)) && !g.members.every((a) => a.role === 'MED') && !pointsBack(g, subject.group.members));
  if (!target) return null;
  if (!about && target.members.every((t) => subject.group.members.some((a) => a.country === t.country))) return null;
  return { sources: subject.group.members, targets: target.members, how: `speaker ${describe(subject.group)} (${subject.how}); target ${describe(target)} (first actor the statement names)` };
}

/** The civilian role (guidelines: civilians, villagers, crowds, people → CVL). */
const CIVILIAN = 'CVL';

/**
 * "arrested at least 17 people … near the Sri Lankan capital", "seized the foreigners around midnight": when the
 * object cue itself names plain people that no actor covers, they are whom the act was done to (`---CVL`), not a
 * place named further on nor no one. A place right after them ("17 people in Kenya") gives their country
 * (guidelines: a place phrase attached to the noun gives the country).
 */
export function peopleActedOn(ctx: SentenceCtx, m: TriggerMatch, found: Found): Found {
  if (m.cueAt === null || m.cueEnd === null) return found;
  const k = m.cueEnd - 1;
  const noun = ctx.toks[k]!;
  if (noun.pos !== 'NOUN' || !ctx.lex.words.personCues.has(noun.lemma) || inGroup(ctx.groups, k)) return found;
  // A bare country named after the people, in a place phrase or on its own ("near the Sri Lankan capital"), is where.
  const placed = (t: FoundActor) => t.role === null && ctx.groups.some((g) => g.members.includes(t) && g.first > k && (g.governor === null || ctx.lex.governors.locative.has(g.governor)));
  if (!found.targets.every((t) => t === NO_TARGET || placed(t))) return found;
  const at = ctx.groups.find((g) => g.first === k + 2 && ctx.toks[k + 1]!.lower === 'in' && onlyPlace(ctx, g) && g.members.length === 1 && g.members[0]!.country !== null);
  const country = at ? at.members[0]!.country : null;
  const people: FoundActor = {
    first: k, last: k, code: `${country ?? '---'}${CIVILIAN}`, country, role: CIVILIAN, entity: null, referring: false,
    mention: { start: noun.start, end: noun.end, text: noun.text },
    how: `people "${noun.text}", the object cue${at ? `, of ${country} by the place after them` : ''}`,
  };
  return { sources: found.sources, targets: [people], how: `${found.how}; target ${people.code} (${people.how}: the people acted on)` };
}
