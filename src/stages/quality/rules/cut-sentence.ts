import type { QualityRule } from './rule.ts';

// Words no English sentence ends on: an article, a conjunction, a possessive that needs its noun, "than", "between".
// ("What the bomb was made of." and "come in." are English: prepositions are left out.)
const DANGLING = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'than', 'between', 'whose', 'its', 'their', 'our', 'your']);
const STOPS = new Set(['.', '!', '?']);

/**
 * A sentence cut mid-way: it stops on a word no sentence ends on ("The ministers discussed the."), so the words
 * after it were lost in translation or conversion. Read from the tokenizer's tokens: a stop right after such a
 * word (or a space after it, as tokenised copy writes), with nothing but a space, a quotation mark or the
 * text's end after the stop (no "a.m.", no domain).
 */
export const cutSentences: QualityRule = {
  id: 'cut-sentence',
  check(doc) {
    const out = [];
    const { tokens, text } = doc;
    for (let i = 1; i < tokens.length; i += 1) {
      const stop = tokens[i]!;
      if (!STOPS.has(stop.text)) continue;
      const word = tokens[i - 1]!;
      if (!DANGLING.has(word.text) || stop.start - word.end > 1) continue;
      const after = text[stop.end];
      if (after !== undefined && !/[\s"”’]/.test(after)) continue;
      out.push({ start: word.start, end: stop.end, text: `the sentence stops on "${word.text}", a word no sentence ends on: it was cut mid-way (words lost in translation or conversion), and what it says may be incomplete` });
    }
    return out;
  },
};
