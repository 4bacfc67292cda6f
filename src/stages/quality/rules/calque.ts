import { matchesIn, type QualityRule } from './rule.ts';

/** An idiom of the source language rendered word by word ("in the fields of the session" for на полях, on the sidelines). */
export const calques: QualityRule = {
  id: 'calque',
  check(doc, lex) {
    // each pattern is tried only on a text holding one of the strings it needs, as almost no text holds any;
    // one scan for any of them comes first, cheaper than the lower-cased copy of every text
    if (!lex.anyCalqueNeed.test(doc.text)) return [];
    const lower = doc.text.toLowerCase();
    return lex.calques
      .filter(({ needs }) => needs.some((n) => lower.includes(n)))
      .flatMap(({ pattern, source, reading }) => matchesIn(doc, pattern).map(({ start, end, match }) => ({
        start,
        end,
        text: `"${match[0]}" renders an idiom word by word (${source}): likely "${reading}"`,
      })))
      .sort((a, b) => a.start - b.start);
  },
};
