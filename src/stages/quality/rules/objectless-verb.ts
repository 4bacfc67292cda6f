import { matchesIn, type QualityRule } from './rule.ts';

// Verbs English never ends an active sentence on: each needs its object ("expressed concern"). A translation
// that drops the object, or keeps the source's "X expressed." for "X said.", leaves one before the stop. A form
// of "be" or "get" before it makes it passive ("concern was expressed."), and "as" a clause ("as described."):
// both are English. "told" names its hearer in English ("told reporters"); a translation keeping the source's
// verb-final order (Turkish, Korean, Japanese) leaves it last with none.
// An adverb may stand between the two ("were also underlined."): the word before it is read then.
const OBJECTLESS = /(?<![\p{L}])(?:(\p{L}+) )?(\p{L}+) (expressed|described|highlighted|underlined|appreciated|told)(?=[.!?]["”’]?(?:\s|$))/gu;
const PASSIVE_OR_CLAUSE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'as', 'so', 'well']);
const ADVERB = /^(?:also|not|never|already|further|then|all|both|again|\p{L}+ly)$/u;
const HINT = /(?:expressed|described|highlighted|underlined|appreciated|told)[.!?]/u;

/** An active sentence ending on a verb that needs an object: a phrase the translation broke ("The foreign minister of Iran expressed."). */
export const objectlessVerbs: QualityRule = {
  id: 'objectless-verb',
  check(doc) {
    return matchesIn(doc, OBJECTLESS, HINT)
      .filter(({ match }) => {
        const [before, word] = [match[1]?.toLowerCase(), match[2]!.toLowerCase()];
        return !PASSIVE_OR_CLAUSE.has(word) && !(before !== undefined && ADVERB.test(word) && PASSIVE_OR_CLAUSE.has(before));
      })
      .map(({ end, match }) => ({
        start: end - match[3]!.length,
        end,
        text: `"${match[2]} ${match[3]}." ends the sentence on "${match[3]}", a verb that needs an object: a phrase garbled in translation (often the source's "expressed" for "said")`,
      }));
  },
};
