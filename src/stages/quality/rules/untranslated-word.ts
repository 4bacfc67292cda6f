import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { isLetterUnit, isLowerUnit, SURROGATE, type Finding, type QualityRule } from './rule.ts';

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

const isApostrophe = (unit: number) => unit === 39 || unit === 0x2019;
// a letter, an apostrophe or a hyphen: what LOWER_WORD's edges say no word runs on into
const inWord = (unit: number) => isLetterUnit(unit) || isApostrophe(unit) || unit === 45;

/**
 * LOWER_WORD's matches as [start, end, end less a possessive "'s"] triples, read a character at a time: a match is
 * a whole run of letters, apostrophes and hyphens (its edges say so) that starts lowercase and holds letters alone,
 * but for a closing "'s". A text holding a surrogate, which the scan does not read, is left to the pattern.
 */
function lowerWords(text: string): number[] {
  const out: number[] = [];
  if (SURROGATE.test(text)) {
    for (const m of text.matchAll(LOWER_WORD)) {
      const end = m.index + m[0].length;
      out.push(m.index, end, /[’']s$/u.test(m[0]) ? end - 2 : end);
    }
    return out;
  }
  for (let at = 0; at < text.length;) {
    if (!inWord(text.charCodeAt(at))) { at += 1; continue; }
    const start = at;
    while (at < text.length && inWord(text.charCodeAt(at))) at += 1;
    if (!isLowerUnit(text.charCodeAt(start))) continue;
    let letters = start + 1;
    while (letters < at && isLetterUnit(text.charCodeAt(letters))) letters += 1;
    if (letters === at || (letters === at - 2 && isApostrophe(text.charCodeAt(letters)) && text[letters + 1] === 's')) out.push(start, at, letters);
  }
  return out;
}

/** Runs of FOREIGN_RUN or more lower-case words none of which English has ("hakaret, rencide edici cümleler veya"). */
export function foreignRuns(text: string, lex: TranslationLexicons): Finding[] {
  const out: Finding[] = [];
  let run: { start: number; end: number; words: number } | null = null;
  const close = () => {
    if (run && run.words >= FOREIGN_RUN) out.push({ start: run.start, end: run.end, text: `"${text.slice(run.start, run.end)}" is not English: ${run.words} words in a row that English does not have, a sentence left in the source language or the page template's` });
    run = null;
  };
  const words = lowerWords(text);
  const count = words.length / 3;
  // the word less its possessive "'s"
  const english = (i: number) => lex.englishWord(text.slice(words[3 * i]!, words[3 * i + 2]!));
  for (let i = 0; i < count; i++) {
    // No run open (the word before was English): a run long enough to report from here holds the word
    // FOREIGN_RUN - 1 on, so when that one is English the words up to it need no look-up. Most text is English.
    if (!run && i + FOREIGN_RUN - 1 < count && english(i + FOREIGN_RUN - 1)) { i += FOREIGN_RUN - 1; continue; }
    const start = words[3 * i]!;
    const end = words[3 * i + 1]!;
    if (english(i)) { close(); continue; }
    if (run && RUN_GAP.test(text.slice(run.end, start))) run = { start: run.start, end, words: run.words + 1 };
    else { close(); run = { start, end, words: 1 }; }
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
