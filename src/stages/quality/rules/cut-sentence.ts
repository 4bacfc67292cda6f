import { letterRunStart, type QualityRule } from './rule.ts';

// Words no English sentence ends on: an article, a conjunction, a possessive that needs its noun, "than", "between".
// ("What the bomb was made of." and "come in." are English: prepositions are left out.)
const DANGLING = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'than', 'between', 'whose', 'its', 'their', 'our', 'your']);
// The longest of them: a longer word before a stop is not looked up.
const LONGEST = 7;
const STOPS = ['.', '!', '?'];
// What may follow a sentence's stop: a space, a quotation mark, or the text's end (not "a.m." or a domain's dot).
const AFTER_STOP = /[\s"”’]/;
// What joins a word to more before it ("U.S.A.", "al-the"): such a word is a part, not "the".
const JOINED_BEFORE = /[\p{L}'’.-]/u;

/**
 * A sentence cut mid-way: it stops on a word no sentence ends on ("The ministers discussed the."), so the words
 * after it were lost in translation or conversion. Read from each stop (a string search), the word before it (or a
 * space before, as tokenised copy writes) read back a character at a time.
 */
export const cutSentences: QualityRule = {
  id: 'cut-sentence',
  check(doc) {
    const out = [];
    const { text } = doc;
    for (const stop of STOPS) {
      for (let at = text.indexOf(stop); at >= 0; at = text.indexOf(stop, at + 1)) {
        if (at + 1 < text.length && !AFTER_STOP.test(text[at + 1]!)) continue;
        const end = text[at - 1] === ' ' ? at - 1 : at;
        const start = letterRunStart(text, end);
        if (start === end || end - start > LONGEST || (start > 0 && JOINED_BEFORE.test(text[start - 1]!))) continue;
        const word = text.slice(start, end);
        if (DANGLING.has(word)) out.push({ start, end: at + 1, text: `the sentence stops on "${word}", a word no sentence ends on: it was cut mid-way (words lost in translation or conversion), and what it says may be incomplete` });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
