import { possessive, type Apposition, type Doc, type Mention, type Syntax, type TokenRange, type Word } from '../../model/index.ts';
import type { EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import { loadNameHeads } from '../../lexicons/entities/name-heads.ts';

/** What the text says of a person or organisation next to its name: a country, a role, a CAMEO role code. */
export interface Stated {
  country: string | null;
  role: string | null;
  /** CAMEO role code of the longest agent title said ("GOV", "GOVMIL") */
  agent: string | null;
  /** where that title starts (a token index), when it stands apart from the name: an apposition's */
  agentAt?: number;
  /** an apposition's words, and where its country word starts (token indices) */
  apposition?: TokenRange;
  countryAt?: number;
}

/** Agent phrases, lower case → CAMEO role code, and the words they start with. */
export interface AgentPhrases {
  codes: ReadonlyMap<string, string>;
  starts: ReadonlySet<string>;
}

export function agentPhrases(codes: ReadonlyMap<string, string>): AgentPhrases {
  return { codes, starts: new Set([...codes.keys()].map((phrase) => phrase.split(' ')[0]!)) };
}

/** The longest agent phrase (Phoenix titles, then common news nouns) among lower-case `words`. */
export function agentIn(words: readonly string[], agents: AgentPhrases, longest = 4): string | null {
  return agentSpanIn(words, agents, longest)?.code ?? null;
}

/** The longest agent phrase among `words` and the index of its first word. */
export function agentSpanIn(words: readonly string[], agents: AgentPhrases, longest = 4): { code: string; at: number } | null {
  let best: string | null = null;
  let at = -1;
  let length = 0;
  for (let i = 0; i < words.length; i++) {
    // No phrase starts with most words: their longer phrases are neither built nor looked up.
    if (!agents.starts.has(words[i]!) && !words[i]!.includes(' ')) continue;
    // The phrase grows by a word at a time instead of being joined anew for each length.
    let phrase = words[i]!;
    for (let j = i + 1; j <= Math.min(words.length, i + longest); j++) {
      if (j > i + 1) phrase += ` ${words[j - 1]}`;
      const code = agents.codes.get(phrase);
      if (code && j - i > length) [best, length, at] = [code, j - i, i];
    }
  }
  return best === null ? null : { code: best, at };
}

/**
 * The first country or demonym phrase (up to three words) among `words`, or a place's possessive ("Indonesia's",
 * "North Korean", "Seoul's foreign ministry": a place phrase attached to the noun gives the country), and where it starts.
 */
function countryIn(words: readonly Word[], lexicons: EntityLexicons): { country: string; at: number } | null {
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const place = lexicons.places.get(words.slice(i, i + n).map((w) => w.text.toUpperCase()).join(' '));
      if (place && (place.kind !== 'place' || possessive(words[i + n]))) return { country: place.country, at: i };
    }
  }
  return null;
}

/**
 * The apposition after a name ("Ahmad Fauzi Rahman, Indonesia's deputy minister of trade,", "Claire
 * Whitmore, a spokesperson for Australia's foreign ministry,"), else the description the name stands in
 * apposition to ("Pakistan's defence minister, Ali Khan,"; "the defence minister, Ali Khan,"): the country it
 * names and the agent it holds (the longest: "foreign ministry" over "spokesperson").
 */
export function statedByApposition(doc: Doc, syntax: Syntax, appositions: NounAppositions, m: Mention, lexicons: EntityLexicons, agents: AgentPhrases): Stated | null {
  const first = syntax.tokenAt(m.start);
  if (first < 0) return null;
  let end = first;
  while (end + 1 < syntax.words.length && syntax.words[end + 1]!.end <= m.end) end++;
  const after = appositions.byHeadEnd.get(end)?.find((x) => x.head.first <= end);
  const before = appositionOfName(doc, syntax, appositions, first, m.start);
  const range = after ? after.apposition : before && before.apposition.last >= end && !namesOtherThanPerson(doc, syntax, before.head) ? before.head : null;
  if (!range) return null;
  const words = syntax.words.slice(range.first, range.last + 1);
  const country = countryIn(words, lexicons);
  const agent = agentSpanIn(words.map((w) => w.lower), agents);
  // With neither, the apposition states no role, but may still name the person's organisation.
  if (!country && !agent) return { country: null, agent: null, role: null, apposition: range };
  const stated: Stated = { country: country?.country ?? null, agent: agent?.code ?? null, role: doc.text.slice(words[0]!.start, words[words.length - 1]!.end), apposition: range };
  if (agent) stated.agentAt = range.first + agent.at;
  if (country) stated.countryAt = range.first + country.at;
  return stated;
}

/** The prepositions that name the body a described person belongs to: "the head of", "an expert at", "a fellow with". */
const MEMBER_OF: ReadonlySet<string> = new Set(['of', 'at', 'with', 'from', 'for']);

/**
 * "Khaled Hboubati, the head of the Syrian Arab Red Crescent (SARC),": the organisation an apposition says the person
 * belongs to, named after "of", "at", "with", "from" or "for" (with its article): its mention, whose actor code the
 * person takes, as after a title ("Kremlin spokesman"). None after a country word of the apposition's own that the
 * organisation's name does not start with ("Iran's envoy to the IAEA" is Iran's), nor after "to" (where he is sent).
 */
export function organisationOfApposition(syntax: Syntax, stated: Stated, endingAt: ReadonlyMap<number, Mention[]>): Mention | null {
  const range = stated.apposition;
  if (!range) return null;
  for (let k = range.first; k <= range.last; k++) {
    const w = syntax.words[k]!;
    const org = endingAt.get(w.end)?.find((x) => isOrganisation(x) && x.start >= syntax.words[range.first]!.start);
    if (!org) continue;
    let at = syntax.tokenAt(org.start);
    // "the Syrian Arab Red Crescent": a demonym right before the name, read as a people of its own, is the name's.
    if (stated.countryAt !== undefined && stated.countryAt === at - 1) at--;
    if (stated.countryAt !== undefined && stated.countryAt < at) return null;
    if (syntax.words[at - 1]?.lower === 'the') at--;
    return MEMBER_OF.has(syntax.words[at - 1]?.lower ?? '') ? org : null;
  }
  return null;
}

/**
 * "… to Jacqueline Deroin de Gaillande, CEO of the Vanuatu Red Cross, Li Cuiying, charge d'affaires of …": a phrase
 * before a person's name that ends in the name of an organisation or a place is that one, or the end of another
 * person's description, not a description of this person.
 */
function namesOtherThanPerson(doc: Pick<Doc, 'mentions'>, syntax: Pick<Syntax, 'words'>, head: TokenRange): boolean {
  const end = syntax.words[head.last]!.end;
  return doc.mentions.some((x) => x.end === end && x.type !== 'PERSON');
}

/** How many words the courtesy titles before a name may take: "Yang Berhormat Datuk Seri". */
const TITLE_WORDS = 4;

/**
 * The apposition that is the name starting at token `first` (offset `start`): the one starting there, or the one
 * starting at the courtesy titles the name follows ("his Malaysian counterpart, Tan Sri Syed Hamid Albar", where the
 * name read is "Hamid Albar"): titles are no part of the name, but the apposition holds them.
 */
export function appositionOfName(doc: Pick<Doc, 'text'>, syntax: Pick<Syntax, 'words'>, appositions: NounAppositions, first: number, start: number): Apposition | undefined {
  const at = appositions.byStart.get(first);
  if (at) return at;
  const { courtesyTitles } = loadNameHeads();
  for (let k = first - 1; k >= Math.max(0, first - TITLE_WORDS); k--) {
    const apposition = appositions.byStart.get(k);
    if (!apposition) continue;
    const from = syntax.words[k]!.start;
    return from + courtesyTitles(doc.text, from) === start ? apposition : undefined;
  }
  return undefined;
}

/** The noun appositions of a document, indexed once, not searched per name. */
export interface NounAppositions {
  /** by the last word of their head, in document order */
  byHeadEnd: ReadonlyMap<number, readonly Apposition[]>;
  /** by the first word of the apposition, the first in document order */
  byStart: ReadonlyMap<number, Apposition>;
}

export function nounAppositions(syntax: Syntax): NounAppositions {
  const byHeadEnd = new Map<number, Apposition[]>();
  const byStart = new Map<number, Apposition>();
  for (const a of syntax.appositions) {
    if (a.kind !== 'noun') continue;
    (byHeadEnd.get(a.head.last) ?? byHeadEnd.set(a.head.last, []).get(a.head.last)!).push(a);
    if (!byStart.has(a.apposition.first)) byStart.set(a.apposition.first, a);
  }
  return { byHeadEnd, byStart };
}

const isOrganisation = (x: Mention) => x.type === 'ORG' || x.type === 'MISC';

/** Entity types of a place or people whose country a title right after it gives the person. */
const isPlace = (x: Mention) => x.type === 'GPE' || x.type === 'NORP' || x.type === 'LOC';

/**
 * "Philippine President Ferdinand Marcos Jr", "Basra Governor X": the place or people named right before a title
 * (token `titleStart`) that the title reader did not take in as its country word (the gazetteer files PHILIPPINE
 * among the places, not the demonyms): its mention, whose country is the person's.
 */
export function placeBeforeTitle(syntax: Syntax, titleStart: number, endingAt: ReadonlyMap<number, Mention[]>): Mention | null {
  if (titleStart <= 0) return null;
  const before = syntax.words[titleStart - 1]!;
  if (before.sentence !== syntax.words[titleStart]!.sentence) return null;
  return endingAt.get(before.end)?.find(isPlace) ?? null;
}

/**
 * The organisation named right before a title or a name ("Kremlin spokesman Dmitry Peskov", "Arab League
 * Secretary-General Ahmed Aboul Gheit"), or whose name the title's first words end ("African Union Commission
 * chief Moussa Faki Mahamat", where the title read is "Union Commission chief"): its mention, whose actor code the
 * person takes.
 */
export function organisationBefore(syntax: Syntax, m: Mention, titleStart: number | null, endingAt: ReadonlyMap<number, Mention[]>): Mention | null {
  const i = titleStart ?? syntax.tokenAt(m.start);
  if (i <= 0) return null;
  const before = syntax.words[i - 1]!;
  if (before.sentence !== syntax.words[i]!.sentence) return null;
  const right = endingAt.get(before.end)?.find(isOrganisation);
  if (right || titleStart === null) return right ?? null;
  return organisationInTitle(syntax, titleStart, syntax.tokenAt(m.start), endingAt);
}

/** An organisation that starts before the title (token `first`) and ends inside it, before the name (token `name`). */
export function organisationInTitle(syntax: Syntax, first: number, name: number, endingAt: ReadonlyMap<number, Mention[]>): Mention | null {
  const start = syntax.words[first]!.start;
  for (let k = first; k < name; k++) {
    const org = endingAt.get(syntax.words[k]!.end)?.find((x) => isOrganisation(x) && x.start < start);
    if (org) return org;
  }
  return null;
}
