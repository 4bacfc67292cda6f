import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import type { Finding, QualityRule } from './rule.ts';

/** A date left in another language ("jeudi, mai 23, 2024"): a page template's or the source's weekday or month name. */
function foreignDates(text: string, lex: TranslationLexicons): Finding[] {
  // a month name at all, tested first: the full pattern costs eight times as much and almost every text has none
  if (!lex.foreignMonth.test(text)) return [];
  return [...text.matchAll(lex.foreignDate)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" is a date in another language: left untranslated from the source or the page's template` }));
}

// Lower-case words, with what may stand between two of a run: spaces and a comma, semicolon or colon.
const LOWER_WORD = /(?<![\p{L}’'-])\p{Ll}[\p{L}]*(?:[’']s)?(?![\p{L}’'-])/gu;
const RUN_GAP = /^[\s,;:]+$/u;
// So many lower-case words in a row that none is an English word: a sentence in another language, not a stray name.
const FOREIGN_RUN = 4;

// The next lower-case word from lastIndex (sticky, what comes before it skipped), as group 1: what LOWER_WORD's
// search from there finds.
const NEXT_WORD = new RegExp(`[^]*?(${LOWER_WORD.source})`, 'uy');
// The lower-case word FOREIGN_RUN - 1 words on from lastIndex, as the last group: one call instead of one per word
// (most text is English, and the word that far on is all that is looked up). Each word before it is found in a
// lookahead and matched again by back-reference, so a text with fewer words left is read once, not searched for
// every way to pick them.
const WORD_AHEAD = new RegExp(`${Array.from({ length: FOREIGN_RUN - 1 }, (_, i) => `(?=([^]*?${LOWER_WORD.source}))\\${i + 1}`).join('')}[^]*?(${LOWER_WORD.source})`, 'uy');

/** The word less its possessive "'s". */
const bareWord = (word: string) => (word.endsWith('s') && /[’']s$/u.test(word) ? word.slice(0, -2) : word);

/** Runs of FOREIGN_RUN or more lower-case words none of which English has ("hakaret, rencide edici cümleler veya"). */
export function foreignRuns(text: string, lex: TranslationLexicons): Finding[] {
  const out: Finding[] = [];
  let run: { start: number; end: number; words: number } | null = null;
  const close = () => {
    if (run && run.words >= FOREIGN_RUN) out.push({ start: run.start, end: run.end, text: `"${text.slice(run.start, run.end)}" is not English: ${run.words} words in a row that English does not have, a sentence left in the source language or the page template's` });
    run = null;
  };
  // the words in order, read from `at` on (each word's end)
  for (let at = 0; ;) {
    // No run open (the word before was English): a run long enough to report from here holds the word
    // FOREIGN_RUN - 1 on, so when that one is English the words up to it need no look-up. Most text is English.
    if (!run) {
      WORD_AHEAD.lastIndex = at;
      const ahead = WORD_AHEAD.exec(text);
      if (ahead && lex.englishWord(bareWord(ahead[FOREIGN_RUN]!))) { at = WORD_AHEAD.lastIndex; continue; }
    }
    NEXT_WORD.lastIndex = at;
    const m = NEXT_WORD.exec(text);
    if (!m) break;
    at = NEXT_WORD.lastIndex;
    const start = at - m[1]!.length;
    if (lex.englishWord(bareWord(m[1]!))) { close(); continue; }
    if (run && RUN_GAP.test(text.slice(run.end, start))) run = { start: run.start, end: at, words: run.words + 1 };
    else { close(); run = { start, end: at, words: 1 }; }
  }
  close();
  return out;
}

// Two or three capitalised words between quotation marks, as machine translation writes a Chinese term syllable by
// syllable; one quoted word is as often a nickname ("Nano", "Samo").
const QUOTED_TERM = /["“](\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})["”]/gu;

// Mention types of names English writes in pinyin too ("Hong Kong", "Xinhua"): a quoted one is a name, no term.
const PLACE_OR_BODY = new Set(['GPE', 'LOC', 'ORG', 'NORP']);

/**
 * A quoted term in pinyin ("Wu Tong" for 武统): every word pinyin syllables, one at least no English word, and
 * not a place's or a body's name the entities stage read there.
 */
function pinyinTerms(doc: Doc, lex: TranslationLexicons): Finding[] {
  const text = doc.text;
  if (!text.includes('"') && !text.includes('“')) return [];
  const out: Finding[] = [];
  for (const m of text.matchAll(QUOTED_TERM)) {
    const words = m[1]!.split(' ');
    if (!words.every((w) => lex.pinyinWord.test(w)) || words.every((w) => lex.englishWord(w.toLowerCase()))) continue;
    const start = m.index + 1;
    if (doc.mentions.some((x) => PLACE_OR_BODY.has(x.type) && x.start <= start && start < x.end)) continue;
    out.push({ start, end: start + m[1]!.length, text: `"${m[1]}" is a Chinese term left in pinyin, not translated` });
  }
  return out;
}

/**
 * Words left in the source language's script or letters ("Ảnh 1.", "Источник", "Çavuşoغlu"), dates in another
 * language, runs of words English does not have, and quoted terms left in pinyin.
 */
export const untranslatedWords: QualityRule = {
  id: 'untranslated-word',
  check(doc, lex) {
    const found = [...foreignDates(doc.text, lex), ...foreignRuns(doc.text, lex), ...pinyinTerms(doc, lex)];
    // one scan says whether any foreign letter is there at all; only then is the text cut into words
    if (!lex.foreign.test(doc.text)) return found;
    const out = [...found];
    for (const m of doc.text.matchAll(/[^\s"“”«»()[\],;]+/gu)) {
      if (!lex.foreign.test(m[0]) || out.some((d) => d.start <= m.index && m.index < d.end)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" is not English: a word left in the source language or script (untranslated caption, name or term)` });
    }
    return out;
  },
};
