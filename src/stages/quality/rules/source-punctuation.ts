import { matchesIn, type QualityRule } from './rule.ts';

// Marks of the source language's punctuation in English copy: guillemets, an elision "<…>" cut to "<..",
// and the Russian dialogue dash that goes on with a quotation after its reporting clause
// ("…," the analyst noted. - After the end…), where English reopens the quotation mark.
const MARKS = /[«»‹›]|<\.{2,}>?|(?<=["”] [^"“”\n]{0,60}?\b(?:said|noted|added|stressed|stated|continued|explained|emphasized|emphasised|recalled)[.,] )[-–—](?= \p{Lu})/gu;
const MARKS_HINT = /[«»‹›]|<\.\.|[.,] [-–—] \p{Lu}/u;
const BULLETS = ['›', '»'];

/** Punctuation of the source language left in the translation. */
export const sourcePunctuation: QualityRule = {
  id: 'source-punctuation',
  check(doc) {
    // a closing guillemet opening a line before a word is a menu's arrow ("› Subscribe"), no quotation mark
    return matchesIn(doc, MARKS, MARKS_HINT).filter(({ start, match }) => !(BULLETS.includes(match[0]) && (start === 0 || doc.text[start - 1] === '\n') && doc.text[start + 1] === ' ')).map(({ start, end, match }) => ({
      start,
      end,
      text: /[-–—]/.test(match[0])
        ? `"${match[0]}" after the reporting clause continues the quotation as Russian dialogue does: English reopens it with a quotation mark, so the quoted words after it look like narration`
        : `"${match[0]}" is the source language's punctuation, not English (a translation left it): read it as a quotation mark or an elision`,
    }));
  },
};
