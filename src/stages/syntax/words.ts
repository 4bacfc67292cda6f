import { WORD, type Doc, type TokenRange, type Word } from '../../model/index.ts';
import type { SyntaxWords } from '../../lexicons/syntax/syntax-lexicons.ts';

const QUOTE_MARK = /^["“”«»„‘’']$/;
const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'DET']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** How far after "after"/"before" a verb must come for it to open a clause ("after Israel attacked"). */
const CLAUSE_VERB_REACH = 5;

/** The word view of every token: lower case, lemma, and its word classes (see WORD). */
export function wordsOf(doc: Doc, lex: SyntaxWords, sentences: readonly TokenRange[]): Word[] {
  const words = doc.tokens.map((t, index) => {
    const lower = t.text.toLowerCase();
    let lemma = (t.lemma || t.text).toLowerCase();
    // wink leaves some plurals unlemmatised ("talks"): the rules compare singulars.
    if (lemma === lower && (t.pos === 'NOUN' || t.pos === 'PROPN') && /[^s]s$/.test(lemma) && lemma.length > 3) lemma = lemma.slice(0, -1);
    return { index, text: t.text, lower, lemma, pos: t.pos, start: t.start, end: t.end, sentence: t.sentence, flags: classes(t.text, lower, lemma, t.pos, lex) };
  });
  // A time conjunction opens a clause when a verb follows before any punctuation; else it heads a phrase.
  for (const s of sentences) {
    for (let k = s.first; k <= s.last; k++) {
      if (lex.timeConjunctions.has(words[k]!.lower) && !opensClause(words, k, s.last)) words[k]!.flags |= WORD.TIME_PREPOSITION;
    }
  }
  return words;
}

function classes(text: string, lower: string, lemma: string, pos: string, lex: SyntaxWords): number {
  let f = 0;
  const quote = QUOTE_MARK.test(text);
  const capital = /^\p{Lu}/u.test(text);
  // "WHO" (the World Health Organization) is a name, not "who".
  const clauseWord = lex.clauseWords.has(lower) && text !== text.toUpperCase();
  if (quote) f |= WORD.QUOTE_MARK;
  if (text === ',') f |= WORD.COMMA;
  if (/^[.!?…]+$/.test(text)) f |= WORD.FINAL;
  if (/^(?:-|--|—|–)$/.test(text)) f |= WORD.DASH;
  if (lex.personalPronouns.has(lower)) f |= WORD.PERSONAL;
  if (clauseWord) f |= WORD.CLAUSE_WORD;
  if (capital) f |= WORD.CAPITAL;
  // Possessive 's and abbreviation dots sit inside a noun phrase; a capitalised word the tagger read as a
  // verb is part of a name ("Human Rights Watch").
  const nominal = NOMINAL_POS.has(pos) || /^(?:'s|’s|')$/.test(text) || (pos === 'PUNCT' && /^[.-]$/.test(text)) || (pos === 'VERB' && capital);
  if (nominal && !clauseWord && !quote) f |= WORD.NOMINAL;
  if (HEAD_POS.has(pos) || lex.quantifiers.has(lower) || (pos === 'VERB' && capital)) f |= WORD.HEAD;
  if (pos === 'VERB' || pos === 'AUX') f |= WORD.VERB;
  if (lex.innerPrepositions.has(lower)) f |= WORD.INNER_ADP;
  if (lex.clauseBoundaries.has(lower)) f |= WORD.BOUNDARY;
  if (pos === 'AUX' ? lex.finiteAuxiliaries.has(lower) : pos === 'VERB' && lower !== lemma && /(s|ed)$/.test(lower)) f |= WORD.INFLECTED;
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
