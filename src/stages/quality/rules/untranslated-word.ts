import type { QualityRule } from './rule.ts';

/** Words left in the source language's script or letters ("Ảnh 1.", "Источник", "Çavuşoغlu"). */
export const untranslatedWords: QualityRule = {
  id: 'untranslated-word',
  check(doc, lex) {
    // one scan says whether any foreign letter is there at all; only then is the text cut into words
    if (!lex.foreign.test(doc.text)) return [];
    const out = [];
    for (const m of doc.text.matchAll(/[^\s"“”«»()[\],;]+/gu)) {
      if (!lex.foreign.test(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" is not English: a word left in the source language or script (untranslated caption, name or term)` });
    }
    return out;
  },
};
