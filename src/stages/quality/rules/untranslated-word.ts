import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import type { Finding, QualityRule } from './rule.ts';

/** A date left in another language ("jeudi, mai 23, 2024"): a page template's or the source's weekday or month name. */
function foreignDates(text: string, lex: TranslationLexicons): Finding[] {
  // a month name at all, tested first: the full pattern costs eight times as much and almost every text has none
  if (!lex.foreignMonth.test(text)) return [];
  return [...text.matchAll(lex.foreignDate)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" is a date in another language: left untranslated from the source or the page's template` }));
}

/** Words left in the source language's script or letters ("Ảnh 1.", "Источник", "Çavuşoغlu"), and dates in another language. */
export const untranslatedWords: QualityRule = {
  id: 'untranslated-word',
  check(doc, lex) {
    const dates = foreignDates(doc.text, lex);
    // one scan says whether any foreign letter is there at all; only then is the text cut into words
    if (!lex.foreign.test(doc.text)) return dates;
    const out = [...dates];
    for (const m of doc.text.matchAll(/[^\s"“”«»()[\],;]+/gu)) {
      if (!lex.foreign.test(m[0]) || out.some((d) => d.start <= m.index && m.index < d.end)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" is not English: a word left in the source language or script (untranslated caption, name or term)` });
    }
    return out;
  },
};
