import { matchesIn, type QualityRule } from './rule.ts';
import { furnitureTest } from './page-furniture.ts';

// A full stop after a plain lower-case word (no abbreviation: "U.S.", "a.m.", "Jan." have a dot inside or a capital)
// and a lower-case word after it ("in the mainland. man visiting China"): a stop the translation put where none
// belongs, or the words around it lost.
const LOWER_AFTER_STOP = /(?<![\p{L}.])\p{Ll}{4,}\. \p{Ll}{2,}(?![\p{L}.])/gu;
const isAsciiLower = (unit: number) => unit >= 97 && unit <= 122;
// What every match holds, a-z on both sides of ". ": looked for from each ". " (a native string search), as a
// pattern would try at every character.
const HINT = {
  test(text: string): boolean {
    for (let at = text.indexOf('. '); at >= 0; at = text.indexOf('. ', at + 1)) if (isAsciiLower(text.charCodeAt(at - 1)) && isAsciiLower(text.charCodeAt(at + 2))) return true;
    return false;
  },
};
// Lower-case abbreviations of four letters or more that a lower-case word may follow.
const ABBREVIATIONS = new Set(['approx', 'incl', 'govt', 'dept', 'esp', 'resp', 'excl', 'etc']);
// A capitalised word right after the lower-case one: the sentence starts there and the word before it is a speaker's
// filler, as a broadcast transcript writes it ("across the country. um So it's a fallacy"). Read there alone (sticky).
const SENTENCE_AFTER = / \p{Lu}/uy;
const fillerBeforeSentence = (text: string, end: number) => ((SENTENCE_AFTER.lastIndex = end), SENTENCE_AFTER.test(text));

/** A sentence that starts lower-case after a full stop: a phrase the translation broke. */
export const lowercaseSentences: QualityRule = {
  id: 'lowercase-sentence',
  check(doc, lex) {
    const inFurniture = furnitureTest(doc, lex);
    return matchesIn(doc, LOWER_AFTER_STOP, HINT)
      // a link label after a story's sentence ("… administration. read more") is page furniture
      .filter(({ match }) => !ABBREVIATIONS.has(match[0].slice(0, match[0].indexOf('.'))))
      .filter(({ start }) => !inFurniture(start))
      .filter(({ end }) => !fillerBeforeSentence(doc.text, end))
      .map(({ start, end, match }) => ({ start, end, text: `"${match[0]}": a sentence starting lower-case after a full stop, a stop put where none belongs or words lost around it` }));
  },
};
