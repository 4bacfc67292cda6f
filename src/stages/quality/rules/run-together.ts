import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { isLetterUnit, matchesIn, type Finding, type QualityRule } from './rule.ts';

// A sentence's full stop glued to the next sentence's first word ("day.The", "2017.Talking"), or a word glued
// to a bracket ("Staff(JCS)"): the space was lost when the copy was pasted or converted. The left side is a
// word or a number of two characters or more, so initials ("U.S.") and domains ("news.ru") do not match, nor does a
// domain written with a capital ("VOANews.Com").
// A closing square bracket glued to the next sentence's first word ("[Reporter Fu Jiajun]According") and a
// clock time glued to a capitalised word ("09:40:25Source") are the same lost space; a number glued to a word
// is not read ("3D", "5G", "10Mbps" are English), only a time with its colon.
const GLUED = /[\p{L}\d'’-]*(?:\p{Ll}{2}|\p{Lu}{2}|\d)[.!?](?!(?:Com|Net|Org|Gov|Info)(?!\p{L}))\p{Lu}\p{Ll}+[\p{L}'’]*|\p{L}*\p{Ll}{3}\(\p{Lu}[^)\s]*\)?|\p{L}+\]\p{Lu}\p{Ll}+|\d{1,2}:\d\d(?::\d\d)?\p{Lu}\p{Ll}{2,}/gu;
// What every glued place holds: a stop between a word and a capitalised one, a lowercase letter before a bracket,
// a bracket closed before a capitalised word, or a time's last two digits before one.
const GLUE_HINT = /[\p{L}\d][.!?]\p{Lu}\p{Ll}|\p{Ll}\(\p{Lu}|\p{L}\]\p{Lu}\p{Ll}|:\d\d\p{Lu}\p{Ll}/u;

// Function words a lost space glues to the word before them.
const FUNCTION_WORDS = ['after', 'the', 'and', 'with', 'from', 'for', 'in', 'of', 'to', 'on', 'at', 'by'];
// A lower-case word is split only before a function word this long: English has many words ending in "-in", "-to", "-on" ("kwaito").
const LOWER_GLUE = 3;
const STEM = 3;

/** Whether a token is letters alone, five or more. */
function plainWord(word: string): boolean {
  if (word.length < 5) return false;
  for (let i = 0; i < word.length; i += 1) if (!isLetterUnit(word.charCodeAt(i))) return false;
  return true;
}

/**
 * A function word glued to the word before it, the pair no word of English ("blinkafter", "Cebuin"): a lower-case
 * one splits into an English word and "after", "the", "and", "with", "from" or "for"; a capitalised one into a name
 * the text writes alone elsewhere (no English word: "Thein" is no "The" with "in") and any function word. Read from
 * the tokenizer's tokens, only those ending on a function word looked up.
 */
function gluedFunctionWords(doc: Doc, lex: TranslationLexicons): Finding[] {
  const out: Finding[] = [];
  // the words the text writes, built at the first capitalised candidate: most texts have none
  let written: Set<string> | undefined;
  for (const t of doc.tokens) {
    const word = t.text;
    if (!plainWord(word)) continue;
    const glue = FUNCTION_WORDS.find((f) => word.endsWith(f) && word.length - f.length >= STEM);
    if (!glue || lex.englishWord(word.toLowerCase())) continue;
    const stem = word.slice(0, -glue.length);
    const lower = stem.toLowerCase();
    const split = stem === lower
      ? glue.length >= LOWER_GLUE && lex.englishWord(stem)
      : !lex.englishWord(lower) && (written ??= new Set(doc.tokens.map((x) => x.text))).has(stem);
    if (split) out.push({ start: t.start, end: t.end, text: `"${word}" runs two words together ("${stem} ${glue}"): a space was lost (pasted or converted copy, often machine-translated)` });
  }
  return out;
}

/** Two sentences, a word and a bracket, or a word and the function word after it run together without a space. */
export const runTogether: QualityRule = {
  id: 'run-together',
  check(doc, lex) {
    const found: Finding[] = matchesIn(doc, GLUED, GLUE_HINT).map(({ start, end, match }) => ({
      start,
      end,
      text: `"${match[0]}" runs two words or sentences together: a space was lost (pasted or converted copy, often machine-translated)`,
    }));
    const glued = gluedFunctionWords(doc, lex).filter((g) => !found.some((f) => f.start < g.end && g.start < f.end));
    return glued.length === 0 ? found : [...found, ...glued].sort((a, b) => a.start - b.start);
  },
};
