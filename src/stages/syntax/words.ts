import { CAPITAL_INITIAL, WORD, type Doc, type TokenRange, type Word } from '../../model/index.ts';
import type { SyntaxWords } from '../../lexicons/syntax/syntax-lexicons.ts';

const QUOTE_MARK = /^["“”«»„‘’']$/;
const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'DET']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** How far after "after"/"before" a verb must come for it to open a clause ("after Israel attacked"). */
const CLAUSE_VERB_REACH = 5;

/** The closed classes a lower-case word belongs to, as bits. */
const CLASS = {
  PERSONAL: 1 << 0,
  CLAUSE_WORD: 1 << 1,
  QUANTIFIER: 1 << 2,
  INNER_PREPOSITION: 1 << 3,
  CLAUSE_BOUNDARY: 1 << 4,
  FINITE_AUXILIARY: 1 << 5,
  TIME_CONJUNCTION: 1 << 6,
  FUTURE_MARKER: 1 << 7,
  PAST_VERB: 1 << 8,
  PAST_AUXILIARY: 1 << 9,
  POSSESSIVE: 1 << 10,
  NEGATOR: 1 << 11,
} as const;

/** The closed classes a verb chain's tense is read from (see tensesOf): one vocabulary lookup a token instead of a set lookup a marker list. */
export const TENSE_MARKS = { FUTURE: CLASS.FUTURE_MARKER, PAST: CLASS.PAST_VERB | CLASS.PAST_AUXILIARY } as const;

/** One word of the country and demonym phrases ("SOUTH" leads "SOUTH KOREAN"; "CHINESE" names CHN alone). */
export interface CountryWord {
  country: string | null;
  /** a phrase of more words starts with this one: no longer phrase starts with any other word */
  lead: boolean;
}

/** What the lexicons say of a lower-case word: all the syntax rules look a word up for, found in one lookup per token. */
export interface VocabularyEntry {
  /** its closed classes, CLASS bits */
  closed: number;
  /** a word titles are made of (see TitleWords.words) */
  titleWord: boolean;
  /** its country words entry: right for a token whose text is ASCII (see TitleWords.asciiCountryWords) */
  country: CountryWord | undefined;
}

export type Vocabulary = ReadonlyMap<string, VocabularyEntry>;

/** Per token, its vocabulary entry, if any. */
export type VocabularyEntries = readonly (VocabularyEntry | undefined)[];

/** `titles`: the title words and ASCII country words of titles.ts's TitleWords. */
export function vocabulary(lex: SyntaxWords, titles: { words: Iterable<string>; asciiCountryWords: ReadonlyMap<string, CountryWord> }): Vocabulary {
  const out = new Map<string, VocabularyEntry>();
  const entry = (w: string) => out.get(w) ?? out.set(w, { closed: 0, titleWord: false, country: undefined }).get(w)!;
  const add = (words: ReadonlySet<string>, bit: number) => {
    for (const w of words) entry(w).closed |= bit;
  };
  add(lex.personalPronouns, CLASS.PERSONAL);
  add(lex.possessivePronouns, CLASS.POSSESSIVE);
  add(lex.negators, CLASS.NEGATOR);
  add(lex.clauseWords, CLASS.CLAUSE_WORD);
  add(lex.quantifiers, CLASS.QUANTIFIER);
  add(lex.innerPrepositions, CLASS.INNER_PREPOSITION);
  add(lex.clauseBoundaries, CLASS.CLAUSE_BOUNDARY);
  add(lex.finiteAuxiliaries, CLASS.FINITE_AUXILIARY);
  add(lex.timeConjunctions, CLASS.TIME_CONJUNCTION);
  add(lex.futureMarkers, CLASS.FUTURE_MARKER);
  add(lex.pastVerbs, CLASS.PAST_VERB);
  add(lex.pastAuxiliaries, CLASS.PAST_AUXILIARY);
  for (const w of titles.words) entry(w).titleWord = true;
  for (const [w, country] of titles.asciiCountryWords) entry(w).country = country;
  return out;
}

/** The word view of every token: lower case, lemma, and its word classes (see WORD); and each token's vocabulary entry. */
export function wordsOf(doc: Doc, vocabulary: Vocabulary, sentences: readonly TokenRange[]): { words: Word[]; entries: VocabularyEntries } {
  const conjunctions: number[] = [];
  const entries: (VocabularyEntry | undefined)[] = [];
  const words = doc.tokens.map((t, index) => {
    const lower = t.text.toLowerCase();
    let lemma = !t.lemma || t.lemma === t.text ? lower : t.lemma.toLowerCase();
    // wink leaves some plurals unlemmatised ("talks"): the rules compare singulars.
    if (lemma === lower && (t.pos === 'NOUN' || t.pos === 'PROPN') && lemma.length > 3 && lemma.endsWith('s') && !lemma.endsWith('ss')) lemma = lemma.slice(0, -1);
    const entry = vocabulary.get(lower);
    entries.push(entry);
    const closed = entry?.closed ?? 0;
    if (closed & CLASS.TIME_CONJUNCTION) conjunctions.push(index);
    return { index, text: t.text, lower, lemma, pos: t.pos, start: t.start, end: t.end, sentence: t.sentence, flags: classes(t.text, lower, lemma, t.pos, closed) };
  });
  // A time conjunction opens a clause when a verb follows before any punctuation; else it heads a phrase.
  for (const k of conjunctions) {
    if (!opensClause(words, k, sentences[words[k]!.sentence]!.last)) words[k]!.flags |= WORD.TIME_PREPOSITION;
  }
  return { words, entries };
}

/** Does the text start with an upper-case letter? ASCII answered by its code, the rest by the Unicode class. */
function startsCapital(text: string, c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL_INITIAL.test(text);
}

/** Does the text start with an ASCII letter or digit? Then it is no quotation mark, punctuation or possessive. */
function startsAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function classes(text: string, lower: string, lemma: string, pos: string, closed: number): number {
  let f = 0;
  const c = text.charCodeAt(0);
  const symbol = !startsAlphanumeric(c);
  const quote = symbol && QUOTE_MARK.test(text);
  const capital = startsCapital(text, c);
  // "WHO" (the World Health Organization) is a name, not "who".
  const clauseWord = (closed & CLASS.CLAUSE_WORD) !== 0 && text !== text.toUpperCase();
  if (quote) f |= WORD.QUOTE_MARK;
  if (text === ',') f |= WORD.COMMA;
  if (symbol && /^[.!?…]+$/.test(text)) f |= WORD.FINAL;
  if (symbol && /^(?:-|--|—|–)$/.test(text)) f |= WORD.DASH;
  if (closed & CLASS.PERSONAL) f |= WORD.PERSONAL;
  if (closed & CLASS.POSSESSIVE) f |= WORD.POSSESSIVE;
  if (closed & CLASS.NEGATOR) f |= WORD.NEGATOR;
  if (clauseWord) f |= WORD.CLAUSE_WORD;
  if (capital) f |= WORD.CAPITAL;
  // Possessive 's and abbreviation dots sit inside a noun phrase; a capitalised word the tagger read as a
  // verb is part of a name ("Human Rights Watch").
  const nominal = NOMINAL_POS.has(pos) || (symbol && /^(?:'s|’s|')$/.test(text)) || (pos === 'PUNCT' && /^[.-]$/.test(text)) || (pos === 'VERB' && capital);
  if (nominal && !clauseWord && !quote) f |= WORD.NOMINAL;
  if (HEAD_POS.has(pos) || (closed & CLASS.QUANTIFIER) !== 0 || (pos === 'VERB' && capital)) f |= WORD.HEAD;
  if (pos === 'VERB' || pos === 'AUX') f |= WORD.VERB;
  if (closed & CLASS.INNER_PREPOSITION) f |= WORD.INNER_ADP;
  if (closed & CLASS.CLAUSE_BOUNDARY) f |= WORD.BOUNDARY;
  if (pos === 'AUX' ? (closed & CLASS.FINITE_AUXILIARY) !== 0 : pos === 'VERB' && lower !== lemma && (lower.endsWith('s') || lower.endsWith('ed'))) f |= WORD.INFLECTED;
  return f;
}

/** "after Israel attacked" opens a clause; "after talks with Israel" is a phrase of this one. */
function opensClause(words: readonly Word[], k: number, last: number): boolean {
  for (let j = k + 1; j <= Math.min(last, k + CLAUSE_VERB_REACH); j++) {
    const t = words[j]!;
    if (t.pos === 'PUNCT') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return !t.lower.endsWith('ing');
  }
  return false;
}
