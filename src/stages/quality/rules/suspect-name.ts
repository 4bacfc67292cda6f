import type { QualityRule } from './rule.ts';

// A name does not start with a preposition or a clause word: "During the Enlightenment" is a phrase that
// took a name's place (a mistranslation, or a parse gone wrong).
const NOT_NAME_START = /^(?:during|in|at|on|after|before|when|while|under|since|for|with|by|from|to|of|through|amid|despite|about|according|as|if|because)\b/i;

/** A person speaker whose name slot holds words that are not a name. */
export const suspectNames: QualityRule = {
  id: 'suspect-name',
  check(doc) {
    const out = [];
    for (const q of doc.quotes) {
      const m = q.speaker.mention;
      if (q.speaker.kind !== 'person' || !m || q.speaker.resolved || !NOT_NAME_START.test(m.text)) continue;
      out.push({
        start: m.start,
        end: m.end,
        text: `"${m.text}" stands where the speaker's name should be, but it is not a name: the quote's speaker is doubtful (a mistranslated or garbled name?)`,
      });
    }
    return out;
  },
};
