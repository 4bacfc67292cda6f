import { isLetterUnit, type QualityRule } from './rule.ts';

// An article, then another determiner: English puts one before a noun ("the its air force"); the same word twice is repeated-word's.
// Searched with the space before a lower-case one ("a " alone ends every word in -a), a capitalised one as it stands.
const ARTICLES = [' the ', ' a ', ' an ', 'The ', 'A ', 'An '];
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'our', 'your', 'my']);
// The longest determiner: a longer word after the article is not looked up.
const LONGEST = 5;
// The first letters of the determiners: most words after an article start otherwise, and are passed at one character.
const FIRST_LETTERS = new Set([...DETERMINERS].map((d) => d.charCodeAt(0)));

/**
 * Two determiners in a row ("the a meeting", "a the minister", "the its army"): a translation kept the source's
 * determiner and added English's, or merged two readings, so the phrase must be guessed. Read from each article
 * and its space (a string search), the word after it read a character at a time and followed by a space (an
 * initial's "A." in "the A.U.", "the a.m. flight" are none); lower-case but a sentence's first article.
 */
export const doubledDeterminers: QualityRule = {
  id: 'doubled-determiner',
  check(doc) {
    const out = [];
    const { text } = doc;
    for (const article of ARTICLES) {
      for (let found = text.indexOf(article); found >= 0; found = text.indexOf(article, found + 1)) {
        const at = article.startsWith(' ') ? found + 1 : found;
        if (at > 0 && isLetterUnit(text.charCodeAt(at - 1))) continue;
        const from = found + article.length;
        if (!FIRST_LETTERS.has(text.charCodeAt(from))) continue;
        let end = from;
        while (end < text.length && end - from <= LONGEST && isLetterUnit(text.charCodeAt(end))) end += 1;
        if (end === from || end - from > LONGEST || text[end] !== ' ') continue;
        const second = text.slice(from, end);
        if (!DETERMINERS.has(second) || second === article.trim()) continue;
        out.push({ start: at, end, text: `"${text.slice(at, end)}" puts two determiners before one noun: one should go, or the phrase around it was garbled in translation` });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
