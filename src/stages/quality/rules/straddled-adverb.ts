import type { Doc } from '../../../model/index.ts';
import type { Finding, QualityRule } from './rule.ts';

// What the auxiliary's verb may be: the main verb, or another auxiliary before it ("also will also be").
const VERB = new Set(['VERB', 'AUX']);

/** Whether token j starts one space after token i ends: the words stand side by side, no comma or line between. */
const nextTo = (tokens: Doc['tokens'], i: number, j: number) => tokens[j]!.start === tokens[i]!.end + 1;

/**
 * The same adverb on both sides of an auxiliary, before its verb ("but also will also address", "still is still
 * waiting"): the adverb placed once where the source language puts it and again where English does, by translation
 * or by an edit that moved the word and kept the old one. English says it once, before or after the auxiliary.
 * Read from the tagger's parts of speech; the verb after it keeps out copulas said twice ("enough is enough").
 */
export const straddledAdverbs: QualityRule = {
  id: 'straddled-adverb',
  check(doc) {
    const out: Finding[] = [];
    const { tokens } = doc;
    for (let i = 0; i + 3 < tokens.length; i += 1) {
      const adverb = tokens[i]!;
      if (adverb.pos !== 'ADV' || tokens[i + 1]!.pos !== 'AUX' || !VERB.has(tokens[i + 3]!.pos)) continue;
      const again = tokens[i + 2]!;
      if (again.text.toLowerCase() !== adverb.text.toLowerCase() || !nextTo(tokens, i, i + 1) || !nextTo(tokens, i + 1, i + 2) || !nextTo(tokens, i + 2, i + 3)) continue;
      const auxiliary = tokens[i + 1]!.text;
      out.push({
        start: adverb.start,
        end: again.end,
        text: `"${doc.text.slice(adverb.start, again.end)}" says "${again.text}" on both sides of "${auxiliary}": a word placed twice (translation, or an edit that kept the old place); likely "${auxiliary} ${again.text}"`,
      });
    }
    return out;
  },
};
