import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { allMatches, isLetterUnit, isLowerUnit, SURROGATE, type Finding, type QualityRule } from './rule.ts';

/** A date left in another language ("jeudi, mai 23, 2024"): a page template's or the source's weekday or month name. */
function foreignDates(text: string, lex: TranslationLexicons): Finding[] {
  // a month name at all, tested first: the full pattern costs eight times as much and almost every text has none
  if (!lex.foreignMonth.test(text)) return [];
  return allMatches(text, lex.foreignDate).map((m) => ({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" is a date in another language: left untranslated from the source or the page's template` }));
}

// Lower-case words, with what may stand between two of a run: spaces and a comma, semicolon or colon.
const LOWER_WORD = /(?<![\p{L}’'-])\p{Ll}[\p{L}]*(?:[’']s)?(?![\p{L}’'-])/gu;
const RUN_GAP = /^[\s,;:]+$/u;
// So many lower-case words in a row that none is an English word: a sentence in another language, not a stray name.
const FOREIGN_RUN = 4;

/** An apostrophe or a hyphen: beside a letter run, it joins it to more (LOWER_WORD's edges). */
const isJoiner = (unit: number) => unit === 0x27 || unit === 0x2019 || unit === 0x2d;

/**
 * The lower-case words of the text, as LOWER_WORD's matches ([start, end) pairs, flat), read unit by unit in one
 * pass: the pattern, tried at every character of every text, cost more than the rest of the rule. A text holding
 * a surrogate is left to the pattern, whose \p{L} reads a pair as one character (see SURROGATE).
 */
function lowerWords(text: string): number[] {
  const out: number[] = [];
  if (SURROGATE.test(text)) {
    for (const m of allMatches(text, LOWER_WORD)) out.push(m.index, m.index + m[0].length);
    return out;
  }
  const n = text.length;
  for (let at = 0; at < n;) {
    if (!isLetterUnit(text.charCodeAt(at))) { at += 1; continue; }
    // a run of letters: a word when it starts lower-case after no joiner, and ends on no joiner but a possessive 's
    const start = at;
    while (at < n && isLetterUnit(text.charCodeAt(at))) at += 1;
    if (!isLowerUnit(text.charCodeAt(start)) || (start > 0 && isJoiner(text.charCodeAt(start - 1)))) continue;
    const after = text.charCodeAt(at);
    if (!isJoiner(after)) out.push(start, at);
    else if (after !== 0x2d && text.charCodeAt(at + 1) === 0x73 && (at + 2 >= n || (!isLetterUnit(text.charCodeAt(at + 2)) && !isJoiner(text.charCodeAt(at + 2))))) out.push(start, at + 2);
  }
  return out;
}

/** Where the word [start, end) ends less its possessive "'s". */
const bareEnd = (text: string, start: number, end: number) => (end - start > 2 && text.charCodeAt(end - 1) === 0x73 && (text.charCodeAt(end - 2) === 0x27 || text.charCodeAt(end - 2) === 0x2019) ? end - 2 : end);

/** Runs of FOREIGN_RUN or more lower-case words none of which English has ("hakaret, rencide edici cümleler veya"). */
export function foreignRuns(text: string, lex: TranslationLexicons): Finding[] {
  const out: Finding[] = [];
  const words = lowerWords(text);
  const english = (i: number) => lex.englishWordAt(text, words[2 * i]!, bareEnd(text, words[2 * i]!, words[2 * i + 1]!));
  let run: { start: number; end: number; words: number } | null = null;
  const close = () => {
    if (run && run.words >= FOREIGN_RUN) out.push({ start: run.start, end: run.end, text: `"${text.slice(run.start, run.end)}" is not English: ${run.words} words in a row that English does not have, a sentence left in the source language or the page template's` });
    run = null;
  };
  const count = words.length / 2;
  for (let i = 0; i < count; i += 1) {
    // No run open (the word before was English): a run long enough to report from here holds the word
    // FOREIGN_RUN - 1 on, so when that one is English the words up to it need no look-up. Most text is English.
    if (!run && i + FOREIGN_RUN - 1 < count && english(i + FOREIGN_RUN - 1)) { i += FOREIGN_RUN - 1; continue; }
    if (english(i)) { close(); continue; }
    const start = words[2 * i]!;
    const end = words[2 * i + 1]!;
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
  for (const m of allMatches(text, QUOTED_TERM)) {
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
    for (const m of allMatches(doc.text, /[^\s"“”«»()[\],;]+/gu)) {
      if (!lex.foreign.test(m[0]) || out.some((d) => d.start <= m.index && m.index < d.end)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" is not English: a word left in the source language or script (untranslated caption, name or term)` });
    }
    return out;
  },
};
