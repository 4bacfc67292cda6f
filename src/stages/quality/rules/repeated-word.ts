import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { matchesIn, type QualityRule } from './rule.ts';
import { furnitureTest } from './page-furniture.ts';

// A word said twice in a row ("the The Pentagon", "US US Pacific Fleet"), or a name's head repeated after its
// acronym ("Treaty (START) treaty"). "had had" and "that that" are English.
const TWICE = /(?<![\p{L}\d])(\p{L}+) \1(?![\p{L}\d])|(?<![\p{L}])(\p{L}{3,}) \(\p{Lu}{2,}\) \2(?![\p{L}])/giu;
// TWICE where no bracketed acronym stands before a word, as in most texts: its second branch cannot match, and
// trying it at every word costs as much as the first.
const DOUBLED = /(?<![\p{L}\d])(\p{L}+) \1(?![\p{L}\d])/giu;
const ACRONYM_BEFORE_WORD = /\(\p{Lu}{2,}\) \p{L}/iu;
// A list naming one item twice ("the foreign ministers of China, China and Japan"): the translation doubled it in
// place of another.
const LISTED_TWICE = /(?<![\p{L}])(\p{Lu}\p{Ll}+), \1(?= (?:and|or) \p{Lu})/gu;
const LIST_HINT = /, \p{Lu}[^,]* (?:and|or) \p{Lu}/u;
const ENGLISH_DOUBLES = new Set(['had', 'that', 'is', 'very', 'so', 'bye', 'no', 'yes', 'ha']);

/**
 * Whether a doubled pair starts a hyphenated name somewhere in the text ("Choi Choi-hee", "Kim Kim-ho"): a
 * Korean surname may equal the first syllable of the given name, so the pair is the name (or a shortened
 * form of it), not a word said twice. The text is searched once per distinct pair, not once per finding.
 */
function hyphenatedNameTest(text: string): (pair: string) => boolean {
  const searched = new Map<string, boolean>();
  return (pair) => {
    let found = searched.get(pair);
    if (found === undefined) searched.set(pair, (found = text.includes(`${pair}-`)));
    return found;
  };
}

// Hoisted: esbuild (tsx) turns a \p{…} literal into new RegExp() at every call.
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * Whether the doubled word is a capitalised word English does not have: a name that doubles its word ("Abdullah
 * Abdullah", "Jing Jing", "Mau Mau"), not a word said twice ("the The", "US US").
 */
const doubledName = (word: string, lex: TranslationLexicons) => CAPITALISED.test(word) && !lex.englishWord(word.toLowerCase());

/** A word doubled by the translation or the editing. */
export const repeatedWord: QualityRule = {
  id: 'repeated-word',
  check(doc, lex) {
    const startsHyphenatedName = hyphenatedNameTest(doc.text);
    const inFurniture = furnitureTest(doc, lex);
    return matchesIn(doc, ACRONYM_BEFORE_WORD.test(doc.text) ? TWICE : DOUBLED)
      .filter(({ match }) => !ENGLISH_DOUBLES.has((match[1] ?? match[2]!).toLowerCase()) && !startsHyphenatedName(match[0]))
      .filter(({ match }) => !(match[1] && doubledName(match[1], lex)))
      // a doubled word in page furniture ("ADD A COMMENT to TO THE NEWS") is the page's, flagged as furniture
      .filter(({ start }) => !inFurniture(start))
      .concat(matchesIn(doc, LISTED_TWICE, LIST_HINT))
      .sort((a, b) => a.start - b.start)
      .map(({ start, end, match }) => ({ start, end, text: `"${match[0]}" repeats a word: one of them should go` }));
  },
};
