import type { Span } from './span.ts';
import type { Timex } from './timex.ts';

/**
 * The shallow-syntax layer: built once by the `syntax` stage from the tokens, read by every later stage
 * instead of a parser of its own. It is derived (the same tokens always give the same view) and large (a
 * few records per token), so it lives on the working document only and is never serialized: the JSON a
 * user reads keeps its tokens, and whoever needs the view again rebuilds it from them.
 *
 * Token indices are into `doc.tokens` (and `words`), unless a query says it works on a slice.
 */
export interface Syntax {
  /** One per token, in order: the forms the rules compare, and the token's word classes. */
  readonly words: readonly Word[];
  /** Per sentence and per paragraph, the token range (last < first when it holds none). */
  readonly sentences: readonly TokenRange[];
  readonly paragraphs: readonly TokenRange[];
  /** Base noun chunks ("the Russian Defense Minister"), without prepositional tails, in text order. */
  readonly chunks: readonly NounChunk[];
  /** Verb groups ("did not say", "would resume", "was attacked"), in text order. */
  readonly verbGroups: readonly VerbGroup[];
  /** Prepositions and the chunk each introduces, with what it attaches to. */
  readonly attachments: readonly Attachment[];
  /** "X, a/the/Country's …," and "X, from/of …,": a phrase set off by commas after a noun chunk. */
  readonly appositions: readonly Apposition[];
  /** Wire datelines that open a paragraph ("CAIRO (AP) —", "UNITED NATIONS, Sept. 23 (Xinhua) --"). */
  readonly datelines: readonly Dateline[];

  /** The chunk or verb group holding token `i`, or null. */
  chunkAt(i: number): NounChunk | null;
  verbGroupAt(i: number): VerbGroup | null;
  /** Is token `i` inside a dateline (where no clause starts and no phrase is a subject)? */
  inDateline(i: number): boolean;
  /** Tense of the verb chain ending at the verb `i` (its auxiliaries, particles and adverbs just before it). */
  tenseAt(i: number): Tense;
  /** Is the verb `i` a passive participle (a form of be or get before it, only adverbs between)? */
  passiveAt(i: number): boolean;
  /** The token starting at character `offset`, or -1. */
  tokenAt(offset: number): number;
  /** The title the text puts right before token `i` ("Russian Defense Minister" before "Sergey Shoigu"), or null. */
  titleBefore(i: number): Title | null;

  /**
   * Phrase queries over an array of words (all of them, or a paragraph's): indices are into `ws`, and the
   * scans stop at `lo` and `hi` (a word just beyond may be peeked at, never taken). They find the noun phrase
   * the rules of attribution need: ending or starting at a place, or the subject of a verb.
   */
  phraseEndingAt(ws: readonly Word[], j: number, lo: number): LocalRange | null;
  /** `isTime`: words of a time expression, left out of the phrase's end ("said the minister on Sunday"). */
  phraseStartingAt(ws: readonly Word[], i: number, hi: number, isTime?: TimeTest): LocalRange | null;
  /** `isTime`: words of a time expression, passed over between subject and verb ("officials last week said"). */
  subjectBefore(ws: readonly Word[], verb: number, lo: number, isTime?: TimeTest): LocalRange | null;
  nearestSubject(ws: readonly Word[], at: number, lo: number): LocalRange | null;
  /**
   * Clause boundaries around word `i`, looking at most `reach` words back, or up to `limit`: clause words,
   * "but", ";", full stops and opening quotation marks, and what the caller counts as a boundary too (its
   * reporting verbs); "after" heading a phrase ends no clause.
   */
  clauseStartBefore(ws: readonly Word[], i: number, reach: number, boundary: (k: number) => boolean): number;
  clauseEndAfter(ws: readonly Word[], i: number, limit: number, boundary: (k: number) => boolean): number;
  /** Does the clause after "that" state a fact: is its first verb, within `reach` words, finite ("has been")? */
  statesFact(ws: readonly Word[], that: number, reach: number): boolean;
  /** The preposition governing the phrase that starts at `first` ("between", "by", "to", …), past determiners, adjectives and numbers. */
  governorOf(ws: readonly Word[], first: number): string | null;
  mainSubject(ws: readonly Word[], lo: number, hi: number, isTime?: TimeTest): LocalRange | null;
}

/**
 * Is this word part of a time expression? The syntax stage runs before dates, so the stages after dates
 * pass one built from `doc.timexes` (see timeWords).
 */
export type TimeTest = (w: Word) => boolean;

/**
 * Words of the document's time adverbials ("said Sunday", "last week", "in July", "late on Thursday"), as a
 * TimeTest: the DATE and TIME timexes that name a time and stand as an adverbial. Left out: durations and
 * sets ("for 13 days", "every week"), which measure rather than place an act; references ("the future");
 * and a time that modifies a noun: a possessive ("Monday's talks"), a compound ("first-half net profit"),
 * a quarter, half or year before a noun ("fourth quarter earnings", "1996 profits").
 */
export function timeWords(words: readonly Word[], timexes: readonly Timex[]): TimeTest {
  const inside = new Uint8Array(words.length);
  const spans = timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && !t.value?.endsWith('_REF')).sort((a, b) => a.start - b.start);
  let k = 0;
  for (const span of spans) {
    while (k < words.length && words[k]!.end <= span.start) k++;
    let last = k;
    while (last + 1 < words.length && words[last + 1]!.start < span.end) last++;
    if (k >= words.length || words[k]!.start >= span.end) continue;
    const next = words[last + 1];
    const modifier = words.slice(k, last + 1).some((w) => w.text.includes('-')) || /^\d{4}-[QH]\d$/.test(span.value ?? '') || /^\d{4}$/.test(span.text);
    if (next && (next.lower === "'s" || next.lower === '’s' || (modifier && (next.pos === 'NOUN' || next.pos === 'ADJ')))) continue;
    inside.fill(1, k, last + 1);
  }
  return (w) => inside[w.index] === 1;
}

/** A token as the rules read it. */
export interface Word {
  /** index into doc.tokens */
  readonly index: number;
  readonly text: string;
  readonly lower: string;
  /** lower-case lemma; a plural noun the lemmatiser left alone is reduced to a crude singular */
  readonly lemma: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** word classes, a bit set of WORD */
  readonly flags: number;
}

/** Word classes, as bits of `Word.flags`. Test with `has(word, WORD.X)`. */
export const WORD = {
  QUOTE_MARK: 1 << 0,
  COMMA: 1 << 1,
  /** . ! ? … */
  FINAL: 1 << 2,
  /** - -- — – */
  DASH: 1 << 3,
  /** he she they it we i you */
  PERSONAL: 1 << 4,
  /** that which who … because if while …: opens a clause ("WHO" the organisation does not) */
  CLAUSE_WORD: 1 << 5,
  /** can stand inside a noun phrase */
  NOMINAL: 1 << 6,
  /** can head a noun phrase */
  HEAD: 1 << 7,
  /** VERB or AUX */
  VERB: 1 << 8,
  CAPITAL: 1 << 9,
  /** a preposition allowed inside a noun phrase ("Officials in Baghdad", "Ministry of Foreign Affairs") */
  INNER_ADP: 1 << 10,
  /** a word where an event's clause ends (; : that which … but … if where until) */
  BOUNDARY: 1 << 11,
  /** after/before/since/until heading a phrase ("after talks with Israel"), not a clause of its own ("after Israel attacked") */
  TIME_PREPOSITION: 1 << 12,
  /** a finite form by its shape: an auxiliary such as has, was, did, or a verb ending in -s or -ed that is not its lemma */
  INFLECTED: 1 << 13,
  /** his her its their our my your */
  POSSESSIVE: 1 << 14,
  /** not n't never */
  NEGATOR: 1 << 15,
} as const;

/**
 * The verb groups lying in words [first, end), in text order: a binary search for the first, since the groups go in
 * word order and never cross a sentence. A per-sentence reader scans its own groups, not the document's.
 */
export function verbGroupsIn(groups: readonly VerbGroup[], first: number, end: number): VerbGroup[] {
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid]!.last < first) lo = mid + 1;
    else hi = mid;
  }
  const out: VerbGroup[] = [];
  for (let k = lo; k < groups.length && groups[k]!.first < end; k++) out.push(groups[k]!);
  return out;
}

export const has = (w: Word | undefined, flag: number): boolean => w !== undefined && (w.flags & flag) !== 0;

/** The possessive "'s", typeset straight or curly ("Myanmar’s military government"). */
export function possessive(t: Word | undefined): boolean {
  return t !== undefined && (t.lemma === "'s" || t.lower === "'s" || t.lower === '’s');
}

/** A token range `[first, last]`, inclusive; indices into doc.tokens. */
export interface TokenRange {
  first: number;
  last: number;
}

/** A token range inside a slice of words (indices into the slice). */
export interface LocalRange {
  first: number;
  last: number;
}

export interface NounChunk extends TokenRange {
  /** the head word: the last noun, name, pronoun or number */
  head: number;
}

export type Tense = 'past' | 'future' | 'none';

export interface VerbGroup extends TokenRange {
  /** the first verb or auxiliary: the finite one, if any */
  lead: number;
  /** the main verb: the last verb of the group (or its last auxiliary) */
  head: number;
  lemma: string;
  tense: Tense;
  negated: boolean;
  /** the modal auxiliary ("would", "must"), lower case, or null */
  modal: string | null;
  passive: boolean;
  /** led by an inflected auxiliary or verb, a modal, or a past form: a clause of its own, not an infinitive or participle */
  finite: boolean;
  /** the noun phrase before the group that is its subject, or null */
  subject: TokenRange | null;
  /** the first noun chunk after the group in its clause, or null */
  object: TokenRange | null;
}

export interface Attachment {
  /** the preposition */
  prep: number;
  /** index into chunks: the chunk the preposition introduces */
  object: number;
  /** what it attaches to: the chunk or verb group right before the preposition, or null */
  host: { kind: 'chunk' | 'verb'; index: number } | null;
}

export interface Apposition {
  /** the noun chunk the apposition describes */
  head: TokenRange;
  /** the words between the commas */
  apposition: TokenRange;
  /** 'noun': "X, a/the/Canada's minister …,"; 'prepositional': "X, from the Institute …," */
  kind: 'noun' | 'prepositional';
}

export interface Dateline extends TokenRange {
  /** the city ("UNITED NATIONS", "CANBERRA") */
  place: TokenRange;
  /** a state, province or country after it (", Australia", ", Fla.") */
  regions: TokenRange[];
  date: TokenRange | null;
  /** the news agency in parentheses ("AP", "Xinhua") */
  agency: TokenRange | null;
}

export interface Title {
  /** the whole title as written before the name ("former US national security adviser") */
  span: Span;
  /** the title without a leading country word ("Defense Minister" of "Russian Defense Minister") */
  role: string | null;
  /** ISO-3 of the country word in the title */
  country: string | null;
  /** CAMEO role code of the longest Phoenix agent title inside ("GOV", "GOVMIL") */
  agent: string | null;
}
