import { has, possessive, spanOf, verbGroupsIn, WORD, type Apposition, type Doc, type Entity, type Mention, type Syntax, type TokenRange, type VerbGroup, type Word } from '../../model/index.ts';
import type { EntityLexicons } from '../../lexicons/entities/entity-lexicons.ts';
import type { QuoteLexicons } from '../../lexicons/quotes/quotes-lexicons.ts';
import { dictionaryCountry } from '../../lexicons/entities/actor-codes.ts';
import { once } from '../../lexicons/load.ts';
import { descriptionIndex, resolveDescription, type DescriptionIndex } from './resolve-description.ts';

/** A description ("the expert") reaches back this many paragraphs for the person it describes. */
const DESCRIPTION_REACH = 3;
const POSSESSIVES: Record<string, 'person' | 'organization'> = { his: 'person', her: 'person', its: 'organization' };
const DEFINITE = new Set(['the', 'this']);
const PERSON_TYPES = new Set(['PERSON']);
const BODY_TYPES = new Set(['ORG', 'GPE']);
const SINGLE = new Set(["'", '‘', '’']);
const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
/** A pronoun that does not speak points to the subject of a clause at most this many paragraphs back. */
const SUBJECT_REACH = 1;
/** ... or this many, when no other person was named since: the one person in view (soleSubject). */
const SOLE_SUBJECT_REACH = 3;
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she']);
/** The gender a third-person pronoun fixes for the person it resolves to. */
const GENDER: Readonly<Record<string, 'male' | 'female'>> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' };

/** Who spoke last, and who was last the subject of a clause: what a pronoun or a description points back to. */
interface Salient {
  entity: Entity;
  paragraph: number;
  /** the title or apposition the text gave where it last spoke ("spokeswoman", "Defense Minister") */
  role: string | null;
}

/** A phrase in a speaker's or an actor's place: the subject of a verb, or the speaker after a reporting verb. */
export interface Place {
  range: TokenRange;
  /** the verb is a reporting cue ("said", "told", "according to") */
  speaking: boolean;
  /** an object pronoun ("met him", "thanked her"), not a subject (objectPronouns) */
  object?: boolean;
}

/**
 * Pronouns, descriptions and "his office" in the place of a speaker or an actor, resolved to the entity they
 * point back to, as nominal mentions: a person pronoun ("he", "she", "I") or description ("the expert") to
 * the person who last spoke (else, for a subject that does not speak, the person last the subject of a
 * clause), "it" to the organisation that last spoke, "the ministry" to the last organisation whose name has
 * that head, "his office" to the person "his" points to. What does not resolve gets no mention: it stays
 * unknown. Quotation marks are skipped: a subject inside someone's words is not the narrator's.
 */
export function referenceMentions(doc: Doc, syntax: Syntax, lex: EntityLexicons, quoteLex: QuoteLexicons): Mention[] {
  const { words } = syntax;
  const mentionStarting = new Map<number, Mention>();
  for (const m of doc.mentions) {
    const at = syntax.tokenAt(m.start);
    if (at >= 0 && !mentionStarting.has(at)) mentionStarting.set(at, m);
  }
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const quoted = insideQuotes(syntax);
  const places = [...placesOf(syntax, quoteLex), ...objectPronouns(syntax)].filter((p) => !quoted[p.range.first]).sort((a, b) => a.range.first - b.range.first);
  const out: Mention[] = [];
  let speaker: Salient | null = null;
  let subject: Salient | null = null;
  let body: Entity | null = null;
  // The sentence where `body` last spoke, and whether another entity of its type was named since.
  let bodySentence = -1;
  let otherBody = false;
  // Whether a person other than the subject was named (or described by a role) since it was the subject.
  let otherPerson = false;
  // The sentence whose clause made `subject` the subject.
  let subjectSentence = -1;
  // The latest organisation named so far whose name has a word, for "the ministry".
  const orgsByWord = new Map<string, Entity>();
  // Built at the first description that needs it: most documents have none.
  const descriptions = once(() => descriptionIndex(doc, syntax, doc.entities, lex));
  const appositions = appositionIndex(syntax);
  let nextMention = 0;
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  const paragraphOf = (i: number) => doc.sentences[words[i]!.sentence]!.paragraph;
  // Persons by where they were last named or pointed to, and the gender a pronoun fixed for them: what an object pronoun reads.
  const persons = new Map<string, { entity: Entity; at: number; paragraph: number }>();
  const genders = new Map<string, 'male' | 'female'>();
  const seen = (entity: Entity, at: number) => {
    if (PERSON_TYPES.has(entity.type)) persons.set(entity.id, { entity, at, paragraph: paragraphOf(at) });
  };
  // The entity each resolved or named subject place stands for, by its first word: the clause subject an object pronoun is not.
  const subjects = new Map<number, string>();
  const add = (range: TokenRange, entity: Entity) => {
    const gender = range.first === range.last ? GENDER[words[range.first]!.lower] : undefined;
    if (gender && !genders.has(entity.id)) genders.set(entity.id, gender);
    out.push({ id: '', ...spanOf(doc.text, words[range.first]!.start, words[range.last]!.end), type: entity.type, entity: entity.id, source: 'coreference', nominal: true });
  };

  for (const place of places) {
    // Organisations named so far, for "the ministry".
    while (nextMention < mentions.length && mentions[nextMention]!.start < words[place.range.first]!.start) {
      const m = mentions[nextMention++]!;
      const org = m.type === 'ORG' && m.entity ? entities.get(m.entity) : undefined;
      if (org) for (const w of org.name.toLowerCase().split(/\s+/)) orgsByWord.set(w, org);
      if (m.type === 'PERSON' && subject && m.entity !== subject.entity.id) otherPerson = true;
      if (body && m.type === body.type && m.entity !== body.id) otherBody = true;
      const e = m.entity ? entities.get(m.entity) : undefined;
      const at = syntax.tokenAt(m.start);
      if (e && at >= 0) seen(e, at);
    }
    const { first, last } = place.range;
    const paragraph = paragraphOf(first);
    if (place.object) {
      const entity = objectReferent(first, clauseSubject(syntax, first, subjects), persons, genders, paragraph, words[first]!.lower);
      if (entity) {
        add(place.range, entity);
        seen(entity, first);
      }
      continue;
    }
    const named = namedEntity(syntax, place.range, mentionStarting, entities);
    let entity: Entity | null = named?.entity ?? null;
    if (!entity) {
      const lower = words[first]!.lower;
      const near: Salient | null = subject && paragraph - subject.paragraph <= SUBJECT_REACH ? subject : null;
      const person: Salient | null = place.speaking ? (speaker ?? near) : near;
      if (first === last && quoteLex.pronouns.get(lower) === 'person' && lower !== 'him' && lower !== 'her') {
        // Only "he" and "she" reach further: "I" and "we" belong to someone quoted.
        const sole: Salient | null = subject && THIRD_PERSON.has(lower) && soleSubject(paragraph - subject.paragraph, otherPerson) ? subject : near;
        entity = (place.speaking ? (speaker ?? sole) : sole)?.entity ?? null;
      } else if (first === last && lower === 'it') {
        if (!expletiveIt(words, first)) entity = place.speaking || actingIt(words, first, bodySentence, otherBody) ? body : null;
      } else if (last === first + 1 && POSSESSIVES[lower] && quoteLex.organizationHeads.has(words[last]!.lower)) {
        // "his office said": the office speaks for the person "his" points to.
        entity = POSSESSIVES[lower] === 'person' ? (person?.entity ?? null) : body;
      } else if (DEFINITE.has(lower) && ageDescription(words, place.range)) {
        // An age fits whatever role the person was given: "the 62-year-old" is the person in view.
        entity = person && paragraph - person.paragraph <= DESCRIPTION_REACH ? person.entity : null;
      } else if (DEFINITE.has(lower) && last - first <= 3) {
        entity = described(doc, syntax, descriptions, place.range, person, paragraph, orgsByWord, lex, quoteLex);
      }
      if (entity) add(place.range, entity);
    }
    // "Bolivar's state governor described …": a person named by a role alone is someone else in view too.
    if (!entity && quoteLex.personRoles.has(words[last]!.lower)) otherPerson = true;
    if (!entity) continue;
    subjects.set(first, entity.id);
    seen(entity, first);
    if (PERSON_TYPES.has(entity.type)) {
      const salient: Salient = { entity, paragraph, role: named ? roleOf(syntax, appositions, named.mention) : (place.speaking ? speaker : subject)?.role ?? null };
      const sentence = words[first]!.sentence;
      // "Minh expressed his hope that the ambassador will …. He spoke highly of …": the subject of a that-clause is
      // someone else in view, not who the sentence is about; its main clause's person stays the subject.
      if (sentence === subjectSentence && complementSubject(words, first)) {
        if (entity.id !== subject?.entity.id) otherPerson = true;
      } else {
        subject = salient;
        subjectSentence = sentence;
        otherPerson = false;
      }
      if (place.speaking) speaker = salient;
    } else if (BODY_TYPES.has(entity.type) && place.speaking) {
      body = entity;
      bodySentence = words[first]!.sentence;
      otherBody = false;
    }
  }
  return out;
}

/** Object pronouns of a person. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her']);
/** Parts of speech after "her" (adverbs passed over) that make it a possessive ("her home", "her first full event", "her own"). */
const POSSESSED_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "met him", "thanked her for", "told him that": the object pronouns of persons, as places. "her" that opens a
 * longer noun chunk, or stands before a noun's words, is a possessive ("her home", "her first full event").
 */
export function objectPronouns(syntax: Syntax): Place[] {
  const { words } = syntax;
  const out: Place[] = [];
  words.forEach((w, i) => {
    if (!OBJECT_PRONOUNS.has(w.lower)) return;
    if (w.lower === 'her' && possessiveHer(syntax, i)) return;
    out.push({ range: { first: i, last: i }, speaking: false, object: true });
  });
  return out;
}

function possessiveHer(syntax: Syntax, i: number): boolean {
  const { words } = syntax;
  const chunk = syntax.chunkAt(i);
  if (chunk !== null && chunk.last > i) return true;
  let k = i + 1;
  while (words[k]?.pos === 'ADV' && words[k]!.sentence === words[i]!.sentence) k++;
  const next = words[k];
  return next !== undefined && next.sentence === words[i]!.sentence && (POSSESSED_POS.has(next.pos) || next.lower === 'own');
}

/**
 * The entity of the subject of the clause an object pronoun at `at` stands in: that of the nearest verb group before
 * it in its sentence with a subject place resolved or named (`subjects`, by first word), or null.
 */
export function clauseSubject(syntax: Syntax, at: number, subjects: ReadonlyMap<number, string>): string | null {
  const sentence = syntax.words[at]!.sentence;
  // The verb groups of its own sentence only, not every group from the document's start.
  let nearest: VerbGroup | null = null;
  for (const g of verbGroupsIn(syntax.verbGroups, syntax.sentences[sentence]!.first, at)) {
    if (g.last < at && syntax.words[g.first]!.sentence === sentence && g.subject) nearest = g;
  }
  return nearest ? (subjects.get(nearest.subject!.first) ?? null) : null;
}

/**
 * "He discussed with him", "Sheikh Tamim invited him", "thanked her for": an object pronoun is the person named or
 * pointed to last before it, at most SUBJECT_REACH paragraphs back, who is not the subject of its own clause (a
 * non-reflexive object never is) and whose gender, when a pronoun fixed it, agrees. Null when no one fits.
 */
export function objectReferent(at: number, clauseSubject: string | null, persons: ReadonlyMap<string, { entity: Entity; at: number; paragraph: number }>, genders: ReadonlyMap<string, 'male' | 'female'>, paragraph: number, pronoun: string): Entity | null {
  let best: { entity: Entity; at: number } | null = null;
  for (const p of persons.values()) {
    if (p.at >= at || p.entity.id === clauseSubject || paragraph - p.paragraph > SUBJECT_REACH) continue;
    const gender = genders.get(p.entity.id);
    if (gender && gender !== GENDER[pronoun]) continue;
    if (!best || p.at > best.at) best = p;
  }
  return best?.entity ?? null;
}

/** Verbs after which "it" is expletive or stands for a thing ("it is expected that", "it seems", "it was founded"). */
const EXPLETIVE_VERBS: ReadonlySet<string> = new Set(['be', 'seem', 'appear', 'become', 'remain', 'happen', 'take', 'mean']);

/** "It is expected that …", "It seems …": one of EXPLETIVE_VERBS after "it", past auxiliaries, particles and adverbs. */
export function expletiveIt(words: readonly Word[], at: number): boolean {
  const sentence = words[at]!.sentence;
  for (let i = at + 1; i < words.length && words[i]!.sentence === sentence; i++) {
    const w = words[i]!;
    if (EXPLETIVE_VERBS.has(w.lemma)) return true;
    if (w.pos !== 'AUX' && w.pos !== 'PART' && w.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * "The ministry affirmed …. It extended condolences": "It" opening a sentence, as the subject of a verb that does
 * not speak, is the organisation that spoke in the sentence just before, when no other of its kind was named
 * since (two in view leave it unresolved).
 */
export function actingIt(words: readonly Word[], at: number, bodySentence: number, otherBody: boolean): boolean {
  const sentence = words[at]!.sentence;
  if (bodySentence < 0 || otherBody || sentence - bodySentence !== 1) return false;
  return at === 0 || words[at - 1]!.sentence !== sentence;
}

/** Words that open a clause which reports or describes rather than tells what the sentence is about. */
const COMPLEMENTISERS: ReadonlySet<string> = new Set(['that', 'whether', 'if']);

/** "… his hope that the ambassador will coordinate": a subject right after a complementiser opens a that-clause. */
function complementSubject(words: readonly Word[], first: number): boolean {
  return first > 0 && COMPLEMENTISERS.has(words[first - 1]!.lower);
}

const AGE = /^\d{1,3}-year-old$/;

/**
 * "the 62-year-old said": a determiner and an age, written as one word or split at its hyphens ("62 - year - old"),
 * and nothing after it: a person described by age alone ("the 62-year-old law" is no person).
 */
export function ageDescription(words: readonly Word[], range: TokenRange): boolean {
  let age = '';
  for (let i = range.first + 1; i <= range.last; i++) age += words[i]!.text;
  return AGE.test(age);
}

/**
 * Whether a person pronoun with no speaker before it reaches the last subject, `back` paragraphs before it: the
 * paragraph before, or a few more when no other person was named or described by a role since ("Antonio Guterres
 * made the remark … The visit is aimed at … He said …"). Another person between leaves the pronoun to the nearer
 * reach, where it may be either. Descriptions ("the official") keep the nearer reach.
 */
export function soleSubject(back: number, otherPerson: boolean): boolean {
  return back <= SUBJECT_REACH || (!otherPerson && back <= SOLE_SUBJECT_REACH);
}

/**
 * The person or organisation a phrase names, with its mention: the PERSON mention inside it first, else one
 * that ends the phrase (a country word before a title, "The Iraqi foreign minister", names no one). A person
 * who only owns the head is passed over for a person named after it (a possessor, possessedBy): "Osama bin
 * Laden's chief deputy, Ayman al-Zawahiri" names Zawahiri; "Mr. Larijani's appointment" still names Larijani.
 */
function namedEntity(syntax: Syntax, range: TokenRange, mentionStarting: ReadonlyMap<number, Mention>, entities: ReadonlyMap<string, Entity>): { entity: Entity; mention: Mention } | null {
  let found: { entity: Entity; mention: Mention } | null = null;
  let owner: { entity: Entity; mention: Mention } | null = null;
  const end = syntax.words[range.last]!.end;
  for (let i = range.first; i <= range.last; i++) {
    const m = mentionStarting.get(i);
    const e = m?.entity ? entities.get(m.entity) : undefined;
    if (!m || !e || (e.type !== 'PERSON' && m.end < end)) continue;
    if (e.type === 'PERSON' && possessedBy(syntax, m, range)) owner ??= { entity: e, mention: m };
    else if (e.type === 'PERSON') return { entity: e, mention: m };
    else found ??= { entity: e, mention: m };
  }
  return owner ?? found;
}

/** Whether a possessive follows a mention inside a phrase: "Putin's spokesman", "Osama bin Laden's chief deputy". */
export function possessedBy(syntax: Syntax, m: Pick<Mention, 'start' | 'end'>, range: TokenRange): boolean {
  let last = syntax.tokenAt(m.start);
  while (last >= 0 && last < range.last && syntax.words[last]!.end < m.end) last++;
  const after = syntax.words[last + 1];
  return last >= 0 && after !== undefined && possessive(after) && last + 1 < range.last;
}

/**
 * "the expert", "the Russian President": the person introduced with that title (resolveDescription), else the
 * person who last spoke, when near and when the role the text gave them fits; "the ministry": the last
 * organisation whose name has that word.
 */
function described(doc: Doc, syntax: Syntax, descriptions: () => DescriptionIndex, range: TokenRange, person: Salient | null, paragraph: number, orgsByWord: ReadonlyMap<string, Entity>, lex: EntityLexicons, quoteLex: QuoteLexicons): Entity | null {
  const head = syntax.words[range.last]!.lower;
  if (quoteLex.personRoles.has(head)) {
    const span = spanOf(doc.text, syntax.words[range.first]!.start, syntax.words[range.last]!.end);
    const titled = resolveDescription(doc, descriptions(), span, lex);
    if (titled) return titled;
    // A stated role that does not fit ("the minister" after a spokeswoman) blocks the guess, and so does a
    // country the person is not known to belong to ("the Brazilian President" after Xi Jinping).
    const country = describedCountry(syntax, range, lex);
    if (country && person && dictionaryCountry(person.entity.name, doc.published, lex) !== country) return null;
    const fits = !person?.role || person.role.toLowerCase().split(/\s+/).includes(head);
    return person && fits && paragraph - person.paragraph <= DESCRIPTION_REACH ? person.entity : null;
  }
  if (range.last === range.first + 1 && quoteLex.organizationHeads.has(head)) return orgsByWord.get(head) ?? null;
  return null;
}

/** The country a description names with a demonym or country word ("the Brazilian President"), or null. */
function describedCountry(syntax: Syntax, range: TokenRange, lex: EntityLexicons): string | null {
  for (let i = range.first; i < range.last; i++) {
    const place = lex.places.get(syntax.words[i]!.text.toUpperCase());
    if (place && place.kind !== 'place') return place.country;
  }
  return null;
}

/**
 * The role the text gives a name: its title ("Defense Minister Sergei Ivanov"), or the description it is in
 * apposition with ("A senior police official, Saud Aziz", "Li Lifan, an expert at …").
 */
function roleOf(syntax: Syntax, appositions: Appositions, m: Mention): string | null {
  const first = syntax.tokenAt(m.start);
  const title = syntax.titleBefore(first);
  if (title) return title.span.text;
  const text = (r: TokenRange) => syntax.words.slice(r.first, r.last + 1).map((w) => w.text).join(' ');
  const named = appositions.byApposition.get(first);
  if (named) return text(named.head);
  const described = appositions.byHeadEnd.get(m.end);
  return described && described.head.last >= first ? text(described.apposition) : null;
}

/** The noun appositions of the document, by where the apposition starts and where its head ends. */
interface Appositions {
  byApposition: Map<number, Apposition>;
  byHeadEnd: Map<number, Apposition>;
}

function appositionIndex(syntax: Syntax): Appositions {
  const out: Appositions = { byApposition: new Map(), byHeadEnd: new Map() };
  for (const a of syntax.appositions) {
    if (a.kind !== 'noun') continue;
    if (!out.byApposition.has(a.apposition.first)) out.byApposition.set(a.apposition.first, a);
    const end = syntax.words[a.head.last]!.end;
    if (!out.byHeadEnd.has(end)) out.byHeadEnd.set(end, a);
  }
  return out;
}

/**
 * The places of speakers and actors, in text order: each verb group's subject (a speaker's when the verb is
 * a reporting cue), the noun phrase after a reporting verb that follows a comma or a closing quotation mark
 * ("…," said the expert), and the phrase after "according to".
 */
export function placesOf(syntax: Syntax, quoteLex: QuoteLexicons): Place[] {
  const { words } = syntax;
  const out: Place[] = [];
  const isCue = (i: number) => quoteLex.cueForms.has(words[i]!.lower);
  for (const g of syntax.verbGroups) {
    const speaking = isCue(g.head);
    if (g.subject) out.push({ range: g.subject, speaking });
    let p = g.first - 1;
    while (p >= 0 && words[p]!.pos === 'ADV') p--;
    const inverted = p >= 0 && (has(words[p], WORD.COMMA) || has(words[p], WORD.QUOTE_MARK));
    if (speaking && inverted && g.object) out.push({ range: g.object, speaking: true });
  }
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i]!.lower !== 'according' || words[i + 1]!.lower !== 'to') continue;
    const chunk = syntax.chunkAt(i + 2);
    if (chunk && chunk.first === i + 2) out.push({ range: { first: chunk.first, last: chunk.last }, speaking: true });
  }
  return out.sort((a, b) => a.range.first - b.range.first);
}

/** Per word, whether it stands inside quotation marks of its paragraph (curly marks by side, straight ones by parity). */
function insideQuotes(syntax: Syntax): Uint8Array {
  const { words } = syntax;
  const out = new Uint8Array(words.length);
  for (const p of syntax.paragraphs) {
    let open = false;
    for (let i = p.first; i <= p.last; i++) {
      const w = words[i]!;
      if (has(w, WORD.QUOTE_MARK) && !SINGLE.has(w.text)) {
        open = OPENING.has(w.text) ? true : CLOSING.has(w.text) ? false : !open;
        continue;
      }
      if (open) out[i] = 1;
    }
  }
  return out;
}
