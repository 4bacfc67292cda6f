import { needfulMatches, type QualityRule } from './rule.ts';

/**
 * A function-word pattern English never has, written by a translation that kept the source's grammar ("Two other were",
 * "these are who", "we will not allow to enter"): the patterns are cues.json's grammar entries, each named, in list order.
 */
export const foreignGrammar: QualityRule = {
  id: 'foreign-grammar',
  check(doc, lex) {
    return needfulMatches(doc, lex.grammar).map(({ entry: { name, cause, reading }, start, end, match }) => ({
      start,
      end,
      text: `"${match[0]}" (${name}): ${cause}; likely "${reading}"`,
    }));
  },
};
