/** The actors link read in a sentence, grouped into compound actors, as the coder chooses among them. */
import { COLLECTIVE_CODES, has, possessive, verbGroupsIn, WORD, type ActorReading, type Event, type Syntax, type VerbGroup, type Word } from '../../model/index.ts';
import { inGroup, isRelativePronoun, NOUN_LEAD_POS, clauseStart, conjunctionBefore, overlapsGroup, type ActorGroup, type FoundActor, type SentenceCtx } from './sentence.ts';
import { loadNameHeads } from '../../lexicons/entities/name-heads.ts';

const JOINERS = new Set(['and', ',', '-', '/', '&']);

/** The sentence's actor readings with token ranges local to its words. */
export function sentenceActors(readings: readonly ActorReading[], first: number): FoundActor[] {
  // A literal of the record's fields, not a spread: link builds its readings in several key orders, and a spread of
  // each keeps its own shape, so every later read of an actor's field would see many shapes (and a spread of many
  // shapes takes V8's slow path).
  return readings.map((a) => ({ first: a.first - first, last: a.last - first, code: a.code, country: a.country, role: a.role, entity: a.entity, mention: a.mention, referring: a.referring, how: a.how }));
}

/**
 * Group adjacent actors joined by "and", commas or hyphens. An agent after the last member applies to every
 * member ("Russian and US officials" → RUSGOV, USAGOV).
 */
export function groupActors(syntax: Syntax, toks: readonly Word[], actors: readonly FoundActor[], maxMembers: number, ties: ReadonlySet<string>, personRoles: ReadonlySet<string>): ActorGroup[] {
  const groups: ActorGroup[] = [];
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    // "the army and the country's police": the possessor opens the phrase of the actor it owns, which is the
    // member; the possessor stays an actor of its own, after the compound it stands in.
    const owner = i > 0 && possessorOf(toks, actors[i - 1]!, a) ? actors[i - 1]! : null;
    const prev = groups[groups.length - (owner ? 2 : 1)];
    const owns = i + 1 < actors.length && possessorOf(toks, a, actors[i + 1]!);
    const from = owner ? owner.first : a.first;
    if (!owns && prev && prev.members.length < maxMembers && joined(toks, titleEnd(toks, prev.last, from, personRoles), from, headed(toks, prev))) {
      prev.members.push(a);
      prev.last = a.last;
      continue;
    }
    groups.push({ first: a.first, last: a.last, members: [a], governor: syntax.governorOf(toks, a.first), modifier: false });
  }
  // Most sentences join no actors: their groups stand as they are (no flatMap, V8's slow builtin, per sentence).
  const split = groups.some(isCompound)
    ? groups.flatMap((g) =>
        g.members.length > 1 && !hasConjunction(toks, g)
          ? g.members.map((m) => ({ first: m.first, last: m.last, members: [m], governor: syntax.governorOf(toks, m.first), modifier: false }))
          : [g],
      )
    : groups;
  const named: ActorGroup[] = [];
  for (const g of withoutDescriptors(toks, split)) if (!currencyName(toks, g)) named.push(g);
  const out = agentsOfList(toks, named, ties);
  for (const g of out) {
    const next = toks[g.last + 2];
    g.modifier = toks[g.last + 1]?.text === '-' && next !== undefined && /ed$/.test(next.lower);
    const last = g.members[g.members.length - 1]!;
    // Only an agent noun is shared ("Russian and US officials"); a name's own role is its own ("the United States and the Taliban").
    if (g.members.length > 1 && last.role && toks[last.last]?.pos === 'NOUN') {
      // A collective actor ("world leaders and officials") is complete: it takes no agent.
      g.members = g.members.map((m) => (m.role || m.code.length !== 3 || COLLECTIVE_CODES.has(m.code) ? m : { ...m, code: m.code + last.code.slice(3), role: last.role, how: `${m.how} + shared agent` }));
    }
    g.members = collectiveScope(g.members);
    const lead = leadingAgent(toks, g);
    // Only the members from the agent on share it: "China and the presidents of Bolivia and Chile" leaves China a country.
    const from = lead ? g.members.indexOf(lead) : -1;
    if (lead) g.members = g.members.map((m, i) => (i < from || m.role || m.code.length !== 3 || COLLECTIVE_CODES.has(m.code) ? m : { ...m, code: m.code + lead.code.slice(3), role: lead.role, how: `${m.how} + shared agent before "of"` }));
  }
  return out;
}

function isCompound(g: ActorGroup): boolean {
  return g.members.length > 1;
}

/**
 * "More world leaders and officials have offered their sympathies": a collective actor's modifier ("world") takes in
 * the agents joined after it that name no country of their own; they are the collective, not unplaced agents (`---GOV`).
 */
export function collectiveScope(members: FoundActor[]): FoundActor[] {
  const k = members.findIndex((m) => COLLECTIVE_CODES.has(m.code));
  if (k < 0) return members;
  return members.filter((m, i) => i <= k || m.country !== null || m.role === null || m.entity !== null);
}

/**
 * "the presidents of Bolivia, Chile and Peru", "the foreign ministers of Russia and China": an agent before
 * "of" that link read into a member (the first, or the first after a titled member: "the EU foreign policy chief
 * and the foreign ministers of the USA, Britain …") applies to every member (guidelines: compound actors expand).
 */
export function leadingAgent(toks: readonly Word[], g: ActorGroup): FoundActor | null {
  if (g.members.length < 2) return null;
  const ofInside = (m: FoundActor) => toks.slice(m.first, m.last).some((t) => t.lower === 'of');
  return g.members.find((m) => m.role && m.code.length >= 6 && ofInside(m)) ?? null;
}

/** Signs of a sum of money after a country's name: "U.S. $37 million", "Hong Kong $ 5 billion". */
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);

/** "pledged nearly U.S. $37 million": a country's name before a currency sign names the currency, not a party. */
export function currencyName(toks: readonly Word[], g: ActorGroup): boolean {
  const next = toks[g.last + 1]?.text ?? '';
  return g.members.length === 1 && (CURRENCY_SIGNS.has(next) || CURRENCY_SIGNS.has(next.charAt(0)));
}

/** Nouns for a country that a descriptor before them and a name after "of" tell apart: "the Indian Ocean nation of Comoros". */
const STATE_NOUNS: ReadonlySet<string> = new Set(['nation', 'country', 'state', 'kingdom', 'republic', 'island', 'archipelago', 'emirate', 'territory']);

/**
 * "the Indian Ocean nation of Comoros", "the Gulf state of Qatar": an actor read in the descriptor before "nation of"
 * only places the country the name after "of" gives; the name is the actor, and stands where the phrase stands (its
 * governor is the phrase's).
 */
export function withoutDescriptors(toks: readonly Word[], groups: readonly ActorGroup[]): ActorGroup[] {
  const out: ActorGroup[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    const named = groups[i + 1];
    let k = g.last + 1;
    while (toks[k]?.pos === 'ADJ') k++;
    if (named && STATE_NOUNS.has(toks[k]?.lemma ?? '') && toks[k + 1]?.lower === 'of' && named.first === k + 2) {
      out.push({ ...named, governor: g.governor });
      i++;
      continue;
    }
    out.push(g);
  }
  return out;
}

/** Words between a tie and the list it ties an agent to: "from [the three friendly countries of] A, B and C". */
const LIST_LEAD_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ']);
/** Prepositions of a place phrase between an agent and its tie: "diplomats [in Tehran] representing …". */
const POSTED_IN: ReadonlySet<string> = new Set(['in', 'at']);

/**
 * "diplomats in Tehran representing France, Germany, Italy and the UK", "her counterparts from the three friendly
 * countries of Papua New Guinea, Norway, and China", "officials from France and Italy": an agent noun read on its own
 * before a tie word (`ties`) and a list of bare countries is each listed country's agent (guidelines: compound actors
 * expand, roles stack), one actor standing where the agent stands. A place phrase may stand between ("in Tehran":
 * where they serve, which also gave the agent's country); otherwise an agent that has a country has the list's first.
 */
export function agentsOfList(toks: readonly Word[], groups: readonly ActorGroup[], ties: ReadonlySet<string>): ActorGroup[] {
  const out: ActorGroup[] = [];
  for (let i = 0; i < groups.length; i++) {
    const agent = groups[i]!;
    const a = agent.members[0]!;
    let j = i + 1;
    let k = agent.last + 1;
    const place = groups[j];
    const posted = place !== undefined && POSTED_IN.has(toks[k]?.lower ?? '') && place.first === k + 1 && place.members.every((m) => m.role === null);
    if (posted) {
      k = place.last + 1;
      j++;
    }
    const tie = k;
    if (ties.has(toks[k]?.lower ?? '')) k++;
    while (k < toks.length && (LIST_LEAD_POS.has(toks[k]!.pos) || STATE_NOUNS.has(toks[k]!.lemma) || toks[k]!.lower === 'of')) k++;
    const list = groups[j];
    const bare = list !== undefined && list.members.every((m) => m.role === null && m.entity !== null && m.country !== null && m.code === m.country);
    if (agent.members.length !== 1 || !a.role || a.entity !== null || k === tie || !bare || list.first !== k || !(a.country === null || posted || a.country === list.members[0]!.country)) {
      out.push(agent);
      continue;
    }
    const words = toks.slice(agent.first, agent.last + 1).map((t) => t.text).join(' ');
    const members = list.members.map((m) => ({ ...m, code: m.country + a.code.slice(3), role: a.role, how: `${m.how} + agent "${words}" "${toks[tie]!.text}" it` }));
    out.push({ first: agent.first, last: list.last, members, governor: agent.governor, modifier: false });
    i = j;
  }
  return out;
}

/** Words of a noun phrase between its possessor and its head: "the country's [own] security forces". */
const POSSESSED_LEAD: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'NUM']);
const POSSESSED_REACH = 3;

/** Actor `p` is the possessor of actor `b`: "'s" right after it, and only a few nominal words before `b`. */
export function possessorOf(toks: readonly Word[], p: FoundActor, b: FoundActor): boolean {
  const mark = toks[p.last + 1];
  if (!mark || !possessive(mark) || b.first <= p.last + 1 || b.first - (p.last + 2) > POSSESSED_REACH) return false;
  for (let k = p.last + 2; k < b.first; k++) if (!POSSESSED_LEAD.has(toks[k]!.pos)) return false;
  return true;
}

/** "A, B and C" is a compound; "Syria, Israel radio reported" is two actors. */
function hasConjunction(toks: readonly Word[], g: ActorGroup): boolean {
  for (let k = g.first; k <= g.last; k++) if (toks[k]!.lower !== ',' && JOINERS.has(toks[k]!.lower) && !g.members.some((m) => m.first <= k && k <= m.last)) return true;
  return false;
}

/**
 * Words that may open a member's noun phrase after its joiner when the member before is a noun phrase with a head of
 * its own: a count ("2,500 U.S. troops and 1,000 Iraqi soldiers"), a possessive determiner ("a South Korean captain
 * and his Filipino crewman").
 */
const MEMBER_LEAD: ReadonlySet<string> = new Set(['NUM']);
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/**
 * The group ends in an agent noun ("U.S. troops", "a South Korean captain"): a whole noun phrase, so a phrase joined
 * after it with a count or a possessive is a party of its own. After a bare name ("sent troops to Iraq and 500
 * engineers to Kuwait") it is another object, and a shared agent would give Iraq the engineers' role.
 */
function headed(toks: readonly Word[], g: ActorGroup): boolean {
  return g.members[g.members.length - 1]!.role !== null && toks[g.last]?.pos === 'NOUN';
}

/** How many words a title the link reading left out may have: "foreign policy chief". */
const TITLE_WORDS = 3;

/**
 * "the EU foreign policy chief and the foreign ministers of the USA, …": a title the agent table lacks, left after an
 * actor's name, ends that actor's noun phrase, and "and" after it joins the next actor as a member of the same
 * compound (guidelines: compound actors expand). Only a title ending in a person's role noun ("Chinese goods and
 * the EU" joins nothing), of a few adjectives and nouns; returns where the first actor's phrase ends (`last` when
 * no such title follows it).
 */
export function titleEnd(toks: readonly Word[], last: number, next: number, personRoles: ReadonlySet<string>): number {
  let k = last + 1;
  while (k < next && k <= last + TITLE_WORDS && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NOUN')) k++;
  return k > last + 1 && personRoles.has(toks[k - 1]!.lemma) ? k - 1 : last;
}

function joined(toks: readonly Word[], lastOfPrev: number, firstOfNext: number, headed = false): boolean {
  const n = firstOfNext - lastOfPrev - 1;
  if (n <= 0 || n > 3) return false;
  let joiner = false;
  for (let k = lastOfPrev + 1; k < firstOfNext; k++) {
    const t = toks[k]!;
    if (JOINERS.has(t.lower) && !spacedDash(toks, k)) joiner = true;
    // Only after the joiner: "Iraq's 2,500 troops" joins nothing.
    else if (!(t.pos === 'DET' || (headed && joiner && (MEMBER_LEAD.has(t.pos) || POSSESSIVE_DETERMINERS.has(t.lower))))) return false;
  }
  return joiner;
}

/**
 * "Colombia - Washington's closest ally", "Tunis - Tunisian police": a hyphen with a space on both sides is a
 * dash (an apposition, a dateline's end), no joiner; "Russian-Chinese" is written against its words.
 */
function spacedDash(toks: readonly Word[], k: number): boolean {
  const t = toks[k]!;
  const [prev, next] = [toks[k - 1], toks[k + 1]];
  return t.text === '-' && prev !== undefined && next !== undefined && prev.end < t.start && t.end < next.start;
}

/** The subject of the clause ending before `end`: its first actor group not inside a place or object phrase. */
export function subjectGroup(ctx: SentenceCtx, end: number, recent: readonly ActorGroup[]): { group: ActorGroup; how: string } | null {
  const parsed = verbSubject(ctx, end);
  const anaphor = subjectAnaphor(ctx, end, parsed, recent);
  if (anaphor) return anaphor;
  if (parsed) return { group: parsed, how: 'subject of the verb' };
  if (parsed === null) return null;
  const speaker = quotedFirstPerson(ctx, end);
  if (speaker) return { group: speaker, how: 'the first person, or an organization\'s "he", in a quote: its speaker' };
  const firstVerb = firstConjunct(ctx, end);
  if (firstVerb >= 0) {
    const shared = subjectGroup(ctx, reporterOfConjunct(ctx, firstVerb), recent);
    return shared && { group: shared.group, how: `${shared.how}, shared by the verbs joined by "and"` };
  }
  const author = authorOfText(ctx, end);
  if (author) return { group: author, how: 'the author of the text that is the subject' };
  const pronoun = subjectPronoun(ctx, end);
  let stop = end;
  for (let hop = 0; hop < 3 && stop > 0; hop++) {
    const start = clauseStart(ctx, stop);
    const inClause = ctx.groups.filter((x) => x.first >= start && x.last < stop && !x.modifier && !numberClash(pronoun, x) && !(hop > 0 && objectOfUnnamedSubject(ctx, start, x)));
    // The subject's own name first; else a place or origin inside the subject ("rebels in the Ivory Coast").
    const g = inClause.find((x) => x.governor === null || ctx.lex.governors.subject.has(x.governor)) ?? inClause.find((x) => x.governor !== null && ctx.lex.governors.subjectPlace.has(x.governor));
    if (g) return { group: g, how: hop === 0 ? 'subject of the clause' : 'subject of the governing clause' };
    const anaphor = groupAnaphor(ctx, start, stop, recent);
    if (anaphor) return anaphor;
    stop = start - 1;
  }
  // "The envoys of South Korea and the United States held talks. … They also agreed to meet again": an unread "they"
  // that no actor of its sentence takes is the last compound actor named (guidelines: compound actors expand).
  const pair = pronoun?.lower === 'they' ? earlierCompound(ctx, pronoun.index - ctx.toks[0]!.index, recent, true) : null;
  return pair && { group: pair, how: `"they" refers back to ${pair.members.map((a) => a.code).join(' and ')}, the last compound actor named` };
}

/**
 * "Other private networks also opposed Mr. Chavez, but their criticism …": in a governing clause whose subject names
 * no actor, an actor after the clause's finite verb is its object, not the subject the later clause shares ("their"
 * is the networks'). When an actor stands before the verb, the object may still be what a pronoun of the other
 * number points to ("it targeted militants after they fired …": numberClash).
 */
export function objectOfUnnamedSubject(ctx: Pick<SentenceCtx, 'toks' | 'syntax' | 'groups'>, start: number, g: ActorGroup): boolean {
  for (let k = start; k < g.first; k++) {
    const t = ctx.toks[k]!;
    if (t.pos === 'VERB' && (ctx.syntax.verbGroupAt(t.index)?.finite ?? false)) return !ctx.groups.some((x) => x.first >= start && x.last < k);
  }
  return false;
}

/** The personal pronouns a subject may be, by number. */
const PRONOUN_NUMBER: ReadonlyMap<string, 'one' | 'many'> = new Map([['it', 'one'], ['he', 'one'], ['she', 'one'], ['they', 'many']]);

/** The personal pronoun that is the whole subject of the verb at or governing `at`, or null. */
function subjectPronoun(ctx: SentenceCtx, at: number): Word | null {
  const t = ctx.toks[governingVerb(ctx, at)];
  const vg = t ? ctx.syntax.verbGroupAt(t.index) : null;
  if (!vg?.subject || vg.subject.first !== vg.subject.last) return null;
  const w = ctx.toks[vg.subject.first - ctx.toks[0]!.index];
  return w && PRONOUN_NUMBER.has(w.lower) ? w : null;
}

/**
 * "Israel's military says it targeted militants after they fired rockets": a pronoun subject left unread takes an
 * actor of a clause before it, but never one read from a pronoun of the other number ("they" is not the "it").
 */
export function numberClash(pronoun: Word | null, g: ActorGroup): boolean {
  const want = pronoun ? PRONOUN_NUMBER.get(pronoun.lower) : undefined;
  if (!want) return false;
  return g.members.every((a) => {
    const read = a.referring && a.mention ? PRONOUN_NUMBER.get(a.mention.text.toLowerCase()) : undefined;
    return read !== undefined && read !== want;
  });
}

/** Verbs by which a text comes from its author: "a document released by", "a report issued by". */
const AUTHORING_VERBS: ReadonlySet<string> = new Set(['release', 'issue', 'publish', 'sign', 'write', 'submit', 'file']);

/** How far back from its "by" agent a text's participle may stand: "released Monday by". */
const AUTHOR_REACH = 3;

/**
 * "A document released Monday by a federal judge accuses Mr. Menem": a text names no actor, but says what its
 * author says (guidelines: the source is whoever makes the statement), so its "by" agent after an authoring
 * participle that follows the subject noun is the source. "A man arrested by police accuses …" is no text: "arrest"
 * authors nothing.
 */
export function authorOfText(ctx: SentenceCtx, end: number): ActorGroup | null {
  const start = clauseStart(ctx, end);
  for (const g of ctx.groups) {
    if (g.governor !== 'by' || g.first < start || g.last >= end) continue;
    let by = g.first - 1;
    while (by > start && ctx.toks[by]!.lower !== 'by' && NOUN_LEAD_POS.has(ctx.toks[by]!.pos)) by--;
    if (ctx.toks[by]?.lower !== 'by') continue;
    for (let k = by - 1; k >= Math.max(start + 1, by - AUTHOR_REACH); k--) {
      const t = ctx.toks[k]!;
      if (t.pos === 'VERB' && AUTHORING_VERBS.has(t.lemma)) {
        const text = ctx.toks[k - 1]!;
        if (text.pos === 'NOUN' && !ctx.groups.some((x) => x.first <= k - 1 && k - 1 <= x.last)) return g;
        break;
      }
      if (!ctx.isTime(t)) break;
    }
  }
  return null;
}

/**
 * "Although U.S. sanctions have squeezed Iran, Israel has demanded …": the actor group the syntax reads as the
 * subject of the trigger's own verb group beats the first actor of the clause, which an opening adverbial
 * clause may hold. Null when the verb has no subject there or it holds no actor.
 */
export function verbSubject(ctx: SentenceCtx, at: number): ActorGroup | null | undefined {
  const t = ctx.toks[governingVerb(ctx, at)];
  const vg = t ? ctx.syntax.verbGroupAt(t.index) : null;
  if (!vg?.subject) return undefined;
  const base = ctx.toks[0]!.index;
  const [first, last] = [vg.subject.first - base, vg.subject.last - base];
  if (first < 0) return undefined;
  const group = ctx.groups.find((g) => g.first <= last && g.last >= first && !g.modifier && (g.governor === null || ctx.lex.governors.subject.has(g.governor)));
  if (group) return possessed(ctx, group, last) ?? group;
  // "as flames overcame their houses": a common noun right before its verb, naming no actor, is the doer,
  // and no actor further back is. A pronoun or a name the tables lack says nothing ("they will release").
  // Only a subject that opens its clause ("as flames …", "say the fires …", "hopes the combination of
  // sanctions will resolve …"): one after a name ("Hizbollah
  // (Party of God) group", "Washington along with its allies") may be the rest of an actor's phrase.
  const head = ctx.toks[last];
  const before = ctx.toks[first - 1];
  const opens = first === clauseStart(ctx, at) || CLAUSE_OPENERS.has(before?.lower ?? '') || before?.pos === 'VERB' || afterAdverbial(ctx, first);
  const unread = !overlapsGroup(ctx.groups, first, last);
  if (unread && unknownName(ctx, first, last)) return null;
  return head?.pos === 'NOUN' && opens && (vg.first - base === last + 1 || relativeAside(ctx, last + 1, vg.first - base)) && unread ? null : undefined;
}

/**
 * "Sudan's paramilitary Rapid Support Forces agreed …": a subject that opens with a possessor is its possessed
 * actor's phrase; the possessor only places it. Null when no actor of the subject (ending at `last`) is owned.
 */
export function possessed(ctx: Pick<SentenceCtx, 'toks' | 'groups'>, g: ActorGroup, last: number): ActorGroup | null {
  const owner = g.members[g.members.length - 1]!;
  return ctx.groups.find((h) => h.first > g.last && h.first <= last && possessorOf(ctx.toks, owner, h.members[0]!)) ?? null;
}

/**
 * "Hours later, in southern Zabul province, a similar explosion wounded …", "Elsewhere, a series of airdrops …": a
 * comma after an opening adverbial (a word no actor holds, or a place after its preposition) leaves the noun after
 * it the subject; a comma after a name ("Hamas, the militant group, …") sets off its apposition.
 */
function afterAdverbial(ctx: SentenceCtx, first: number): boolean {
  if (ctx.toks[first - 1]?.text !== ',' || first < 2) return false;
  const g = ctx.groups.find((x) => x.first <= first - 2 && first - 2 <= x.last);
  return !g || g.governor !== null;
}

/**
 * "Negroponte told a Senate committee that Mr. Chavez is seeking closer ties with Iran": a subject that is a
 * person's name after an honorific, which the tables do not know, is still someone: the act is that person's,
 * and no actor of the governing clause is borrowed for it. (A bare unknown name may be the rest of a phrase.)
 */
function unknownName(ctx: Pick<SentenceCtx, 'toks'>, first: number, last: number): boolean {
  return loadNameHeads().honorifics.has(ctx.toks[first]!.text) && last > first && ctx.toks[last]!.pos === 'PROPN';
}

/**
 * "The United States has condemned the jailing … and has demanded his release", "Treasury will continue to target
 * Tehran's revenue sources and intensify pressure": a verb joined by "and" that the syntax gives no subject of its
 * own shares the first verb's subject; an actor inside the first verb's object is never its subject. Returns the
 * nearest finite verb before the conjunction that heads no noun phrase (inNounPhrase), or -1 (no coordinated verb,
 * or one with its own subject).
 */
export function firstConjunct(ctx: SentenceCtx, at: number): number {
  const k = governingVerb(ctx, at);
  const and = conjunctionBefore(ctx, k);
  if (and < 0 || ctx.syntax.verbGroupAt(ctx.toks[k]!.index)?.subject) return -1;
  const start = clauseStart(ctx, and);
  for (let j = and - 1; j >= Math.max(0, start - CONJUNCT_REACH); j--) {
    const t = ctx.toks[j]!;
    if (t.pos === 'VERB' && ctx.syntax.verbGroupAt(t.index)?.finite && !inNounPhrase(ctx.toks, j)) return j;
  }
  return -1;
}

/**
 * "A spokesman said the protests had remained peaceful and denied that …": when the verb before "and" is the
 * reported clause's, whose subject is a noun naming no actor (verbSubject null) right after a reporting verb (or its
 * "that"), "and" joins the reporting verb: a thing does not deny. Returns that reporting verb, else `j`.
 */
export function reporterOfConjunct(ctx: SentenceCtx, j: number): number {
  const vg = ctx.syntax.verbGroupAt(ctx.toks[j]!.index);
  if (!vg?.subject || verbSubject(ctx, j) !== null) return j;
  let r = vg.subject.first - ctx.toks[0]!.index - 1;
  if (ctx.toks[r]?.lower === 'that') r--;
  return ctx.reporting.has(r) ? r : j;
}

/**
 * "the president and his detained ministers, and urged …", "Chinese vessels and their escorts of …": a word the
 * tagger calls a verb right after a determiner or a possessive ("his", "the", "Syria's") is a participle or noun of
 * a noun phrase, no verb a later one is joined to.
 */
export function inNounPhrase(toks: readonly Word[], j: number): boolean {
  const before = toks[j - 1];
  return before !== undefined && (before.pos === 'DET' || has(before, WORD.POSSESSIVE) || possessive(before));
}

/** How far before the clause of "and" the first conjunct's verb may stand. */
const CONJUNCT_REACH = 25;

/**
 * "the deal, which was signed Wednesday, will allow …": tokens `from`..`to` (exclusive) are a relative clause
 * set off by commas, which leaves the noun before it the subject of the verb after it.
 */
export function relativeAside(ctx: Pick<SentenceCtx, 'toks'>, from: number, to: number): boolean {
  const { toks } = ctx;
  return to - from >= 3 && toks[from]?.text === ',' && toks[to - 1]?.text === ',' && isRelativePronoun(toks[from + 1]) && !toks.slice(from + 1, to - 1).some((t) => t.text === ',');
}

/** First-person subjects and possessors: in a quote they are its speaker. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['we', 'i', 'our', 'my']);

/**
 * "'We will not accept the outcome,' the opposition leader said": a first-person subject (or a subject the first
 * person owns, "our protests") inside a quote is the speaker the sentence's trailing attribution names; so is an
 * unread "he" or "she" in an organization's statement.
 */
export function quotedFirstPerson(ctx: SentenceCtx, at: number): ActorGroup | null {
  const t = ctx.toks[governingVerb(ctx, at)];
  const vg = t ? ctx.syntax.verbGroupAt(t.index) : null;
  const base = ctx.toks[0]!.index;
  const first = vg?.subject ? vg.subject.first - base : at - 1;
  const word = ctx.toks[first];
  const quote = word ? ctx.index.quoteAt(word.index) : null;
  if (!word || !(FIRST_PERSON.has(word.lower) || THIRD_PERSON.has(word.lower)) || quote === null) return null;
  const r = [...ctx.reporting].filter((k) => k > at && k >= ctx.tail - 1).sort((a, b) => a - b)[0];
  const speaker = r === undefined ? quoteSpeaker(ctx, quote) : attributedSpeaker(ctx, r);
  if (!speaker || FIRST_PERSON.has(word.lower)) return speaker;
  // "'He strongly condemns the coup,' the AU said": an organization's statement speaks of its head in the third
  // person; a person's "he" is someone else ("'He is a traitor,' the minister said"), and a read "he" is left to corefer.
  // Whether the speaker is an organization is the quotes stage's reading of the attribution, not the entity layer's.
  const read = inGroup(ctx.groups, first);
  return !read && ctx.index.speakerKind(quote) === 'organization' ? speaker : null;
}

/**
 * "'We condemn the mutiny,' the AU said in a statement. 'We call on the army …'": a quote whose
 * sentence names no speaker continues a statement attributed before; its speaker is the actor link read where the
 * quotes stage found the speaker named (guidelines: the source is whoever makes the statement), standing in no
 * range of this sentence. Null when none was read there.
 */
export function quoteSpeaker(ctx: Pick<SentenceCtx, 'index'>, quote: string): ActorGroup | null {
  const a = ctx.index.speakerActor(quote);
  if (!a) return null;
  const member: FoundActor = { ...a, first: -1, last: -1, referring: true, how: `${a.how}; the speaker of the quote this sentence continues` };
  return { first: -1, last: -1, members: [member], governor: null, modifier: false };
}

/** Third-person singular subjects: in an organization's quoted statement, its head. */
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * The actor the attribution of reporting verb `r` names (", the rebel commander said."; ", said the commander."), or
 * null. A subject before the verb is the speaker, and one after it only when none stands before: in ", Kishida told
 * reporters." the actor after the verb is whom he told.
 */
export function attributedSpeaker(ctx: SentenceCtx, r: number): ActorGroup | null {
  const before = ctx.groups.filter((g) => g.first >= ctx.tail && g.last < r).pop();
  // ", told reporters": the object of "tell" is whom the speaker told, never the speaker.
  return before ?? (ctx.toks[r]!.lemma === ADDRESSING_VERB ? null : ctx.groups.find((g) => g.first > r)) ?? null;
}

/** The reporting verb whose object is the addressee. */
const ADDRESSING_VERB = 'tell';

/** Subordinators before a clause's subject: "as flames overcame their houses". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'because', 'although', 'though', 'since', 'after', 'before', 'if', 'unless', 'whereas']);

/** Words of a noun phrase between a verb and its object's head: "resumed [anti-government] demonstrations". */
const OBJECT_LEAD_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN']);
const OBJECT_LEAD_REACH = 4;

/** The verb a trigger is (`at` itself) or whose object it heads ("the opposition resumed anti-government demonstrations"); else `at`. */
function governingVerb(ctx: SentenceCtx, at: number): number {
  if (ctx.toks[at]?.pos === 'VERB') return at;
  for (let k = at - 1; k >= Math.max(0, at - OBJECT_LEAD_REACH); k--) {
    const t = ctx.toks[k]!;
    if (t.pos === 'VERB') return k;
    if (!OBJECT_LEAD_POS.has(t.pos) || inGroup(ctx.groups, k)) return at;
  }
  return at;
}

/** The last words of a list of two-word phrases, derived once per list. */
const lastWords = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * Can `w` end one of `phrases` (as written or by its lemma)? This is asked of every word of a sentence for each
 * trigger, and most words end none: they are passed over without building a phrase for them to look up.
 */
function endsPhrase(phrases: ReadonlySet<string>, w: Word): boolean {
  let ends = lastWords.get(phrases);
  if (!ends) lastWords.set(phrases, (ends = new Set([...phrases].map((p) => p.slice(p.lastIndexOf(' ') + 1)))));
  return ends.has(w.lower) || ends.has(w.lemma);
}

/**
 * "the two sides", "both countries": the last compound actor named before token k, when k opens such a phrase
 * (anaphorHead).
 */
function anaphorReferent(ctx: SentenceCtx, k: number, recent: readonly ActorGroup[], subject: boolean): ActorGroup | null {
  // "the two sides", "both countries": every such phrase counts two.
  return anaphorHead(ctx, k) < 0 ? null : lastCompound(ctx, k, recent, subject);
}

/** Parts of speech after "the two" that make "two" a noun's number ("the two leaders"), not the phrase's head. */
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Where the group anaphor that token k opens ends, or -1: a phrase of the list (groupAnaphors) whose second word is a
 * plural noun ("the two sides", "both ministers", "the parties"), "two" only after "the" ("the number two leader of
 * the FARC" names no pair); "the two" standing alone ("During the meeting, the two also discussed …") ends at k.
 */
function anaphorHead(ctx: SentenceCtx, k: number): number {
  // Read per word of the sentence: plain reads, no array or callback, and none before the first word.
  const a = ctx.toks[k]!;
  const b = ctx.toks[k + 1];
  if (!b || (a.lower === 'two' && (k === 0 || ctx.toks[k - 1]!.lower !== 'the'))) return -1;
  if (a.lower === 'two' && !NOUN_PHRASE_POS.has(b.pos) && b.text !== '-') return k;
  const phrases = ctx.lex.words.groupAnaphors;
  if (b.lower === b.lemma || !endsPhrase(phrases, b)) return -1;
  const named = phrases.has(`${a.lemma} ${b.lemma}`) || phrases.has(`${a.lemma} ${b.lower}`) || phrases.has(`${a.lower} ${b.lemma}`) || phrases.has(`${a.lower} ${b.lower}`);
  return named ? k + 1 : -1;
}

/**
 * What "the two sides" at token k stands for: the last compound actor of two named before it in its own sentence,
 * else one of the sentences before (earlierCompound).
 */
function lastCompound(ctx: Pick<SentenceCtx, 'groups'>, k: number, recent: readonly ActorGroup[], subject: boolean): ActorGroup | null {
  return ctx.groups.filter((x) => x.last < k && x.members.length === 2).pop() ?? earlierCompound(ctx, k, recent, subject, 2) ?? (subject ? guestAndHost(ctx, k, recent) : null);
}

/**
 * "Marsudi met her counterparts … Indonesia and Papua New Guinea agreed … The governments of Indonesia and Norway
 * agreed … During the bilateral meeting with Chinese Foreign Minister Wang Yi, the two sides discussed …": a subject
 * "the two sides" after the one party its own sentence names (the guest) is that party and the side the story
 * follows from meeting to meeting: the one country that the pairs named before (recent) pair with two partners or
 * more. Null otherwise: after one meeting ("Kishida met Yoon. During a dinner with Li Qiang, the two sides …")
 * either party may have dined.
 */
export function guestAndHost(ctx: Pick<SentenceCtx, 'groups'>, k: number, recent: readonly ActorGroup[]): ActorGroup | null {
  const named = ctx.groups.filter((x) => x.last < k);
  const guest = named.length === 1 && named[0]!.members.length === 1 ? named[0]!.members[0]! : null;
  if (!guest?.country) return null;
  const partners = new Map<string, Set<string>>();
  const pair = (p: string, q: string) => (partners.get(p) ?? partners.set(p, new Set()).get(p)!).add(q);
  for (const x of recent) {
    const [p, q] = x.members.map((a) => a.country);
    if (x.members.length !== 2 || !p || !q || p === q) continue;
    pair(p, q);
    pair(q, p);
  }
  const leads = [...partners].filter(([country, met]) => country !== guest.country && met.size >= 2);
  if (leads.length !== 1) return null;
  const [lead, met] = leads[0]!;
  const host = recent.flatMap((x) => x.members).filter((a) => a.country === lead).pop()!;
  const side: FoundActor = { ...host, first: -1, last: -1, referring: true, how: `${host.how}; the side the story follows (${lead}, paired with ${[...met].join(', ')}), meeting ${guest.code}` };
  return { first: named[0]!.first, last: k + 1, members: [side, guest], governor: null, modifier: false };
}

/**
 * The plural antecedent of the sentences before (recent) that an anaphor at token k stands for: the latest one for
 * "they", which a plural noun named since ("the protesters") may be, and then no compound; the latest of exactly
 * `count` members when the anaphor says how many ("the two sides" is no three-country meeting). For a subject, a
 * party its own sentence names before it that the compound lacks ("during the meeting with Z, the two sides …") is
 * nearer: the compound is not borrowed. An object's sentence names its subject there.
 */
export function earlierCompound(ctx: Pick<SentenceCtx, 'groups'>, k: number, recent: readonly ActorGroup[], subject: boolean, count?: number): ActorGroup | null {
  const fits = (x: ActorGroup) => (count === undefined ? x.members.length >= 2 : x.members.length === count);
  const last = count === undefined ? recent[recent.length - 1] : recent.filter(fits).pop();
  const nearer = last && subject && ctx.groups.some((x) => x.last < k && x.members.some((a) => !last.members.some((b) => b.code === a.code)));
  return last && fits(last) && !nearer ? last : null;
}

/**
 * "The two sides discussed trade", "The two leaders agreed": a verb's subject that is a group anaphor stands for the
 * compound it refers back to, whether link read no actor there (a common noun) or only an agent of no country
 * ("leaders" → ---GOV). A subject that names its own country ("the two Korean leaders") is left to link.
 */
function subjectAnaphor(ctx: SentenceCtx, at: number, parsed: ActorGroup | null | undefined, recent: readonly ActorGroup[]): { group: ActorGroup; how: string } | null {
  if (parsed && !parsed.members.every((a) => a.country === null && !a.entity)) return null;
  const t = ctx.toks[governingVerb(ctx, at)];
  const vg = t ? ctx.syntax.verbGroupAt(t.index) : null;
  if (!vg?.subject) return null;
  const base = ctx.toks[0]!.index;
  return groupAnaphor(ctx, Math.max(0, vg.subject.first - base), vg.subject.last - base, recent);
}

function groupAnaphor(ctx: SentenceCtx, start: number, stop: number, recent: readonly ActorGroup[]): { group: ActorGroup; how: string } | null {
  for (let k = start; k < stop; k++) {
    const g = anaphorReferent(ctx, k, recent, true);
    if (g) return { group: g, how: `"${ctx.toks.slice(k, anaphorHead(ctx, k) + 1).map((t) => t.text).join(' ')}" refers back to ${g.members.map((a) => a.code).join(' and ')}` };
  }
  return null;
}

/**
 * "Washington accuses the two countries of …": a group anaphor outside the subject is a party too, the compound it
 * refers back to, standing where the phrase stands (guidelines: compound actors expand). Phrases inside an actor
 * read by link are left to it.
 */
function anaphorGroups(ctx: SentenceCtx, recent: readonly ActorGroup[]): ActorGroup[] {
  const out: ActorGroup[] = [];
  for (let k = 0; k < ctx.toks.length; k++) {
    if (overlapsGroup(ctx.groups, k, k + 1)) continue;
    const them = pluralObject(ctx, k, recent);
    const g = them ?? (k + 1 < ctx.toks.length ? anaphorReferent(ctx, k, recent, false) : null);
    if (!g) continue;
    const governor = ctx.syntax.governorOf(ctx.toks, k);
    // "to discuss relations between the two countries": a topic, not a party.
    if (governor === 'between' || governor === 'among') continue;
    out.push(anaphorGroup(ctx, k, them ? k : anaphorHead(ctx, k), g, governor));
  }
  return out;
}

/**
 * The group of the anaphor at words [k, last], its members those of the group `g` it refers back to. A function of its
 * own: a closure in anaphorGroups' loop would make V8 allocate a context for every word of every sentence.
 */
function anaphorGroup(ctx: SentenceCtx, k: number, last: number, g: ActorGroup, governor: string | null): ActorGroup {
  const how = `"${ctx.toks.slice(k, last + 1).map((t) => t.text).join(' ')}" refers back to`;
  return { first: k, last, members: g.members.map((a) => ({ ...a, first: k, last, how: `${how} ${a.code} (${a.how})` })), governor, modifier: false };
}

/** The plural personal pronoun of an object: "met with them". */
const PLURAL_OBJECT = 'them';

/**
 * "Marsudi held meetings with her counterparts from Norway and China. … she met with them": an unread "them" stands
 * for the last compound actor named in its own sentence, else the plural subject of an earlier verb of it
 * (earlierSubject), else the last compound of the sentences before (guidelines: compound actors expand),
 * unless a plural common noun its sentence names before it, read as an actor or not, may be what it points to
 * ("seized weapons and destroyed them", "captured soldiers and killed them"). Null when token k is no such "them".
 */
export function pluralObject(ctx: Pick<SentenceCtx, 'toks' | 'groups' | 'syntax'>, k: number, recent: readonly ActorGroup[]): ActorGroup | null {
  if (ctx.toks[k]!.lower !== PLURAL_OBJECT) return null;
  const own = ctx.groups.filter((x) => x.last < k && x.members.length >= 2).pop() ?? earlierSubject(ctx, k);
  if (own) return own;
  for (let j = 0; j < k; j++) if (pluralNoun(ctx.toks[j], j === 0)) return null;
  return earlierCompound(ctx, k, recent, false);
}

/**
 * "The Chinese ships left the waters after Japan Coast Guard ships warned them to leave": "them" right after a verb
 * whose own subject is an actor stands for the plural actor that is the subject of an earlier verb of its sentence,
 * another than that subject. A verb that shares the subject ("The rebels seized the weapons and destroyed them") or
 * a plural that is no verb's subject ("captured soldiers and killed them") leaves "them" to the nouns before it.
 */
export function earlierSubject(ctx: Pick<SentenceCtx, 'toks' | 'groups' | 'syntax'>, k: number): ActorGroup | null {
  const base = ctx.toks[0]!.index;
  const subjectOf = (vg: VerbGroup | null | undefined) =>
    vg?.subject ? ctx.groups.find((g) => g.first <= vg.subject!.last - base && g.last >= vg.subject!.first - base) ?? null : null;
  const verb = ctx.toks[k - 1];
  const doer = verb?.pos === 'VERB' ? subjectOf(ctx.syntax.verbGroupAt(verb.index)) : null;
  if (!doer) return null;
  // A plural subject: its head is a plural noun ("The Chinese ships", which link reads as CHN from "Chinese").
  const plural = (vg: VerbGroup) => vg.subject !== null && pluralNoun(ctx.toks[vg.subject.last - base], vg.subject.last === base);
  const earlier = verbGroupsIn(ctx.syntax.verbGroups, base, base + doer.first).filter((vg) => vg.finite && vg.first - base >= 0 && vg.last - base < doer.first && plural(vg)).map(subjectOf);
  return earlier.filter((g): g is ActorGroup => g !== null && g !== doer && g.members.length === 1 && g.members[0]!.code !== doer.members[0]!.code).pop() ?? null;
}

/** The sentence's groups and its group anaphors (anaphorGroups), in text order: the parties an act may target. */
export function withAnaphors(ctx: SentenceCtx, recent: readonly ActorGroup[]): ActorGroup[] {
  return [...ctx.groups, ...anaphorGroups(ctx, recent)].sort((a, b) => a.first - b.first);
}

/**
 * "China says it will reopen", "Tehran denies it is trying", "the rebels said they hit": a reading that points back
 * to one of `speakers` (link or corefer resolved a pronoun to it) is that speaker itself, no second party: the same
 * entity, or for an actor with no entity (an agent: "the rebels"), the same code. A named actor never is.
 */
export function speakerItself(a: FoundActor, speakers: readonly FoundActor[]): boolean {
  return a.referring && speakers.some((s) => s !== a && (a.entity !== null ? a.entity === s.entity : s.entity === null && s.code === a.code));
}

/**
 * "European-based missiles", "a Damascus-based group", "in Balad Ruz, 60 kilometers northeast of Baghdad": a place that
 * only locates a noun, or is the landmark a distance is measured from, is no party.
 */
export function placeModifier(ctx: Pick<SentenceCtx, 'toks' | 'lex'>, g: ActorGroup): boolean {
  return (g.modifier && ctx.toks[g.last + 2]?.lower === 'based') || landmark(ctx, g.first);
}

/** Token `first` opens the place after "<distance> <compass point> of [the]": "60 kilometers northeast of Baghdad". */
export function landmark(ctx: Pick<SentenceCtx, 'toks' | 'lex'>, first: number): boolean {
  let k = first - 1;
  if (ctx.toks[k]?.lower === 'the') k--;
  const [of, point, unit] = [ctx.toks[k], ctx.toks[k - 1], ctx.toks[k - 2]];
  return of?.lower === 'of' && point !== undefined && ctx.lex.words.compassPoints.has(point.lower) && unit !== undefined && ctx.lex.words.distanceUnits.has(unit.lemma);
}

export function firstGroupAfter(ctx: SentenceCtx, from: number, to: number, exclude: ActorGroup | null, skip: ReadonlySet<string>): ActorGroup | null {
  return ctx.groups.find((g) => g.first > from && g.first < to && g !== exclude && !placeModifier(ctx, g) && !(g.governor && skip.has(g.governor))) ?? null;
}

export function describe(g: ActorGroup): string {
  return g.members.map((a) => `${a.code} (${a.how})`).join(' and ');
}

/**
 * The plural antecedents a sentence leaves for the next ones, in text order: its compound actors, the parties of a
 * consultation it codes (`consultations`, consultationParties) not already named as one group, and what a plural noun names ("the protesters", "students gathered"),
 * read as an actor or the subject of a finite verb, which stands between a later "they" and a compound named before
 * it (no members: "they" then borrows no compound).
 */
export function pluralAntecedents(ctx: SentenceCtx, consultations: readonly ActorGroup[], maxMembers: number): ActorGroup[] {
  const { syntax, toks, groups } = ctx;
  const plural: ActorGroup[] = [];
  // "The two sides discussed trade. They also agreed …", "both ministers" read as an agent: a group anaphor names the
  // compound it refers back to, no new plural.
  const groupAnaphor = (last: number) => last > 0 && anaphorHead(ctx, last - 1) === last;
  for (const g of groups) if (g.members.length === 1 && pluralNoun(toks[g.last], g.last === 0) && !groupAnaphor(g.last)) plural.push(g);
  const base = toks[0]?.index ?? 0;
  // A group's subject stands in its own sentence: only this sentence's groups can name one here.
  const verbGroups = verbGroupsIn(syntax.verbGroups, base, base + toks.length);
  for (const vg of verbGroups) {
    // "the measures taken by Malaysia": a participle's noun is no clause's subject, and no "they" of a later clause.
    if (!vg.finite) continue;
    const first = vg.subject ? vg.subject.first - base : -1;
    if (first < 0 || first >= toks.length) continue;
    const last = subjectHead(toks, first, vg.subject!.last - base);
    if (!pluralNoun(toks[last], last === 0) || inGroup(groups, last) || groupAnaphor(last)) continue;
    plural.push({ first, last, members: [], governor: null, modifier: false });
  }
  // "Kishida met Yoon in Tokyo. The two sides discussed trade.": a consultation's parties are a compound a later
  // plural anaphor stands for (guidelines: talks are reciprocal), as a coordination "X and Y" is.
  const joint = consultations.filter((p) => !groups.some((g) => sameMembers(g, p.members)));
  // "both ministers spoke of the tensions between the US and Iran": a pair after "between" past a finite verb is a
  // topic, not parties a later "both sides" stands for ("Relations between X and Y improved" names them as subject).
  const verbAt = verbGroups.find((vg) => vg.finite)?.first;
  const topic = (g: ActorGroup) => (g.governor === 'between' || g.governor === 'among') && verbAt !== undefined && verbAt - base < g.first;
  const compounds = [...groups.filter((g) => g.members.length >= 2 && g.members.length <= maxMembers && !topic(g)), ...joint];
  return [...compounds, ...plural].sort((a, b) => a.last - b.last);
}

/** The head of a subject phrase: its last word before a comma or a preposition other than "of" ("hundreds of protesters"). */
function subjectHead(toks: readonly Word[], first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) if (toks[k]!.text === ',' || (toks[k]!.pos === 'ADP' && toks[k]!.lower !== 'of')) return k - 1;
  return last;
}

/**
 * A common noun in the plural: its form is not its lemma ("protesters", "officials"); the tagger calls one that
 * opens a sentence a proper noun ("Protesters gathered").
 */
function pluralNoun(t: Word | undefined, first: boolean): boolean {
  return t !== undefined && (t.pos === 'NOUN' || (first && t.pos === 'PROPN')) && t.lower !== t.lemma;
}

/** CAMEO's root of consultation: meetings, calls, talks, visits, acts that always have two sides. */
const CONSULT_ROOT = '04';

/** A group of exactly these members. */
function sameMembers(g: ActorGroup, members: readonly FoundActor[]): boolean {
  return g.members.length === members.length && g.members.every((a) => members.includes(a));
}

/**
 * The parties of each consultation (meeting, call, talks, visit) a sentence codes, as one group each: only parties
 * the sentence names (its groups' members), two or more. Read once per sentence: the story's talks so far
 * (SentenceCtx.talks) and the plural antecedents a later anaphor reads (pluralAntecedents).
 */
export function consultationParties(groups: readonly ActorGroup[], events: readonly Event[], maxMembers: number): ActorGroup[] {
  const out: ActorGroup[] = [];
  // Most sentences code no consultation: the members are gathered at the first one.
  let members: FoundActor[] | null = null;
  for (const e of events) {
    if (e.cameo.root !== CONSULT_ROOT) continue;
    members ??= groups.flatMap((g) => g.members);
    const parties = members.filter((a) => a.mention && [...e.sources, ...e.targets].some((x) => x.code === a.code && x.mention?.start === a.mention!.start));
    const codes = new Set(parties.map((a) => a.code));
    if (codes.size < 2 || parties.length > maxMembers) continue;
    if (out.some((g) => sameMembers(g, parties))) continue;
    out.push({ first: Math.min(...parties.map((a) => a.first)), last: Math.max(...parties.map((a) => a.last)), members: parties, governor: null, modifier: false });
  }
  return out;
}
