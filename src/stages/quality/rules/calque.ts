import { needfulMatches, type QualityRule } from './rule.ts';

/** An idiom of the source language rendered word by word ("in the fields of the session" for на полях, on the sidelines). */
export const calques: QualityRule = {
  id: 'calque',
  check(doc, lex) {
    return needfulMatches(doc, lex.calques, lex.anyCalqueNeed).map(({ entry: { source, reading }, start, end, match }) => ({
      start,
      end,
      text: `"${match[0]}" renders an idiom word by word (${source}): likely "${reading}"`,
    }));
  },
};
