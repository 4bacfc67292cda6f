import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';

export interface Finding {
  start: number;
  end: number;
  text: string;
}

/** A quality rule: a stable id and a check that returns what it found, with spans. */
export interface QualityRule {
  readonly id: string;
  check(doc: Doc, lex: TranslationLexicons): Finding[];
}

/** The findings that overlap none of `taken`: a rule's second reading leaves alone what its first already flagged. */
export function apartFrom<F extends { start: number; end: number }>(found: readonly F[], taken: readonly { start: number; end: number }[]): F[] {
  return found.filter((f) => !taken.some((t) => t.start < f.end && f.start < t.end));
}

/**
 * Every match of a global pattern in each paragraph, as document spans. `hint`, when given, is a cheap test (a pattern)
 * that every match passes: a paragraph without it is skipped, since most patterns cost a backtracking
 * attempt at each character and most paragraphs hold nothing. A hint has no anchor or negative lookaround, so a
 * paragraph's match is one in the whole text too: a text without it is skipped in one test. `starts`, when given,
 * lists (ascending) every place in a paragraph (its text, and where it starts in the document's) where a match may
 * start, found by a string search and a short scan: the pattern is tried there alone, cheaper than its try at every
 * character. It is not asked of a paragraph holding a surrogate (see SURROGATE), which is searched whole.
 */
export function matchesIn(doc: Doc, pattern: RegExp, hint?: { test(text: string): boolean }, starts?: (text: string, offset: number) => number[]): { start: number; end: number; match: RegExpExecArray }[] {
  const out = [];
  if (hint && !hint.test(doc.text)) return [];
  // a text without a surrogate has none in a paragraph: one test of the text, not one of each paragraph
  const surrogate = starts !== undefined && SURROGATE.test(doc.text);
  for (const p of doc.paragraphs) {
    // a paragraph that is the whole text (one-paragraph copy) passed the hint above
    if (hint && p.text !== doc.text && !hint.test(p.text)) continue;
    const found = starts && !(surrogate && SURROGATE.test(p.text)) ? matchesAt(p.text, pattern, starts(p.text, p.start)) : allMatches(p.text, pattern);
    for (const m of found) out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, match: m });
  }
  return out;
}

/**
 * What `text.matchAll(pattern)` gives for a global pattern whose lastIndex is 0, as an array: matchAll copies the
 * pattern at every call (a new RegExp, dearer than a search of a short paragraph that finds nothing), this runs the
 * pattern itself. An empty match steps on one character (a code point under flag u), as matchAll does.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const out = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  return out;
}

/** The index after the character at `at`: a surrogate pair is one under flag u (the spec's AdvanceStringIndex). */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const unit = text.charCodeAt(at);
  return unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

const WORD_CHAR = /[\p{L}'’-]/u;

/** Where the word of letters (and apostrophes or hyphens) ending at `end` starts: read back a character at a time, no pattern. */
export function wordStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && WORD_CHAR.test(text[at - 1]!)) at -= 1;
  return at;
}

/**
 * A test of the paragraph holding a position (false where none does), asked of each paragraph once however many
 * findings it holds: a long paragraph with many findings would otherwise be read once per finding, a square in its length.
 */
export function paragraphTest(doc: Doc, test: (text: string) => boolean): (at: number) => boolean {
  const read = new Map<Doc['paragraphs'][number], boolean>();
  const { paragraphs } = doc;
  return (at) => {
    // the last paragraph starting at or before `at` (they stand in text order, apart) is the one holding it, if any:
    // a search, not a walk from the first, as a rule asks this of every mention
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    const p = paragraphs[lo - 1];
    if (!p || at >= p.end) return false;
    let answer = read.get(p);
    if (answer === undefined) read.set(p, (answer = test(p.text)));
    return answer;
  };
}

/** Any UTF-16 surrogate: a text holding one is left to the patterns, whose \p{L} reads a pair as one character. */
export const SURROGATE = /[\uD800-\uDFFF]/;

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
// what \p{L} matches in a pattern that ignores case: also what folds to a letter (U+0345, the Greek iota subscript)
const LETTER_ANY_CASE = /\p{L}/iu;
const UPPER = /\p{Lu}/u;
// Each UTF-16 unit's answers to LETTER, LOWER, LETTER_ANY_CASE and UPPER, asked once (0 not yet asked, else 1 + 2
// if a letter + 4 if lowercase + 8 if a letter to a pattern that ignores case + 16 if uppercase): the scans below
// read a word back a character at a time, where a pattern call per character would cost more than the scan saves.
const units = new Uint8Array(0x10000);

function unitClass(unit: number): number {
  let known = units[unit]!;
  if (known === 0) {
    const c = String.fromCharCode(unit);
    units[unit] = known = 1 | (LETTER.test(c) ? 2 : 0) | (LOWER.test(c) ? 4 : 0) | (LETTER_ANY_CASE.test(c) ? 8 : 0) | (UPPER.test(c) ? 16 : 0);
  }
  return known;
}

// ASCII, most of any text, is answered by arithmetic before the table: the scans call these at every character.
// (A unit past the text's end is NaN, which is no letter either way.)
export const isAsciiLetterUnit = (unit: number) => ((unit | 32) - 0x61) >>> 0 < 26;
/** Whether a UTF-16 unit is an ASCII digit. */
export const isDigitUnit = (unit: number) => unit >= 0x30 && unit <= 0x39;

/** Whether a UTF-16 unit (no surrogate: see SURROGATE) is a letter, as \p{L} says. */
export const isLetterUnit = (unit: number) => (unit < 128 ? isAsciiLetterUnit(unit) : (unitClass(unit) & 2) !== 0);

/** Whether a UTF-16 unit (no surrogate) is a lowercase letter, as \p{Ll} says. */
export const isLowerUnit = (unit: number) => (unit < 128 ? (unit - 0x61) >>> 0 < 26 : (unitClass(unit) & 4) !== 0);

/** Whether a UTF-16 unit (no surrogate) is a letter to a pattern that ignores case (flag i), as \p{L} there says. */
export const isLetterUnitAnyCase = (unit: number) => (unit < 128 ? isAsciiLetterUnit(unit) : (unitClass(unit) & 8) !== 0);

/** Whether a UTF-16 unit (no surrogate) is an uppercase letter, as \p{Lu} says. */
export const isUpperUnit = (unit: number) => (unit < 128 ? (unit - 0x41) >>> 0 < 26 : (unitClass(unit) & 16) !== 0);

/** Where the word \p{Lu}\p{Ll}+ ending at `end` starts (its capital: the lowercase letters before `end` read back), or -1. */
export function capitalisedWordBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && isLowerUnit(text.charCodeAt(at - 1))) at -= 1;
  return at < end && at > 0 && isUpperUnit(text.charCodeAt(at - 1)) ? at - 1 : -1;
}

/**
 * Whether a word \p{Lu}\p{Ll}+ stands right before a `separator` and again right after it (what /(\p{Lu}\p{Ll}+)SEP\1/u
 * finds), read from each separator (a native string search), cheaper than a pattern's try at every character. Not asked
 * of a text holding a surrogate (see SURROGATE).
 */
export function capitalisedWordRepeated(text: string, separator: string): boolean {
  for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + separator.length)) {
    const word = capitalisedWordBefore(text, at);
    if (word >= 0 && text.startsWith(text.slice(word, at), at + separator.length)) return true;
  }
  return false;
}

/** Where the run of letters (\p{L}, nothing else; `letter` says which) ending at `end` starts; `end` itself when none ends there. */
export function letterRunStart(text: string, end: number, letter = isLetterUnit): number {
  let at = end;
  while (at > 0 && letter(text.charCodeAt(at - 1))) at -= 1;
  return at;
}

const stickies = new Map<RegExp, RegExp>();

/**
 * The matches of a global pattern in `text` that start at one of `starts` (ascending): the pattern tried there
 * alone (sticky), each past the end of the match before, which is what matchAll finds when no match starts elsewhere.
 */
export function matchesAt(text: string, pattern: RegExp, starts: number[]): RegExpExecArray[] {
  let sticky = stickies.get(pattern);
  if (!sticky) stickies.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', 'y'))));
  const out = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    from = at + m[0].length;
  }
  return out;
}

/** A lexicon's pattern with `needed`, a test for the strings one of which every match holds (cues.json calques and grammar). */
export interface NeedfulPattern {
  pattern: RegExp;
  needed: RegExp;
}

/**
 * Each entry's matches, in text order, each with its entry: an entry's pattern is tried only on a text holding one of
 * its needs; `anyNeed` (every entry's needs), when given, comes first, one test where most texts hold no need at all.
 */
export function needfulMatches<E extends NeedfulPattern>(doc: Doc, entries: readonly E[], anyNeed?: RegExp): { entry: E; start: number; end: number; match: RegExpExecArray }[] {
  if (anyNeed && !anyNeed.test(doc.text)) return [];
  return entries
    .filter(({ needed }) => needed.test(doc.text))
    .flatMap((entry) => matchesIn(doc, entry.pattern).map((m) => ({ entry, ...m })))
    .sort((a, b) => a.start - b.start);
}
