import type { QualityRule } from './rule.ts';
import { unitSet, wordsOf } from './words.ts';

// An article, then another determiner: English puts one before a noun ("the its air force"); the same word twice is repeated-word's.
const ARTICLES = new Set(['the', 'a', 'an']);
const CAPITALISED_ARTICLES = new Set(['The', 'A', 'An']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'our', 'your', 'my']);
// The longest determiner: a longer word after the article is not looked up.
const LONGEST = 5;
// The first letters of the determiners: most words after an article start otherwise, and are passed at one character.
const FIRST_LETTERS = unitSet([...DETERMINERS].map((d) => d.charCodeAt(0)));
// The first letters of the articles, either case.
const ARTICLE_FIRST = unitSet([...ARTICLES, ...CAPITALISED_ARTICLES].map((a) => a.charCodeAt(0)));

/** The article the run of letters [start, end) is, or null: a lower-case one after a space only ("a" ends every word in -a). */
function articleAt(text: string, start: number, end: number): string | null {
  const word = text.slice(start, end);
  if (CAPITALISED_ARTICLES.has(word)) return word;
  return ARTICLES.has(word) && text.charCodeAt(start - 1) === 0x20 ? word : null;
}

/**
 * Two determiners in a row ("the a meeting", "a the minister", "the its army"): a translation kept the source's
 * determiner and added English's, or merged two readings, so the phrase must be guessed. Read from the text's runs
 * of letters (see wordsOf): an article followed by a space and a run of letters that is a determiner and is followed
 * by a space (an initial's "A." in "the A.U.", "the a.m. flight" are none); lower-case but a sentence's first article.
 */
export const doubledDeterminers: QualityRule = {
  id: 'doubled-determiner',
  check(doc) {
    const out = [];
    const { text } = doc;
    const { runs } = wordsOf(text);
    for (let i = 0; i + 2 < runs.length; i += 2) {
      const at = runs[i]!;
      const from = runs[i + 1]! + 1;
      // an article's length and first letter, then one space and a run of a determiner's first letter and length
      if (from - at > 4 || !ARTICLE_FIRST.has(text.charCodeAt(at)) || runs[i + 2] !== from || text.charCodeAt(from - 1) !== 0x20) continue;
      const end = runs[i + 3]!;
      if (end - from > LONGEST || !FIRST_LETTERS.has(text.charCodeAt(from)) || text.charCodeAt(end) !== 0x20) continue;
      const article = articleAt(text, at, from - 1);
      if (article === null) continue;
      const second = text.slice(from, end);
      if (!DETERMINERS.has(second) || second === article) continue;
      out.push({ start: at, end, text: `"${text.slice(at, end)}" puts two determiners before one noun: one should go, or the phrase around it was garbled in translation` });
    }
    return out;
  },
};
