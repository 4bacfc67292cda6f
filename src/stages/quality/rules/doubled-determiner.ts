import type { QualityRule } from './rule.ts';

// An article, then another determiner: English puts one before a noun ("the its air force"); the same word twice is repeated-word's.
const ARTICLES = new Set(['the', 'a', 'an']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'our', 'your', 'my']);

/**
 * Two determiners in a row ("the a meeting", "a the minister", "the its army"): a translation kept the source's
 * determiner and added English's, or merged two readings, so the phrase must be guessed. Read from the tokenizer's
 * tokens, both lower-case (an initial's "A.", as in "the A.U.", is none) and a space apart.
 */
export const doubledDeterminers: QualityRule = {
  id: 'doubled-determiner',
  check(doc) {
    const out = [];
    const { tokens } = doc;
    for (let i = 1; i < tokens.length; i += 1) {
      const [first, second] = [tokens[i - 1]!, tokens[i]!];
      if (!DETERMINERS.has(second.text) || first.text === second.text || !ARTICLES.has(first.text.toLowerCase()) || second.start !== first.end + 1) continue;
      // "a" as a letter or a name's initial goes on with a stop or a hyphen ("the a.m. flight", "an a-ha moment")
      if (second.text === 'a' && /[.-]/.test(doc.text[second.end] ?? '')) continue;
      out.push({ start: first.start, end: second.end, text: `"${first.text} ${second.text}" puts two determiners before one noun: one should go, or the phrase around it was garbled in translation` });
    }
    return out;
  },
};
