import { matchesIn, type QualityRule } from './rule.ts';

// A page that could not encode a letter (Turkish ğ ş ı, Polish ł, Vietnamese ơ) writes "?" or U+FFFD in its place, inside
// the word: "Cavuso?glu", "W?odzimierz". English puts a question mark after a word, never between two of its letters; a
// capital first keeps to names, where such letters stand in English copy (a lower-case "php?id" is a link's query).
const LOST = /(?<![\p{L}?\uFFFD])\p{Lu}\p{L}*(?:[?\uFFFD]\p{L}+)+/gu;
const HINT = /\p{L}[?\uFFFD]\p{L}/u;

/** A name holding "?" or U+FFFD between its letters: a letter the page's encoding lost. */
export const lostLetters: QualityRule = {
  id: 'lost-letter',
  check(doc) {
    return matchesIn(doc, LOST, HINT).map(({ start, end, match }) => ({
      start,
      end,
      text: `"${match[0]}" holds a letter the page's encoding could not write (a "?" or U+FFFD for ğ, ş, ı, ł and the like): a garbled name; likely the name with that letter`,
    }));
  },
};
