import { possessive, spanOf, type ActorReading, type Doc, type Entity, type Mention, type Syntax, type TokenRange, type VerbGroup, type Word } from '../../model/index.ts';
import type { ReadEntity } from './place-readings.ts';

/** An actor as found in one sentence: its token range is local to the sentence's words until readActors returns it. */
type FoundActor = ActorReading;

export interface ActorResources {
  agents: AgentIndex;
  describers: Set<string>;
  /** money nouns: a name right before one names a currency */
  currencies: ReadonlySet<string>;
  pastimes: Set<string>;
  followers: Set<string>;
  /** CAMEO role codes (GOV, MIL, MED, …), the agents' first three letters */
  roles: Set<string>;
  /** capitals (upper case) → country */
  capitals: Map<string, string>;
  /** verbs whose object is the agent of the infinitive after it */
  controllers: ReadonlySet<string>;
  /** verbs of protesters coming together: the place they gather in is theirs */
  gatherings: ReadonlySet<string>;
  /** verbs of stating a stance on someone's behalf: the country whose stance it is speaks */
  voicings: ReadonlySet<string>;
  /** every form (lower case) of a reporting verb of speech ("says", "announced", "insisted") */
  cues: ReadonlySet<string>;
  /** whether a lower-case word is a common English word (not a name) */
  common: (word: string) => boolean;
}

/** Agent phrases by first word, longest first. */
export type AgentIndex = Map<string, { words: string[]; role: string }[]>;

export function agentIndex(agents: Map<string, string>): AgentIndex {
  const index: AgentIndex = new Map();
  for (const [phrase, role] of withSingulars(agents)) {
    const words = phrase.split(' ');
    if (words.length > MAX_AGENT_WORDS) continue;
    const list = index.get(words[0]!) ?? [];
    list.push({ words, role });
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const MAX_AGENT_WORDS = 3;

/**
 * "an unidentified gunman" where the table holds only "gunmen": a plural in "-men" is reached from its singular
 * through the lemma, but a singular "-man" is its own lemma and needs its own entry, with the plural's role.
 * Entries the table has keep their role.
 */
export function withSingulars(agents: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(agents);
  for (const [phrase, role] of agents) {
    if (!phrase.endsWith('men')) continue;
    const singular = `${phrase.slice(0, -3)}man`;
    if (!out.has(singular)) out.set(singular, role);
  }
  return out;
}

function capitalised(t: Word): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * An agent noun phrase ("foreign minister", "troops") starting at token i, longest first; its head is a noun.
 * Of phrases of one length, the one written as in the text beats one read through lemmas ("armed forces"
 * MIL, not "armed force" UAF).
 */
function agentAt(toks: readonly Word[], i: number, agents: AgentIndex): { role: string; length: number } | null {
  const t = toks[i]!;
  // Most words are their own lemma: the table is asked once for them. A plural may head longer phrases of its
  // own ("workers federation") and still be the agent its lemma is ("Serbian workers"): then both lists.
  const own = agentIn(toks, i, agents.get(t.lower));
  if (own) return own;
  if (t.lemma !== t.lower) return agentIn(toks, i, agents.get(t.lemma));
  // A capitalised plural the lemmatiser read as a name ("Workers on strike …") is still the agent its singular is.
  return t.pos === 'PROPN' && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') ? agentIn(toks, i, agents.get(t.lower.slice(0, -1))) : null;
}

function agentIn(toks: readonly Word[], i: number, list: { words: string[]; role: string }[] | undefined): { role: string; length: number } | null {
  if (!list) return null;
  let byLemma: { role: string; length: number } | null = null;
  for (const { words, role } of list) {
    if (byLemma && words.length < byLemma.length) break;
    if (i + words.length > toks.length) continue;
    const head = toks[i + words.length - 1]!;
    if (head.pos !== 'NOUN' && head.pos !== 'PROPN') continue;
    // The head word first: of a hundred phrases "minister of …" read from one word, it rules out all but a few.
    const last = words[words.length - 1]!;
    if (head.lower !== last && head.lemma !== last) continue;
    if (wordsAt(toks, i, words, false)) return { role, length: words.length };
    if (!byLemma && wordsAt(toks, i, words, true)) byLemma = { role, length: words.length };
  }
  return byLemma;
}

/** Whether the tokens from i on read `words`, as written, or (`lemmas`) each as written or as its lemma. */
function wordsAt(toks: readonly Word[], i: number, words: readonly string[], lemmas: boolean): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k]!;
    if (t.lower !== words[k] && !(lemmas && t.lemma === words[k])) return false;
  }
  return true;
}

function actorFromEntity(entity: Entity, roles: ReadonlySet<string>): { code: string; country: string | null; role: string | null } | null {
  const code = entity.actorCode ?? entity.country;
  if (!code) return null;
  // "AFP" → MED: a bare role code names no country (`---MED`); neither does "---GOV", a role with none stated.
  if (!entity.country && roles.has(code)) return { code: NO_COUNTRY + code, country: null, role: code };
  const country = entity.country ?? (code.length >= 3 && !code.startsWith(NO_COUNTRY) ? code.slice(0, 3) : null);
  const role = entity.actorCode && entity.actorCode.length >= 6 ? entity.actorCode.slice(3, 6) : null;
  return { code, country, role };
}

/**
 * The actors of one sentence: the linked entities (their country and CAMEO actor code; the link stage is the
 * one place names are looked up); an agent noun right after ("Israeli soldiers") or before "of" ("the
 * government of Israel") adds the role.
 */
export function findActors(doc: Doc, syntax: Syntax, toks: readonly Word[], res: ActorResources, entities: Map<string, ReadEntity>, mentions: readonly Mention[], acting: (i: number) => boolean, doing: (i: number) => boolean = () => false): FoundActor[] {
  if (toks.length === 0) return [];
  const found: FoundActor[] = [];
  const s0 = toks[0]!.start;
  const s1 = toks[toks.length - 1]!.end;
  for (const m of mentions) {
    // A dateline's place and agency say where and by whom the story was filed: no actor of it.
    if (m.end <= s0 || m.start >= s1 || !m.entity || syntax.inDateline(syntax.tokenAt(m.start))) continue;
    const entity = entities.get(m.entity);
    if (entity && dashedDateline(doc, toks, m, entity)) continue;
    // "Kyoto Protocol members", "the Korean War": a treaty or an event acts on no one; the place in its name is where.
    if (entity && NOT_ACTORS.has(entity.type)) continue;
    const found1 = entity && actorFromEntity(entity, res.roles);
    if (!found1) continue;
    const first = tokenEndingPast(toks, m.start, false);
    const last = tokenEndingPast(toks, m.end, true);
    // "a Reuters reporter in Khartoum said": a capital after a preposition inside the subject is where, not who.
    const actor = governing(found1, entity, m, acting(toks[first]!.index) && toks[first - 1]?.pos !== 'ADP', res.capitals);
    if (leadsPastime(toks, last, res.pastimes) || namesCurrency(toks, last, res.currencies)) continue;
    const how = actor === found1 ? '' : ', a capital that acts or speaks: its government';
    found.push({ first, last, code: actor.code, country: actor.country, role: actor.role, entity: entity.id, mention: spanOf(doc.text, m.start, m.end), referring: m.source === 'coreference', how: `entity ${entity.id} "${entity.name}" (${entity.reading ?? `${entity.actorCode ? 'actor code' : 'country'} from link`})${how}` });
  }
  found.sort(byFirst);
  // One loop, not a map, a filter and a map: three lists fewer per sentence.
  const titled: FoundActor[] = [];
  for (const a of found) {
    const roled = withRole(doc, toks, a, res.agents);
    // A region names an actor only with an agent noun ("European negotiators"; not "European markets").
    if (roled.role || !(roled.entity && entities.get(roled.entity)?.region)) titled.push(withName(doc, toks, roled));
  }
  const named = mergeAdjacent(doc, toks, residents(doc, toks, titled.map((a) => withPlaceNoun(doc, toks, a))));
  // Collective actors first: "world leaders" is INT, not the agent "leaders".
  const read = named.concat(collectiveActors(doc, toks, named)).sort(byFirst);
  const all = read.concat(domesticAgents(doc, toks, read, res, mentions, entities, doing));
  all.sort(byFirst);
  const merged = describedNames(doc, toks, agentsOfBodies(doc, toks, mergeAdjacent(doc, toks, all), entities), entities);
  for (let k = 0; k < merged.length; k++) merged[k] = followed(toks, merged[k]!, res.followers);
  return merged;
}

/** Entity types a dateline's place has. */
const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC']);

/**
 * "Tunis - Tunisian police fired …": a place that opens a paragraph and is set off by a spaced dash is the
 * dateline of a story filed there (guidelines: datelines are never actors), though it names no agency for the
 * dateline reader to know it by.
 */
export function dashedDateline(doc: Pick<Doc, 'text'>, toks: readonly Word[], m: Pick<Mention, 'start' | 'end'>, entity: Pick<Entity, 'type'>): boolean {
  if (!PLACE_TYPES.has(entity.type) || m.start !== toks[0]!.start) return false;
  let k = m.start - 1;
  while (k >= 0 && (doc.text[k] === ' ' || doc.text[k] === '\t')) k--;
  if (k >= 0 && doc.text[k] !== '\n') return false;
  const dash = toks.findIndex((t) => t.start >= m.end);
  const t = toks[dash];
  return t !== undefined && t.text === '-' && t.start > m.end && toks[dash + 1] !== undefined && toks[dash + 1]!.start > t.end;
}

/** Entity types that name no party: treaties and laws, events. */
const NOT_ACTORS: ReadonlySet<string> = new Set(['LAW', 'EVENT']);

const INDEFINITE = new Set(['a', 'an', 'another']);

/**
 * "another Dubai firm, Dubai Ports World, and US officials agreed": an indefinite description set off before a
 * name of its country is that name's apposition, one actor, and the role the text states beats the
 * dictionary's (as link does for titles). A definite or bare first member is a list ("the Kenyan police,
 * Kenya Airways and the army").
 */
export function describedNames(doc: Doc, toks: readonly Word[], actors: FoundActor[], entities: ReadonlyMap<string, ReadEntity>): FoundActor[] {
  const out: FoundActor[] = [];
  for (let n = 0; n < actors.length; n++) {
    const a = actors[n]!;
    const b = actors[n + 1];
    const type = b?.entity ? entities.get(b.entity)?.type : undefined;
    if (!b || !a.role || !a.country || a.country !== b.country || (type !== 'ORG' && type !== 'PERSON') || toks[a.last + 1]?.text !== ',' || b.first !== a.last + 2 || !INDEFINITE.has(toks[a.first - 1]?.lower ?? '')) {
      out.push(a);
      continue;
    }
    const code = NOT_COUNTRIES.test(b.code) ? b.code : a.country + a.code.slice(3);
    out.push({ ...b, first: a.first, code, role: a.role, mention: spanOf(doc.text, toks[a.first]!.start, toks[b.last]!.end), how: `${b.how}, described before as "${a.mention?.text ?? a.code}" (${a.code})` });
    n++;
  }
  return out;
}

const byFirst = (a: FoundActor, b: FoundActor) => a.first - b.first;

/** Words between the preposition and the body an agent belongs to: "a spokeswoman for the Israeli Prime Minister". */
const BODY_LEAD_POS: ReadonlySet<string> = new Set(['DET', 'ADJ']);

/**
 * "A spokeswoman for Israeli Prime Minister Ehud Olmert", "a spokesman for the Taliban", "scientists with the
 * World Wildlife Fund": who speaks for an actor the text names after "for", or works with an organisation named
 * after "with", acts with its code (guidelines: spokesmen of a government → GOV, the body's own code). One actor
 * spanning both, so the agent is the party, not `---` + role.
 */
export function agentsOfBodies(doc: Doc, toks: readonly Word[], actors: FoundActor[], entities: ReadonlyMap<string, ReadEntity>): FoundActor[] {
  const out: FoundActor[] = [];
  for (let n = 0; n < actors.length; n++) {
    const a = actors[n]!;
    const b = actors[n + 1];
    const prep = toks[a.last + 1]?.lower;
    let k = a.last + 2;
    while (b && k < b.first && BODY_LEAD_POS.has(toks[k]!.pos)) k++;
    const speaks = prep === 'for' && SPOKESPEOPLE.has(toks[a.last]!.lower);
    const works = prep === 'with' && !!b?.entity && entities.get(b.entity)?.type === 'ORG';
    if (!b || a.entity || a.country || !a.role || !(speaks || works) || b.first !== k || b.code.startsWith(NO_COUNTRY)) {
      out.push(a);
      continue;
    }
    out.push({ ...b, first: a.first, mention: spanOf(doc.text, toks[a.first]!.start, toks[b.last]!.end), how: `${a.how}, ${speaks ? 'speaking for' : 'with'} ${b.mention?.text ?? b.code} (${b.code})` });
    n++;
  }
  return out;
}

/** The first token ending after (or, `atOrAfter`, at or after) an offset: a binary search, tokens being in order. */
function tokenEndingPast(toks: readonly Word[], offset: number, atOrAfter: boolean): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter ? toks[mid]!.end >= offset : toks[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * "Washington has urged allies", "asked Beijing to handle it": a capital that acts or speaks stands for its
 * government; "arrived in Tokyo", "blockade Paris" is the place.
 */
function governing(actor: { code: string; country: string | null; role: string | null }, entity: Entity, m: Mention, acts: boolean, capitals: ReadonlyMap<string, string>): { code: string; country: string | null; role: string | null } {
  if (!acts || (entity.type !== 'GPE' && entity.type !== 'ORG') || actor.role || !actor.country) return actor;
  const capitalOf = capitals.get(m.text.toUpperCase()) ?? capitals.get(entity.name.toUpperCase());
  return capitalOf === actor.country ? { code: `${actor.country}GOV`, country: actor.country, role: 'GOV' } : actor;
}

/**
 * Per token, does it name who acts: the subject of a verb group, or an object that is the agent of the
 * infinitive after it ("asked Washington to handle", "urged Seoul to").
 */
export function actingTokens(syntax: Syntax, controllers: ReadonlySet<string>): (i: number) => boolean {
  const w = syntax.words;
  const marks = new Uint8Array(w.length);
  // Loops, not fills: a fill per verb group costs a call each.
  const mark = (r: TokenRange) => {
    for (let i = r.first; i <= r.last; i++) marks[i] = 1;
  };
  for (const g of syntax.verbGroups) {
    if (g.subject) mark(g.subject);
    const o = g.object;
    // Only after a verb of asking or making: after others the infinitive is a purpose ("blockade Paris to demand").
    if (o && controllers.has(g.lemma) && w[o.last + 1]?.lower === 'to' && w[o.last + 2]?.pos === 'VERB') mark(o);
  }
  return (i) => marks[i] === 1;
}

/** Verbs that only report what was said: their subject speaks, it does not act ("…, police said"). */
const REPORTING_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'report', 'state', 'note', 'explain', 'quote']);

/**
 * Per token, is it the last word (the head) of the subject of a verb group that does more than report speech:
 * in the active voice: "parliament has rejected", not "police said" nor "force was used". (The speech cues of quotes hold acts too: "denied", "urged".)
 */
export function doerHeads(syntax: Syntax): (i: number) => boolean {
  const heads = new Uint8Array(syntax.words.length);
  for (const g of syntax.verbGroups) if (g.subject && g.subject.first === g.subject.last && !g.passive && !REPORTING_LEMMAS.has(g.lemma)) heads[g.subject.last] = 1;
  return (i) => heads[i] === 1;
}

/** "supporters of former President Ben Bella": followers are people of the leader's country, not its government. */
function followed(toks: readonly Word[], a: FoundActor, followers: ReadonlySet<string>): FoundActor {
  if (!a.role || !a.country) return a;
  let k = a.first - 1;
  while (k >= 0 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ')) k--;
  if (toks[k]?.lower !== 'of' || !followers.has(toks[k - 1]?.lemma ?? '')) return a;
  return { ...a, code: a.country, role: null, how: `${a.how}, followed by "${toks[k - 1]!.text}" (their country)` };
}

/** "the Indian cricket team", "Chinese football fans": a name before a sport or leisure head is no political actor. */
function leadsPastime(toks: readonly Word[], last: number, pastimes: ReadonlySet<string>): boolean {
  for (let k = last + 1; k <= last + 3 && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
    if (pastimes.has(t.lemma) || pastimes.has(t.lower)) return true;
  }
  return false;
}

/** "100,000 U.S. dollars", "two billion Chinese yuan": a name right before a money noun names a currency, no party. */
export function namesCurrency(toks: readonly Word[], last: number, currencies: ReadonlySet<string>): boolean {
  const next = toks[last + 1];
  return next !== undefined && next.pos === 'NOUN' && currencies.has(next.lemma);
}

const OF_LEAD_POS = new Set(['DET', 'NUM', 'ADJ', 'PUNCT']);
/** The country part of a CAMEO code the text states no country for (guidelines: `---REB`, `---GOV`). */
export const NO_COUNTRY = '---';
/** Prepositions after an agent's noun phrase that place it: "police in Japan", "refugees from Sudan", "the government of President X". */
const HOME_PREPOSITIONS = new Set(['in', 'from', 'of', 'on']);
/** Words that may stand between the preposition and the place: "in the capital Nairobi", "in Mr. Menem's government". */
const HOME_LEAD_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PUNCT']);
const HOME_REACH = 4;
/** Nouns that may follow the agent word inside its phrase before the preposition: "opposition groups in Zimbabwe". */
const AGENT_TAIL = 2;
const POSSESSIVE_PRONOUNS: Record<string, 'person' | 'body'> = { his: 'person', her: 'person', its: 'body', their: 'body' };
/** Codes whose first three letters are no country: international, non-governmental, militant, multinational. */
const NOT_COUNTRIES = /^(IGO|NGO|IMG|MNC)/;

/** An agent noun phrase of a sentence and what is around it. */
interface AgentSpan {
  toks: readonly Word[];
  first: number;
  last: number;
  /** the word before the agent and the adjectives before it, or -1 */
  before: number;
  /** the sentence's named actors, in order */
  named: readonly FoundActor[];
  entities: ReadonlyMap<string, ReadEntity>;
  /** the agent's CAMEO role code ("OPP") */
  role: string;
  /** verbs of protesters coming together (ActorResources) */
  gatherings: ReadonlySet<string>;
}

/** Where the text itself gives an agent with no country word of its own a country: the actor that has it. */
type HomeRule = { name: string; apply: (a: AgentSpan) => { home: FoundActor; how: string } | null };

const hasCountry = (a: FoundActor | undefined): a is FoundActor => !!a?.country && !NOT_COUNTRIES.test(a.code);

/**
 * What the possessive pronoun at `before` stands for: the nearest of `named` before it that has a country, a person
 * for "his" and "her", a body or group for "its" and "their"; null with no such pronoun or actor.
 */
function pronounOwner(toks: readonly Word[], before: number, named: readonly FoundActor[], entities: ReadonlyMap<string, ReadEntity>): FoundActor | null {
  const kind = before >= 0 ? POSSESSIVE_PRONOUNS[toks[before]!.lower] : undefined;
  if (!kind) return null;
  const home = named.findLast((a) => a.last < before);
  const person = home?.entity ? entities.get(home.entity)?.type === 'PERSON' : false;
  return hasCountry(home) && person === (kind === 'person') ? home : null;
}

/**
 * The rules in order, the first that answers wins; with none, the agent is `---` + role. Lending the
 * country of any other actor of the sentence is what the guidelines forbid, so each rule needs the text to
 * tie the agent to the actor: a possessor or possessive pronoun before its noun, else a place after its noun phrase.
 */
export const AGENT_HOME_RULES: readonly HomeRule[] = [
  {
    // "Menem's lawyer", "Odinga's supporters": the agents belong to the named actor that owns them; an owner before
    // the noun outranks a place after it ("China's embassy in Pakistan"; "its ambassador in Iran" is posted there).
    name: 'possessor',
    apply: ({ toks, before, named }) => {
      if (before < 0 || !possessive(toks[before]!)) return null;
      const home = named.find((a) => a.last === before - 1);
      if (!hasCountry(home)) return null;
      return { home, how: `"${home.mention?.text ?? home.code}'s"` };
    },
  },
  {
    // "Bosnian Serbs said their forces", "Kabore and his cabinet": the nearest actor before the pronoun,
    // a person for "his" and "her", a body or group for "its" and "their".
    name: 'possessive pronoun',
    apply: ({ toks, before, named, entities }) => {
      const home = pronounOwner(toks, before, named, entities);
      return home === null ? null : { home, how: `"${toks[before]!.text}" → "${home.mention?.text ?? home.code}"` };
    },
  },
  {
    // "police in Japan", "protesters in the capital Nairobi", "opposition groups in Zimbabwe", "Sunni Arab leaders
    // in western Iraq", "officials in Mr. Menem's government": a few nominal words may stand between, so a verb
    // or a clause breaks the tie.
    name: 'place after the noun phrase',
    apply: ({ toks, before, last, named }) => {
      // "its citizens in Egypt": an owner before the noun says whose they are; the place says only where.
      if (before >= 0 && POSSESSIVE_PRONOUNS[toks[before]!.lower]) return null;
      let p = last + 1;
      while (p <= last + AGENT_TAIL && (toks[p]?.pos === 'NOUN' || toks[p]?.pos === 'PROPN')) p++;
      if (!HOME_PREPOSITIONS.has(toks[p]?.lower ?? '')) return null;
      const home = named.find((a) => a.first > p && a.first <= p + HOME_REACH);
      if (!hasCountry(home)) return null;
      for (let k = p + 1; k < home.first; k++) if (!HOME_LEAD_POS.has(toks[k]!.pos) || HOME_PREPOSITIONS.has(toks[k]!.lower)) return null;
      return { home, how: `"${toks[p]!.text} ${home.mention?.text ?? home.code}"` };
    },
  },
  {
    // "thousands of protesters gathered outside the interior ministry in central Tunis": protesters are people of the
    // place they gather in (guidelines: protesters of no stated country are of the place they protest in), a place
    // with no role of its own ("the US embassy in Nairobi" places them in Kenya, not the United States).
    name: 'place they gather in',
    apply: ({ toks, last, named, role, gatherings }) => {
      const verb = toks[last + 1];
      if (role.slice(0, 3) !== OPPOSITION || verb?.pos !== 'VERB' || !gatherings.has(verb.lemma)) return null;
      let end = last + 2;
      while (end < toks.length && end <= last + GATHERING_REACH && toks[end]!.text !== ',' && toks[end]!.pos !== 'VERB' && toks[end]!.pos !== 'PART') end++;
      const home = named.find((a) => a.first > last + 1 && a.first < end && a.role === null && LOCATIVE.has(toks[placePreposition(toks, a.first)]?.lower ?? ''));
      if (!hasCountry(home)) return null;
      return { home, how: `"${verb.text} … ${home.mention?.text ?? home.code}"` };
    },
  },
];

/** The opposition role: protesters, demonstrators, activists. */
const OPPOSITION = 'OPP';
/** How far after the agent the place of a gathering may stand: "gathered outside the interior ministry in central Tunis". */
const GATHERING_REACH = 10;
/** Prepositions of the place of a gathering. */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'at', 'outside', 'near', 'across']);

/** The token before a place's noun phrase, past its determiners and adjectives: the "in" of "in central Tunis". */
function placePreposition(toks: readonly Word[], first: number): number {
  let k = first - 1;
  while (k >= 0 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ')) k--;
  return k;
}

/** The first home rule's answer for an agent, or null: then the text names no country for it. */
function agentHome(a: AgentSpan): { home: FoundActor; how: string; rule: string } | null {
  for (const rule of AGENT_HOME_RULES) {
    const found = rule.apply(a);
    if (found) return { ...found, rule: rule.name };
  }
  return null;
}
const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'this', 'that', 'each', 'every', 'its', 'their', 'his', 'her', 'our', 'some', 'several', 'many']);
/** A plural noun: "-s", or an irregular "-men" or "-ren" ("gunmen", "children") its lemma is not. */
export function pluralForm(t: Word): boolean {
  return t.lower !== t.lemma && (t.lower.endsWith('s') || t.lower.endsWith('men') || t.lower.endsWith('ren'));
}

/** Agent nouns plural in meaning without a plural ending. */
const PLURAL_ONLY: ReadonlySet<string> = new Set(['police', 'personnel']);

/**
 * "a station showed police firing tear gas": a bare collective noun before a participle is the participle's
 * doer, an actor as "soldiers" would be. Elsewhere a bare "police" stays as it was read ("…, police said" in
 * the CAMEO-manual set is no party), so only this small clause is read.
 */
export function collectiveDoer(toks: readonly Word[], k: number): boolean {
  const next = toks[k + 1];
  return PLURAL_ONLY.has(toks[k]!.lower) && next !== undefined && (next.pos === 'VERB' || next.pos === 'NOUN') && next.lower.endsWith('ing');
}

/**
 * Agents the text names without a country word attached ("demonstrators", "President Mugabe", "the police")
 * are coded `---` + role (the guidelines: never borrow the country of another actor in the sentence), unless
 * the text ties them to an actor that has one (AGENT_HOME_RULES). Only plural nouns, titles before a name, or
 * nouns after a determiner count, so "the use of force" is no actor.
 */
function domesticAgents(doc: Doc, toks: readonly Word[], named: readonly FoundActor[], res: ActorResources, mentions: readonly Mention[], entities: Map<string, ReadEntity>, doing: (i: number) => boolean): FoundActor[] {
  const covered = new Uint8Array(toks.length);
  for (const a of named) for (let k = a.first; k <= a.last; k++) covered[k] = 1;
  const out: FoundActor[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || (toks[i]!.pos !== 'NOUN' && toks[i]!.pos !== 'PROPN')) continue;
    const hit = agentAt(toks, i, res.agents);
    if (!hit) continue;
    const last = i + hit.length - 1;
    if (coveredIn(covered, i + 1, last)) continue;
    const t = toks[last]!;
    // "Rapid Support Forces": capitalised words the tables lack before a capitalised armed-body noun are its name.
    const first = ARMED_ROLES.has(hit.role.slice(0, 3)) && capitalised(t) ? unknownNameBefore(toks, i, mentions) : i;
    let d = first - 1;
    // "Riot police fired …": the opening word the tagger reads as a name is a modifier, as an adjective is.
    while (d >= 0 && (toks[d]!.pos === 'ADJ' || (d === 0 && openingWord(toks, res, mentions)))) d--;
    // "Serb forces", "al-Qaeda leaders": an unknown name before the agent is its real owner.
    if (d >= 0 && capitalised(toks[d]!) && (d > 0 || (toks[d]!.pos === 'PROPN' && !openingWord(toks, res, mentions))) && !DETERMINERS.has(toks[d]!.lower) && !describes(toks[d]!, res.describers) && !unplacedPeople(toks, d, named, mentions, entities)) {
      i = last;
      continue;
    }
    // "Leaders of the ECOWAS", "troops of the UN", "workers affiliated with the Serbian Workers' Union": the
    // agents belong to the actor named after "of" or a word of belonging.
    const tie = belongingAfter(toks, last);
    if (tie > 0 && named.some((a) => a.first > tie && a.first <= tie + 5 && toks.slice(tie + 1, a.first).every((x, k, all) => OF_LEAD_POS.has(x.pos) || all[k - 1]?.text === '-'))) {
      i = last;
      continue;
    }
    const plural = pluralForm(t) || collectiveDoer(toks, last);
    // "President Mugabe", or an institution by its capitalised name mid-sentence ("urged Congress").
    // "President Mugabe", "former president Carlos Menem": a title before a person's name.
    const beforeName = toks[last + 1] !== undefined && mentionAt(toks, last + 1, mentions)?.type === 'PERSON';
    const title = (capitalised(toks[i]!) && (toks[last + 1]?.pos === 'PROPN' || i > 0)) || beforeName;
    // A possessive determines its noun as "the" does ("Menem's lawyer").
    const determined = d < 0 || DETERMINERS.has(toks[d]!.lower) || possessive(toks[d]!) || describes(toks[d]!, res.describers);
    // "parliament has rejected the nominee", "as police fired tear gas": a bare agent noun heading the subject of
    // a verb that is no report of speech acts as a body does ("…, police said" stays no party); plain people
    // ("thousands of people blocked streets") are no body.
    const body = doing(t.index) && !PRIVATE_ROLES.has(hit.role.slice(0, 3));
    if (!plural && !title && !determined && !body) {
      i = last;
      continue;
    }
    const agent = `agent "${doc.text.slice(toks[first]!.start, toks[last]!.end)}"`;
    if (multinational(toks, first, hit.role)) {
      out.push({ first, last, code: MNC, country: null, role: hit.role.slice(0, 3), entity: null, referring: false, mention: spanOf(doc.text, toks[first]!.start, toks[last]!.end), how: `${agent}, foreign business (${MNC})` });
      i = last;
      continue;
    }
    const placed = agentHome({ toks, first, last, before: d, named, entities, role: hit.role, gatherings: res.gatherings });
    const country = placed?.home.country ?? null;
    out.push({
      first, last, code: (country ?? NO_COUNTRY) + hit.role, country, role: hit.role.slice(0, 3), entity: null, referring: false,
      mention: spanOf(doc.text, toks[first]!.start, toks[last]!.end),
      how: placed ? `${agent}, country ${country} by ${placed.rule} (${placed.how})` : `${agent}, no country stated (${NO_COUNTRY})`,
    });
    i = last;
  }
  for (let k = 0; k < out.length; k++) out[k] = withName(doc, toks, out[k]!);
  return out;
}

/** CAMEO's code for multinational business, a sector of no country. */
const MNC = 'MNC';
/** Modifiers that make a business foreign to the story's countries: "foreign oil companies", "multinational firms". */
const FOREIGN_WORDS: ReadonlySet<string> = new Set(['foreign', 'multinational', 'overseas']);
/** How many modifiers back from the agent noun a foreign word is looked for: "foreign oil companies". */
const MODIFIER_REACH = 3;

/**
 * "talks with foreign oil companies", "multinational firms": business agents (BUS) that a modifier before them calls
 * foreign are multinational business (MNC), not `---BUS`. Only adjectives and common nouns may stand between.
 */
export function multinational(toks: readonly Word[], first: number, role: string): boolean {
  if (!role.startsWith('BUS')) return false;
  for (let k = first - 1; k >= Math.max(0, first - MODIFIER_REACH); k--) {
    const t = toks[k]!;
    if (FOREIGN_WORDS.has(t.lower)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/** Roles of armed bodies, whose capitalised agent noun may close a name: "… Forces", "… Army", "… Militia". */
export const ARMED_ROLES: ReadonlySet<string> = new Set(['MIL', 'UAF', 'REB', 'COP']);

/**
 * "Sudan's paramilitary Rapid Support Forces", "the Arakan Army": the first of the capitalised proper nouns right
 * before token i when no mention covers any of them (a name the entity tables lack), else i. A named people or
 * place before the noun ("Serb forces", a NORP mention) is its owner, not its name.
 */
export function unknownNameBefore(toks: readonly Word[], i: number, mentions: readonly Mention[]): number {
  let k = i;
  while (k > 0 && toks[k - 1]!.pos === 'PROPN' && capitalised(toks[k - 1]!) && !mentionAt(toks, k - 1, mentions)) k--;
  // Only when the run reaches a word that is no name: "… of Rapid Support Forces", not a mention's tail.
  return k > 0 && toks[k - 1]!.pos === 'PROPN' ? i : k;
}

/**
 * "Armed tribesmen blew up …": a sentence's capitalised first word that is a common English word and no mention
 * is capitalised for opening the sentence, not a name that owns the agent after it ("Hutu rebels" is a mention).
 */
function openingWord(toks: readonly Word[], res: ActorResources, mentions: readonly Mention[]): boolean {
  return res.common(toks[0]!.lower) && !mentionAt(toks, 0, mentions);
}

/** A describer as written with or without its apostrophe ("Shi'ite" is "Shiite"): it leaves the agent unowned. */
export function describes(t: Word, describers: ReadonlySet<string>): boolean {
  return describers.has(t.lower) || ((t.lower.includes("'") || t.lower.includes('’')) && describers.has(t.lower.replace(/['’]/g, '')));
}

/** Words that tie agents to the body named after them: "affiliated with", "loyal to", "belonging to". */
const BELONGING: ReadonlyMap<string, string> = new Map([['affiliated', 'with'], ['allied', 'with'], ['loyal', 'to'], ['belonging', 'to'], ['linked', 'to']]);

/** The last word of "of" or a phrase of belonging right after an agent (token `last`), or -1. */
export function belongingAfter(toks: readonly Word[], last: number): number {
  const next = toks[last + 1];
  if (next?.lower === 'of') return last + 1;
  return next && BELONGING.get(next.lower) === toks[last + 2]?.lower ? last + 2 : -1;
}

/**
 * Collective actors that are no country (guidelines row 19 and the CAMEO generic codes): world leaders and the
 * world community → INT, Western countries or powers and "the West" → WST. Lower-case words, then the code.
 */
const COLLECTIVE_ACTORS: readonly [readonly string[], string][] = [
  [['world', 'leaders'], 'INT'], [['world', 'community'], 'INT'], [['international', 'community'], 'INT'],
  [['western', 'countries'], 'WST'], [['western', 'powers'], 'WST'], [['western', 'nations'], 'WST'], [['western', 'governments'], 'WST'], [['the', 'west'], 'WST'],
];
/** COLLECTIVE_ACTORS by first word, in their order: a token is compared with the phrases it can start, not all of them. */
const COLLECTIVE_BY_FIRST = new Map<string, (typeof COLLECTIVE_ACTORS)[number][]>();
for (const phrase of COLLECTIVE_ACTORS) (COLLECTIVE_BY_FIRST.get(phrase[0][0]!) ?? COLLECTIVE_BY_FIRST.set(phrase[0][0]!, []).get(phrase[0][0]!)!).push(phrase);

/**
 * "More world leaders offered their sympathies", "the United States and other Western countries accuse
 * Iran": the collective actors of COLLECTIVE_ACTORS where no other actor was read. A leading "other" is
 * part of the phrase, so "X and other Western countries" is one compound.
 */
export function collectiveActors(doc: Doc, toks: readonly Word[], actors: readonly FoundActor[]): FoundActor[] {
  const out: FoundActor[] = [];
  for (let i = 0; i < toks.length; i++) {
    const hit = COLLECTIVE_BY_FIRST.get(toks[i]!.lower)?.find(([words]) => words.every((w, k) => toks[i + k]?.lower === w));
    if (!hit) continue;
    const last = i + hit[0].length - 1;
    // "The West African grouping", "the West Bank": a capitalised word after the phrase makes it part of a name.
    const next = toks[last + 1];
    if (actors.some((a) => a.first <= last && a.last >= i) || (next !== undefined && capitalised(next))) continue;
    const first = toks[i - 1]?.lower === 'other' ? i - 1 : i;
    out.push({ first, last, code: hit[1], country: null, role: null, entity: null, referring: false, mention: spanOf(doc.text, toks[first]!.start, toks[last]!.end), how: `collective actor "${hit[0].join(' ')}" (${hit[1]})` });
    i = last;
  }
  return out;
}

/** Whether any token from `from` to `last` is covered: a loop, not a view made per agent word. */
function coveredIn(covered: Uint8Array, from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (covered[k]) return true;
  return false;
}

// Module functions, not closures made per sentence: the loader names each closure it makes, at a cost per call.
function mentionAt(toks: readonly Word[], k: number, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find((m) => m.start <= toks[k]!.start && toks[k]!.end <= m.end);
}

/**
 * "Hutu rebels" in a story of one country: a people the tables do not place owns no agent, so the rebels
 * are read (as `---REB`: the text gives them no country); beside several countries such a word may be one
 * the tables miss ("Serb forces"), and the agent is left to it.
 */
function unplacedPeople(toks: readonly Word[], k: number, named: readonly FoundActor[], mentions: readonly Mention[], entities: Map<string, ReadEntity>): boolean {
  const m = mentionAt(toks, k, mentions);
  const e = m?.entity ? entities.get(m.entity) : undefined;
  return (m?.type === 'NORP' || m?.type === 'MISC') && !e?.country && new Set(named.filter(hasCountry).map((a) => a.country)).size === 1;
}

/**
 * "Ethnic Albanians in south Serbia", "the Albanians of southern Serbia": an ethnic group is coded by the
 * country it lives in (CAMEO codes Kurds of Iraq as IRQ). Only with "ethnic" before or "of" after, so
 * "Americans in Iraq" stay American.
 */
function residents(doc: Doc, toks: readonly Word[], actors: FoundActor[]): FoundActor[] {
  const out: FoundActor[] = [];
  for (let n = 0; n < actors.length; n++) {
    const a = actors[n]!;
    const prep = toks[a.last + 1]?.lower;
    const ethnic = toks[a.first - 1]?.lower === 'ethnic';
    if (a.role || a.code.length !== 3 || !(prep === 'of' || (ethnic && prep === 'in'))) {
      out.push(a);
      continue;
    }
    let j = a.last + 2;
    while (toks[j] && (toks[j]!.pos === 'DET' || toks[j]!.pos === 'ADJ' || /^(north|south|east|west)(ern)?$/i.test(toks[j]!.text))) j++;
    const home = actors[n + 1];
    if (!home || home.first !== j || !home.country || home.country === a.country || home.role) {
      out.push(a);
      continue;
    }
    out.push({ ...a, code: home.country, country: home.country, last: home.last, mention: spanOf(doc.text, toks[a.first]!.start, toks[home.last]!.end), how: `${a.how} living in ${home.country} ("${home.mention?.text ?? home.code}")` });
    n++;
  }
  return out;
}

/** Nouns for a part of a country that a demonym before them places: "the Palestinian territories". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['territory', 'region', 'province', 'coast']);

/**
 * "travel to Israel, the Palestinian territories and Lebanon": a country word before a noun for a part of a country
 * names that place, one actor with it, so a list of places stays one compound.
 */
function withPlaceNoun(doc: Doc, toks: readonly Word[], a: FoundActor): FoundActor {
  const next = toks[a.last + 1];
  if (a.role || a.code.length !== 3 || !next || next.pos !== 'NOUN' || !PLACE_NOUNS.has(next.lemma)) return a;
  return { ...a, last: a.last + 1, mention: spanOf(doc.text, toks[a.first]!.start, next.end), how: `${a.how} + place noun "${next.text}"` };
}

/** "Libyan leader Muammar Gaddafi": the name after a title belongs to the same actor. */
function withName(doc: Doc, toks: readonly Word[], a: FoundActor): FoundActor {
  if (!a.role) return a;
  let last = a.last;
  while (last + 1 < toks.length && toks[last + 1]!.pos === 'PROPN' && capitalised(toks[last + 1]!)) last++;
  if (last === a.last) return a;
  return { ...a, last, mention: spanOf(doc.text, toks[a.first]!.start, toks[last]!.end) };
}

/**
 * "Official Iranian …", "Myanmar Arakan Army": of two adjacent actors, a role with no country (`---` + role) takes
 * the country of a bare country word beside it, as an agent noun after a country word does (withRole).
 */
export function placedRole(keep: FoundActor, other: FoundActor): FoundActor {
  if (!keep.code.startsWith(NO_COUNTRY) || keep.code === NO_COUNTRY || !other.country || other.code.length !== 3 || other.role) return keep;
  return { ...keep, code: other.country + keep.code.slice(NO_COUNTRY.length), country: other.country };
}

/**
 * Two actors with nothing between them ("Russian President" + "Vladimir Putin") are one; the longer code
 * wins, and of two codes alike the one with a country ("negotiator … of the United States" USAGOV over the
 * `---GOV` of "Christopher Hill", whose title named none), else the one that names an entity ("President" +
 * "Putin" is Putin).
 */
function mergeAdjacent(doc: Doc, toks: readonly Word[], actors: FoundActor[]): FoundActor[] {
  const out: FoundActor[] = [];
  for (const a of actors) {
    const prev = out[out.length - 1];
    if (prev && a.first <= prev.last + 1 && (prev.country === a.country || !prev.country || !a.country)) {
      const keep = a.code.length !== prev.code.length ? (a.code.length > prev.code.length ? a : prev) : !prev.country !== !a.country ? (a.country ? a : prev) : !prev.entity && a.entity ? a : prev;
      const other = keep === a ? prev : a;
      const last = Math.max(prev.last, a.last);
      out[out.length - 1] = { ...placedRole(keep, other), first: prev.first, last, mention: spanOf(doc.text, toks[prev.first]!.start, toks[last]!.end), how: `${prev.how} + ${a.how}` };
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * "the U.S. military says": an agent word the tagger read as an adjective heads the phrase when no noun follows
 * it; "military aid" is no agent.
 */
function adjectiveHead(toks: readonly Word[], j: number, agents: AgentIndex): { role: string; length: number } | null {
  const t = toks[j];
  const next = toks[j + 1];
  if (t?.pos !== 'ADJ' || (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ'))) return null;
  const one = agents.get(t.lower)?.find((e) => e.words.length === 1);
  return one ? { role: one.role, length: 1 } : null;
}

function withRole(doc: Doc, toks: readonly Word[], a: FoundActor, agents: AgentIndex): FoundActor {
  if (a.role || a.code.length !== 3) return a;
  // "Israeli soldiers", "Israel's army", "Russian senior officials"
  let j = a.last + 1;
  if (toks[j] && possessive(toks[j]!)) j++;
  const head = adjectiveHead(toks, j, agents);
  // "Russian senior officials", "Venezuela's oil minister": up to two modifiers, adjectives or common nouns, before the agent.
  for (let skip = 0; skip < 2 && toks[j] && (toks[j]!.pos === 'ADJ' || toks[j]!.pos === 'NOUN') && !agentAt(toks, j, agents) && !head; skip++) j++;
  const after = toks[j] ? (agentAt(toks, j, agents) ?? head) : null;
  if (after) {
    const last = j + after.length - 1;
    return { ...a, last, code: a.code + after.role, role: after.role.slice(0, 3), mention: spanOf(doc.text, toks[a.first]!.start, toks[last]!.end), how: `${a.how} + agent "${doc.text.slice(toks[j]!.start, toks[last]!.end)}"` };
  }
  // "the government of Israel", "the foreign ministers of the USA", "the Government of the Democratic Republic of Timor Leste"
  const owner = agentOfName(toks, a.first, agents);
  if (owner) {
    const { first, of, hit } = owner;
    return { ...a, first, code: a.code + hit.role, role: hit.role.slice(0, 3), mention: spanOf(doc.text, toks[first]!.start, toks[a.last]!.end), how: `${a.how} + agent "${doc.text.slice(toks[first]!.start, toks[of - 1]!.end)}"` };
  }
  return a;
}

/** How far back from a name its "of" may stand: "of the Democratic Republic of [Timor Leste]". */
const OF_NAME_REACH = 5;

/**
 * The agent before "of" that owns the name at token `first`: right before it ("the government of Israel"), or
 * before "the" and the capitalised words of a state's formal name ("the foreign ministers of the USA", "the
 * Government of the Democratic Republic of Timor Leste", whose inner "of" no agent stands before). Null if none.
 */
export function agentOfName(toks: readonly Word[], first: number, agents: AgentIndex): { first: number; of: number; hit: { role: string; length: number } } | null {
  for (let k = first - 1; k >= Math.max(1, first - OF_NAME_REACH); k--) {
    const t = toks[k]!;
    if (t.lemma === 'of') {
      for (let n = Math.min(MAX_AGENT_WORDS, k); n >= 1; n--) {
        const hit = agentAt(toks, k - n, agents);
        if (hit && hit.length === n) return { first: k - n, of: k, hit };
      }
    } else if (t.lower !== 'the' && !((t.pos === 'PROPN' || t.pos === 'ADJ') && capitalised(t))) return null;
  }
  return null;
}

/** The actors of every sentence, token ranges into doc.tokens. */
export function readActors(doc: Doc, syntax: Syntax, res: ActorResources, entities: Map<string, ReadEntity>): ActorReading[][] {
  const mentions = mentionsPerSentence(doc);
  const acting = actingTokens(syntax, res.controllers);
  const doing = doerHeads(syntax);
  const groups = verbGroupsPerSentence(syntax);
  const out: ActorReading[][] = [];
  const introduced = new Map<string, FoundActor>();
  syntax.sentences.forEach((s, i) => {
    if (s.last < s.first) {
      out.push([]);
      return;
    }
    const toks = syntax.words.slice(s.first, s.last + 1);
    const read = findActors(doc, syntax, toks, res, entities, mentions[i]!, acting, doing);
    const found: FoundActor[] = [];
    const previous = out[i - 1] ?? [];
    for (const a of read.concat(bodyDescriptions(doc, toks, read), pluralPronouns(doc, syntax, toks, read, previous), countryDescriptions(doc, toks, read, out, entities), introducedReadings(doc, toks, read, mentions[i]!, introduced)).sort(byFirst)) {
      const named = ownedByPronoun(toks, describedBefore(toks, a, out, entities), found, entities);
      // A body description that names no one again is no actor.
      if (named.code !== NO_COUNTRY) found.push(named);
    }
    // After describedBefore: "The company confirms it …" speaks as the company named before.
    const reported = reportedPronouns(doc, syntax, toks, groups[i]!, found, mentions[i]!, res.cues);
    if (reported.length > 0) {
      found.push(...reported);
      found.sort(byFirst);
    }
    voiced(syntax, toks, found, groups[i]!, res.voicings);
    remember(toks, found, mentions[i]!, entities, introduced);
    // The readings are new objects of this call: shifting them in place copies none.
    for (const a of found) {
      a.first += s.first;
      a.last += s.first;
    }
    out.push(found);
  });
  return out;
}

/**
 * "the government had asked its citizens in Egypt": "its" or "their" before an agent the text gave no country is
 * the nearest body before it in the sentence once descriptions name their bodies again ("the government" → the
 * Indonesian government named before), read as the possessive pronoun home rule reads named actors (pronounOwner).
 * `found` holds the sentence's readings before `a`.
 */
function ownedByPronoun(toks: readonly Word[], a: FoundActor, found: readonly FoundActor[], entities: ReadonlyMap<string, ReadEntity>): FoundActor {
  if (a.country || !a.role || a.entity) return a;
  let d = a.first - 1;
  while (d > 0 && toks[d]!.pos === 'ADJ') d--;
  if (d < 0 || POSSESSIVE_PRONOUNS[toks[d]!.lower] !== 'body') return a;
  const home = pronounOwner(toks, d, found, entities);
  if (!home) return a;
  return { ...a, code: home.country + a.code.slice(NO_COUNTRY.length), country: home.country, how: `${a.how}; "${toks[d]!.text}" → ${home.mention?.text ?? home.code} (${home.code})` };
}

/** Words that may stand between a verb of voicing and the country whose stance it voices: "expressed Saturday the …". */
const VOICED_REACH = 3;

/**
 * "The Ministry of Foreign Affairs expressed Saturday the State of Kuwait's condemnation", "the ministry reaffirmed
 * Kuwait's rejection": an agent or body with no country word of its own, the subject of a verb of voicing
 * (ActorResources.voicings), whose object opens with a country's possessive, states that country's stance as its
 * own and speaks for it (decision AO: a country word on what it says as its own). Readings are changed in place
 * (sentence token ranges; `groups` in document token indices).
 */
export function voiced(syntax: Syntax, toks: readonly Word[], found: FoundActor[], groups: readonly VerbGroup[], voicings: ReadonlySet<string>): void {
  const base = toks[0]!.index;
  for (const g of groups) {
    if (!g.subject || g.passive || !voicings.has(g.lemma)) continue;
    const k = found.findIndex((a) => a.first <= g.subject!.last - base && a.last >= g.subject!.last - base);
    const speaker = found[k];
    if (!speaker || speaker.country || !speaker.role || !speaker.code.startsWith(NO_COUNTRY)) continue;
    let at = g.head - base + 1;
    for (let n = 0; n < VOICED_REACH && at < toks.length && !found.some((a) => a.first === at) && passedOver(toks[at]!); n++) at++;
    const owner = found.find((a) => a.first === at && a.role === null && a.country !== null);
    if (!owner || !toks[owner.last + 1] || !possessive(toks[owner.last + 1]!)) continue;
    found[k] = { ...speaker, code: owner.country + speaker.code.slice(NO_COUNTRY.length), country: owner.country, how: `${speaker.how}; voices ${owner.mention?.text ?? owner.code}'s stance as its own (${owner.country})` };
  }
}

/** A word between a verb and its object that names no one: an adverb, a day ("Saturday"), an article. */
function passedOver(t: Word): boolean {
  return t.pos === 'ADV' || t.pos === 'DET' || t.pos === 'PROPN';
}

/**
 * The entities with no code of their own (entities) that a reading of this sentence (`found`, sentence token
 * ranges) names by a name or title of theirs ("the Ministry of Foreign Affairs" read as the agent `---GOV`,
 * "Chief U.S. negotiator Christopher Hill" as USAGOV): the first such reading of each is its introduction.
 */
export function remember(toks: readonly Word[], found: readonly FoundActor[], mentions: readonly Mention[], entities: ReadonlyMap<string, ReadEntity>, introduced: Map<string, FoundActor>): void {
  for (const m of mentions) {
    if (!m.entity || m.source === 'coreference' || m.nominal || introduced.has(m.entity)) continue;
    const e = entities.get(m.entity);
    if (!e || e.actorCode || e.country || (e.type !== 'ORG' && e.type !== 'PERSON')) continue;
    const first = tokenEndingPast(toks, m.start, false);
    const last = tokenEndingPast(toks, m.end, true);
    // "The Ministry of Foreign Affairs" read as the agent "Ministry of Foreign Affairs": any word of the name.
    const a = found.find((x) => x.first <= last && x.last >= first && x.code !== NO_COUNTRY && !x.referring);
    if (a) introduced.set(m.entity, a);
  }
}

/**
 * "The Ministry of Foreign Affairs expressed … It extended condolences …": a pronoun or description that corefer ties
 * to an entity with no code of its own, where no reading of this sentence stands, acts with the reading that introduced
 * the entity (remember; guidelines: pronouns and definite descriptions resolve through the earlier sentences).
 */
export function introducedReadings(doc: Doc, toks: readonly Word[], read: readonly FoundActor[], mentions: readonly Mention[], introduced: ReadonlyMap<string, FoundActor>): FoundActor[] {
  const out: FoundActor[] = [];
  for (const m of mentions) {
    const a = m.entity && m.source === 'coreference' ? introduced.get(m.entity) : undefined;
    if (!a) continue;
    const first = tokenEndingPast(toks, m.start, false);
    const last = tokenEndingPast(toks, m.end, true);
    if (read.some((r) => r.first <= last && r.last >= first)) continue;
    out.push({ ...a, first, last, referring: true, mention: spanOf(doc.text, m.start, m.end), how: `"${m.text}" names again ${a.mention?.text ?? a.code} (${a.code}), as corefer ties it` });
  }
  return out;
}

/**
 * "The envoys were greeted in Pyongyang by Ri … They held a 20-minute meeting with Ri": "they" opening a sentence
 * that names no one before it points back to the agents that opened the sentence before, when their noun is plural
 * (corefer resolves persons and organisations; agents such as "the envoys" are read here). `previous` holds the
 * readings of the sentence before, in document token ranges.
 */
export function pluralPronouns(doc: Doc, syntax: Syntax, toks: readonly Word[], read: readonly FoundActor[], previous: readonly FoundActor[]): FoundActor[] {
  // Only the sentence's first word, after a conjunction or an adverb at most ("But they …"): "Investigators say
  // they …" points to its own subject.
  const k = toks.findIndex((t) => t.pos !== 'CCONJ' && t.pos !== 'ADV' && t.pos !== 'PUNCT');
  const first = previous[0];
  if (k < 0 || toks[k]!.lower !== 'they' || read.some((a) => a.first <= k) || !first?.role || first.code.startsWith(NO_COUNTRY)) return [];
  const noun = syntax.words[first.last]!;
  if (!pluralForm(noun) && !PLURAL_ONLY.has(noun.lower)) return [];
  const t = toks[k]!;
  return [{ ...first, first: k, last: k, referring: true, mention: spanOf(doc.text, t.start, t.end), how: `"${t.text}" points back to ${first.mention?.text ?? first.code} (${first.code}) of the sentence before` }];
}

/** Possessives before "country" and what they point back to: a person (named, or by a title) or any actor. */
const COUNTRY_OWNERS: Record<string, 'person' | 'any'> = { his: 'person', her: 'person', its: 'any', their: 'any' };

/**
 * "Venezuela's oil minister says his country will end talks", "Police in Japan say … the country's third killing":
 * "his / her / its / their country" is the country of the nearest actor before it in the sentence (for "his" and
 * "her" a person, named or by a title), "the country" the country last named by its name (a place, not a demonym:
 * "Ukrainian forces downed Russian drones across the country" is no Russia), in the sentence before it or the
 * DESCRIPTION_REACH sentences before (guidelines: definite descriptions resolve through the context). An
 * adjective may stand between ("the African country"); "country" before a noun ("country music") is none.
 * `previous` holds the readings of the sentences before, in document token ranges (only their codes are read).
 */
export function countryDescriptions(doc: Doc, toks: readonly Word[], read: readonly FoundActor[], previous: readonly FoundActor[][], entities: ReadonlyMap<string, ReadEntity>): FoundActor[] {
  const out: FoundActor[] = [];
  const named = (a: FoundActor) => a.role === null && a.code === a.country && !!a.entity && entities.get(a.entity)?.type === 'GPE';
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.lower !== 'country' || t.pos !== 'NOUN' || toks[i + 1]?.pos === 'NOUN' || read.some((a) => a.first <= i && a.last >= i)) continue;
    let d = i - 1;
    while (d > 0 && toks[d]!.pos === 'ADJ') d--;
    const lead = toks[d]!.lower;
    const owner = COUNTRY_OWNERS[lead];
    let home: FoundActor | undefined;
    if (owner) home = read.findLast((a) => a.last < d && hasCountry(a) && (owner === 'any' || isPerson(a, entities)));
    else if (lead === 'the') home = read.findLast((a) => a.last < d && named(a)) ?? latestBefore(previous, named);
    if (!home?.country) continue;
    out.push({ first: d, last: i, code: home.country, country: home.country, role: null, entity: null, referring: true, mention: spanOf(doc.text, toks[d]!.start, t.end), how: `"${toks[d]!.text} ${t.text}" names again ${home.mention?.text ?? home.code} (${home.country})` });
  }
  return out;
}

/** A person: a named one, or an agent read from a title or a role noun ("Venezuela's oil minister"), not a body or a country. */
function isPerson(a: FoundActor, entities: ReadonlyMap<string, ReadEntity>): boolean {
  const type = a.entity ? entities.get(a.entity)?.type : undefined;
  return type === 'PERSON' || (a.role !== null && type !== 'ORG' && a.code !== a.country);
}

/** Each sentence's verb groups, in one pass over them. */
function verbGroupsPerSentence(syntax: Syntax): VerbGroup[][] {
  const out: VerbGroup[][] = syntax.sentences.map(() => []);
  for (const g of syntax.verbGroups) out[syntax.words[g.first]!.sentence]?.push(g);
  return out;
}

/** How many words may stand between a reporting verb and the pronoun that opens what it reports: "said on Sunday that it". */
const REPORTED_REACH = 5;
/** Words that open a wh-clause. */
const WH_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'who', 'whom', 'whose', 'how', 'where', 'when', 'why', 'whatever']);
/** Verbs of being or seeming: "it is vital to", "it seems" is no body acting. */
const COPULAS: ReadonlySet<string> = new Set(['be', 'seem', 'appear']);

/**
 * "China says it will reopen Tibet", "The rebels said they wanted better terms": "it" or "they" opening the clause
 * a reporting verb introduces is the verb's subject, the speaker reporting its own act (corefer resolves persons
 * and what they say; agents such as "the rebels" and bodies named by an agent noun are read here). Only when the
 * number agrees, "it" a body in the singular, never a person, and "they" agents in the plural, when the subject
 * holds that one actor and it stands after no preposition ("The U.S. military in Iraq says it" is not Iraq
 * speaking), and when no actor or wh-word stands between the verb and the pronoun ("China warned the U.S. it
 * would …", "warned of what they called …" are left alone). "It is vital to …" and "it seems" are no act of the
 * speaker. `groups` are the sentence's verb groups, in document token ranges; `mentions` its mentions.
 */
export function reportedPronouns(doc: Doc, syntax: Syntax, toks: readonly Word[], groups: readonly VerbGroup[], read: readonly FoundActor[], mentions: readonly Mention[], cues: ReadonlySet<string>): FoundActor[] {
  const out: FoundActor[] = [];
  const base = toks[0]!.index;
  for (let n = 0; n + 1 < groups.length; n++) {
    const cue = groups[n]!;
    const next = groups[n + 1]!;
    const k = (next.subject?.first ?? -1) - base;
    const pronoun = toks[k];
    if (!cue.subject || !cues.has(toks[cue.head - base]!.lower) || !next.subject || next.subject.first !== next.subject.last || !pronoun) continue;
    const plural = pronoun.lower === 'they';
    if ((!plural && pronoun.lower !== 'it') || COPULAS.has(next.lemma)) continue;
    const between = k - (cue.last - base) - 1;
    if (between > REPORTED_REACH || read.some((a) => a.last >= cue.last - base && a.first <= k)) continue;
    // "warned of what they called a catastrophe": a wh-clause names something; its pronoun is no report of the speaker.
    if (toks.slice(cue.last - base + 1, k).some((t) => WH_WORDS.has(t.lower))) continue;
    const inSubject = read.filter((a) => a.first >= cue.subject!.first - base && a.last <= cue.subject!.last - base);
    if (inSubject.length !== 1) continue;
    const speaker = inSubject[0]!;
    // "The U.S. military in Iraq says it …": a place or owner after a preposition is not who speaks.
    if (syntax.governorOf(toks, speaker.first) !== null) continue;
    const noun = toks[speaker.last]!;
    const many = pluralForm(noun) || PLURAL_ONLY.has(noun.lower);
    // A person, named or after a title ("Chinese President Hu Jintao"), is corefer's to resolve.
    const person = mentions.some((m) => m.type === 'PERSON' && m.start >= toks[speaker.first]!.start && m.end <= toks[speaker.last]!.end);
    if (plural ? !many || !speaker.role : many || person) continue;
    out.push({ ...speaker, first: k, last: k, referring: true, mention: spanOf(doc.text, pronoun.start, pronoun.end), how: `"${pronoun.text}" after "${toks[cue.head - base]!.text}" is its speaker, ${speaker.mention?.text ?? speaker.code} (${speaker.code})` });
  }
  return out;
}

/** The role of a government and its agents. */
const GOVERNMENT = 'GOV';

/** Those who speak for a body: named with "a" they still stand for the body named before. */
const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** How many sentences back a definite description looks for the organisation it names again. */
const DESCRIPTION_REACH = 3;

/**
 * "Dubai International Capital plans to buy … The company confirms …": "the" + an agent noun with no country
 * of its own names again the organisation named just before whose role it fits (guidelines: definite
 * descriptions such as "the company" resolve through the context). Only a named organisation: "the
 * government" or "the police" after a country was named stay `---` (never borrow a country), and a person or
 * place is no antecedent. `previous` holds the readings of the sentences before, in order.
 */
export function describedBefore(toks: readonly Word[], a: FoundActor, previous: readonly FoundActor[][], entities: ReadonlyMap<string, ReadEntity>): FoundActor {
  if (isBodyDescription(a)) return bodyNamedBefore(toks, a, previous, entities);
  const lead = toks[a.first - 1]?.lower;
  // "a spokesman" after the State Department was named speaks for it, as "the spokesman" does (guidelines).
  const speaker = SPOKESPEOPLE.has(toks[a.last]!.lower);
  // "Treasury" after "the U.S. Treasury Department": a capitalised agent word inside the name of an organisation
  // named before is that organisation by a shorter name, with or without "the".
  const text = a.mention?.text ?? '';
  const short = capitalised(toks[a.first]!) && a.first === a.last;
  const named = lead === 'the' || ((lead === 'a' || lead === 'an') && speaker) || short;
  // A person named after the title ("ministry spokesman Gao Feng") speaks for the body as the title does.
  if (!named && !a.country && a.role) return bodySpokesman(toks, a, previous) ?? a;
  if (a.entity || a.country || !a.role || !named) return a;
  const b = latestBefore(previous, (b) => {
    if (short && lead !== 'the' && !inLongerName(text, b.mention?.text ?? '')) return false;
    const e = b.entity ? entities.get(b.entity) : undefined;
    // "the government" names again a body of government, never an organisation of no stated role (a ship, a firm).
    return e?.type === 'ORG' && !!b.country && ((b.role === null && a.role !== GOVERNMENT) || b.role === a.role || speaker);
  });
  if (b) {
    // A spokesman speaks with the body's own code (guidelines: spokesmen of a government → GOV).
    const code = b.role || speaker || NOT_COUNTRIES.test(b.code) ? b.code : b.code + a.code.slice(NO_COUNTRY.length);
    return { ...a, code, country: b.country, how: `${a.how}; "${lead === 'the' || lead === 'a' || lead === 'an' ? `${lead} ` : ''}${toks[a.last]!.text}" names again ${b.mention?.text ?? b.code} (${b.code})` };
  }
  return lead === 'the' ? sameNounBefore(toks, a, previous) : a;
}

/**
 * The latest reading of the last DESCRIPTION_REACH sentences (`previous`, in order) that `accepts`, the latest
 * sentence and its last reading first: the actor a description or a spokesman names again.
 */
function latestBefore(previous: readonly FoundActor[][], accepts: (b: FoundActor) => boolean): FoundActor | undefined {
  for (let s = previous.length - 1; s >= Math.max(0, previous.length - DESCRIPTION_REACH); s--) {
    const named = previous[s]!;
    for (let k = named.length - 1; k >= 0; k--) if (accepts(named[k]!)) return named[k];
  }
  return undefined;
}

/**
 * "China's commerce ministry warned … 'China will be forced to retaliate,' ministry spokesman Gao Feng told a news
 * conference": a spokesperson whose title a body noun leads speaks for the body named before whose mention ends
 * with that noun, with its code (guidelines: spokesmen of a government → its code). Null when none was named.
 */
export function bodySpokesman(toks: readonly Word[], a: FoundActor, previous: readonly FoundActor[][]): FoundActor | null {
  const body = toks[a.first - 1];
  if (!SPOKESPEOPLE.has(toks[a.first]!.lower) || body?.pos !== 'NOUN' || capitalised(body)) return null;
  const b = latestBefore(previous, (b) => {
    const mention = b.mention?.text.toLowerCase() ?? '';
    return !!b.country && !!b.role && (mention === body.lower || mention.endsWith(` ${body.lower}`));
  });
  return b ? { ...a, code: b.code, country: b.country, how: `${a.how}; "${body.text} ${toks[a.first]!.text}" speaks for ${b.mention?.text ?? b.code} (${b.code}), the ${body.text} named before` } : null;
}

/**
 * "an unidentified Syrian official … The official called on Hariri", "Tunisian police fired tear gas … The police
 * then responded": "the" + an agent noun names again the actor of the sentences before whose mention holds the same
 * noun phrase and states a country (guidelines: definite descriptions resolve through the context). Another noun
 * borrows nothing: "the government" after "Kenya" stays `---GOV`, "the finance ministry" after "Israel's defence
 * ministry" stays `---GOV`.
 */
function sameNounBefore(toks: readonly Word[], a: FoundActor, previous: readonly FoundActor[][]): FoundActor {
  // The whole agent phrase: "the finance ministry" does not name "the defense ministry" again.
  const noun = (a.mention?.text ?? toks[a.last]!.text).toLowerCase();
  const b = latestBefore(previous, (b) => !!b.country && b.role === a.role && ` ${b.mention?.text.toLowerCase() ?? ''} `.includes(` ${noun} `));
  return b ? { ...a, code: b.code, country: b.country, how: `${a.how}; "the ${a.mention?.text ?? toks[a.last]!.text}" names again ${b.mention?.text ?? b.code} (${b.code}), the same noun` } : a;
}

/** A mention that ends in a capitalised word after a space: a title before a name ("President Putin"). Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call. */
const TITLED_NAME = /\s\p{Lu}[^\s]*$/u;

/**
 * describedBefore for "the group", "the coalition" (bodyDescriptions): the body named before with the same noun
 * anywhere in the text ("the main opposition coalition … the coalition"), else the nearest body within
 * DESCRIPTION_REACH sentences: an organisation or agents with a role, never a person (named, or a title
 * before a name: "President Putin"), a private person's role ("the victim", "a man") or a country.
 */
function bodyNamedBefore(toks: readonly Word[], a: FoundActor, previous: readonly FoundActor[][], entities: ReadonlyMap<string, ReadEntity>): FoundActor {
  const noun = toks[a.last]!.lower;
  let nearest: FoundActor | null = null;
  for (let s = previous.length - 1; s >= 0; s--) {
    const named = previous[s]!;
    for (let k = named.length - 1; k >= 0; k--) {
      const b = named[k]!;
      const e = b.entity ? entities.get(b.entity) : undefined;
      const titledName = !b.entity && TITLED_NAME.test(b.mention?.text ?? '');
      if (e?.type === 'PERSON' || titledName || (!b.role && e?.type !== 'ORG') || PRIVATE_ROLES.has(b.role ?? '') || b.code === NO_COUNTRY) continue;
      const same = b.mention?.text.toLowerCase().endsWith(noun) ?? false;
      if (same) return { ...a, code: b.code, country: b.country, role: b.role, how: `${a.how} names again ${b.mention?.text ?? b.code} (${b.code}), the same noun` };
      if (!nearest && s >= previous.length - DESCRIPTION_REACH) nearest = b;
    }
  }
  return nearest ? { ...a, code: nearest.code, country: nearest.country, role: nearest.role, how: `${a.how} names again ${nearest.mention?.text ?? nearest.code} (${nearest.code})` } : a;
}

/** Whether a word is a whole word of a longer name ("Treasury" in "U.S. Treasury Department"). */
function inLongerName(word: string, name: string): boolean {
  return name !== word && ` ${name} `.includes(` ${word} `);
}

/** Nouns that name a body without saying which: "the group", "the coalition". */
const BODY_NOUNS: ReadonlySet<string> = new Set(['group', 'coalition', 'movement', 'alliance', 'organisation', 'organization']);

/** Roles of private persons, one at a time as often as many ("the victim", "a man"): no body to name again. */
const PRIVATE_ROLES: ReadonlySet<string> = new Set(['CVL', 'PPL']);

const isBodyDescription = (a: FoundActor): boolean => a.code === NO_COUNTRY && !a.role && !a.entity;

/**
 * "An Iraqi militant group (…) posted a video. The group claimed the killing": "the" + a body noun with no name
 * after it is a description for describedBefore to resolve to the body named before (code `---` until then).
 * Not "the Group of Eight" (a name) nor "the group of soldiers" (the noun "of" names), nor a noun already read.
 */
export function bodyDescriptions(doc: Doc, toks: readonly Word[], found: readonly FoundActor[]): FoundActor[] {
  const out: FoundActor[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1];
    if (toks[i - 1]!.lower !== 'the' || t.pos !== 'NOUN' || !BODY_NOUNS.has(t.lower) || next?.lower === 'of' || (next !== undefined && capitalised(next))) continue;
    if (found.some((a) => a.first <= i && a.last >= i)) continue;
    out.push({ first: i, last: i, code: NO_COUNTRY, country: null, role: null, entity: null, referring: false, mention: spanOf(doc.text, t.start, t.end), how: `body "the ${t.text}"` });
  }
  return out;
}

function inOrder(mentions: readonly Mention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1]!.start > mentions[k]!.start) return false;
  return true;
}

/** Each sentence's mentions, found in one pass over both sorted lists. */
function mentionsPerSentence(doc: Doc): Mention[][] {
  const out: Mention[][] = doc.sentences.map(() => []);
  // The mentions come in text order, as a rule: they are copied and sorted only when they do not.
  const mentions = inOrder(doc.mentions) ? doc.mentions : [...doc.mentions].sort((a, b) => a.start - b.start);
  let s = 0;
  for (const m of mentions) {
    while (s < doc.sentences.length && doc.sentences[s]!.end <= m.start) s++;
    if (s === doc.sentences.length) break;
    if (m.end > doc.sentences[s]!.start) out[s]!.push(m);
  }
  return out;
}
