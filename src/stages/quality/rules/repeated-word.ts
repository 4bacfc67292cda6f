import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { capitalisedWordRepeated, isLetterUnitAnyCase, letterRunStart, matchesIn, paragraphTest, SURROGATE, type QualityRule } from './rule.ts';
import { furnitureTest } from './page-furniture.ts';
import { firstRunEndingAfter, wordsOf } from './words.ts';
import { noLowercaseWord, tableRow } from './line-shape.ts';

// A word said twice in a row ("the The Pentagon", "US US Pacific Fleet"), or a name's head repeated after its
// acronym ("Treaty (START) treaty"). "had had" and "that that" are English.
const TWICE = /(?<![\p{L}\d])(\p{L}+) \1(?![\p{L}\d$])|(?<![\p{L}])(\p{L}{3,}) \(\p{Lu}{2,}\) \2(?![\p{L}])/giu;
// A word before a dollar sign is a currency's ("a A$ 4.3 million profit"), no word said again.
// TWICE where no bracketed acronym stands before a word, as in most texts: its second branch cannot match, and
// trying it at every word costs as much as the first.
const DOUBLED = /(?<![\p{L}\d])(\p{L}+) \1(?![\p{L}\d$])/giu;
const ACRONYM_BEFORE_WORD = /\(\p{Lu}{2,}\) \p{L}/iu;

/**
 * Where DOUBLED may match: a word of letters (as DOUBLED, which ignores case, reads them) with a space after it and
 * a character that can be its first letter again, case aside (ASCII letters compared; outside ASCII, case folding
 * has more pairs, and any is kept).
 */
function doubledStarts(text: string): number[] {
  const out = [];
  for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
    if (space + 1 === text.length) continue;
    // what follows the space must be a letter to be the word again: tested before the word is read back
    const next = text.charCodeAt(space + 1);
    if (!isLetterUnitAnyCase(next)) continue;
    const word = letterRunStart(text, space, isLetterUnitAnyCase);
    if (word === space) continue;
    const first = text.charCodeAt(word);
    if (next < 128 && first < 128 && (first | 32) !== (next | 32)) continue;
    out.push(word);
  }
  return out;
}

/**
 * Where DOUBLED may match in the paragraphs of a document, read from its runs of letters (see wordsOf): a run with a
 * space after it and a run right after that, as long (the word again, case aside: DOUBLED's capture is the run before
 * the space, its repetition no shorter and no longer) and starting with the same ASCII letter, case aside. With
 * `acronym`, where TWICE may match: also a run of three letters or more before a space and a bracket. A text holding a
 * surrogate, or a unit that is a letter only to a pattern ignoring case, is read a paragraph at a time by doubledStarts,
 * or for TWICE searched whole (undefined).
 */
function startsOf(text: string, acronym: boolean): ((paragraph: string, offset: number) => number[]) | undefined {
  const words = wordsOf(text);
  if (words.surrogate || words.foldLetter) return acronym ? undefined : doubledStarts;
  const { runs } = words;
  return (paragraph, offset) => {
    const out = [];
    const end = offset + paragraph.length;
    for (let i = 2 * firstRunEndingAfter(words, offset); i + 2 < runs.length && runs[i]! < end; i += 2) {
      const space = runs[i + 1]!;
      if (space + 1 >= end || text.charCodeAt(space) !== 0x20) continue;
      const word = Math.max(runs[i]!, offset);
      if (acronym && text.charCodeAt(space + 1) === 0x28 && space - word >= 3) {
        out.push(word - offset);
        continue;
      }
      if (runs[i + 2] !== space + 1 || Math.min(runs[i + 3]!, end) - (space + 1) !== space - word) continue;
      const first = text.charCodeAt(word);
      const next = text.charCodeAt(space + 1);
      if (next < 128 && first < 128 && (first | 32) !== (next | 32)) continue;
      out.push(word - offset);
    }
    return out;
  };
}

// A list naming one item twice ("the foreign ministers of China, China and Japan"): the translation doubled it in
// place of another.
const LISTED_TWICE = /(?<![\p{L}])(\p{Lu}\p{Ll}+), \1(?= (?:and|or) \p{Lu})/gu;
const LIST_HINT = /, \p{Lu}[^,]* (?:and|or) \p{Lu}/u;
/**
 * What every LISTED_TWICE match holds, a capitalised word on both sides of ", ", read from each ", " (a native
 * string search), cheaper than LIST_HINT's try at every character; a text holding a surrogate is left to LIST_HINT.
 */
const LISTED_HINT = {
  test(text: string): boolean {
    return SURROGATE.test(text) ? LIST_HINT.test(text) : capitalisedWordRepeated(text, ', ');
  },
};
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

// A doubled pair the text writes this often alike is its own term (a name "Mei Mei", a table's empty cells "unq unq"): a slip is not made so thrice.
const SAME_PAIR_AGAIN = 3;

/** The findings less those whose doubled pair, written exactly so, the text has SAME_PAIR_AGAIN times or more. */
function withoutRecurringPairs<T extends { match: RegExpExecArray }>(found: T[]): T[] {
  const count = new Map<string, number>();
  for (const { match } of found) count.set(match[0], (count.get(match[0]) ?? 0) + 1);
  return found.filter(({ match }) => count.get(match[0])! < SAME_PAIR_AGAIN);
}

// A lower-case word and the same letters in capitals after it: an acronym opening a name ("job cuts at AT and T",
// "in IN Group"), no word retyped: a slip repeats the word as written or capitalises its first letter ("the The").
const LOWER_THEN_ACRONYM = /^\p{Ll}+ \p{Lu}{2,}$/u;

/** A word doubled by the translation or the editing. */
export const repeatedWord: QualityRule = {
  id: 'repeated-word',
  check(doc, lex) {
    const startsHyphenatedName = hyphenatedNameTest(doc.text);
    const inFurniture = furnitureTest(doc, lex);
    // a table's row or a heading (no lowercase word) rather than a sentence
    const noSentence = paragraphTest(doc, (text) => tableRow(text) || noLowercaseWord(text));
    return withoutRecurringPairs(ACRONYM_BEFORE_WORD.test(doc.text) ? matchesIn(doc, TWICE, undefined, startsOf(doc.text, true)) : matchesIn(doc, DOUBLED, undefined, startsOf(doc.text, false)))
      .filter(({ match }) => !ENGLISH_DOUBLES.has((match[1] ?? match[2]!).toLowerCase()) && !startsHyphenatedName(match[0]))
      .filter(({ match }) => !(match[1] && doubledName(match[1], lex)))
      .filter(({ match }) => !LOWER_THEN_ACRONYM.test(match[0]))
      // a doubled word in page furniture ("ADD A COMMENT to TO THE NEWS") is the page's, flagged as furniture
      .filter(({ start }) => !inFurniture(start))
      // and in a line that is no sentence (a table's row, a column heading) a cell or a heading is repeated
      .filter(({ start }) => !noSentence(start))
      .concat(matchesIn(doc, LISTED_TWICE, LISTED_HINT))
      .sort((a, b) => a.start - b.start)
      .map(({ start, end, match }) => ({ start, end, text: `"${match[0]}" repeats a word: one of them should go` }));
  },
};
