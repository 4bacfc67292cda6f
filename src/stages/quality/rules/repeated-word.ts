import type { Doc } from '../../../model/index.ts';
import { matchesIn, type QualityRule } from './rule.ts';

// A word said twice in a row ("the The Pentagon", "US US Pacific Fleet"), or a name's head repeated after its
// acronym ("Treaty (START) treaty"). "had had" and "that that" are English.
const TWICE = /(?<![\p{L}\d])(\p{L}+) \1(?![\p{L}\d])|(?<![\p{L}])(\p{L}{3,}) \(\p{Lu}{2,}\) \2(?![\p{L}])/giu;
// TWICE's first branch found from the space between the two words, where no bracketed acronym stands before a
// word, as in most texts: a pattern starting with a space is tried only at spaces, not at every letter, and
// reads the first word back in a lookbehind.
const DOUBLED_AT_SPACE = / (?<=(?<![\p{L}\d])(\p{L}+) )\1(?![\p{L}\d])/giu;
const ACRONYM_BEFORE_WORD = /\(\p{Lu}{2,}\) \p{L}/iu;
const ENGLISH_DOUBLES = new Set(['had', 'that', 'is', 'very', 'so', 'bye', 'no', 'yes', 'ha']);

/**
 * The doubled words of each paragraph as TWICE's first branch matches them. A match found at its space is kept
 * only when its first word starts past the last match's end, as a scan from each word's start would have it:
 * "the the the" is one match, not two.
 */
function doubledWords(doc: Doc): { start: number; end: number; word: string }[] {
  const out = [];
  for (const p of doc.paragraphs) {
    let lastEnd = 0;
    for (const m of p.text.matchAll(DOUBLED_AT_SPACE)) {
      const start = m.index - m[1]!.length;
      if (start < lastEnd) continue;
      lastEnd = m.index + m[0].length;
      out.push({ start: p.start + start, end: p.start + lastEnd, word: m[1]! });
    }
  }
  return out;
}

/** A word doubled by the translation or the editing. */
export const repeatedWord: QualityRule = {
  id: 'repeated-word',
  check(doc) {
    // most texts hold no bracket at all: one includes says so before the acronym test
    const found = doc.text.includes('(') && ACRONYM_BEFORE_WORD.test(doc.text)
      ? matchesIn(doc, TWICE).map(({ start, end, match }) => ({ start, end, word: match[1] ?? match[2]! }))
      : doubledWords(doc);
    return found
      .filter(({ word }) => !ENGLISH_DOUBLES.has(word.toLowerCase()))
      .map(({ start, end }) => ({ start, end, text: `"${doc.text.slice(start, end)}" repeats a word: one of them should go` }));
  },
};
