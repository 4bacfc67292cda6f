import { isLetterUnit, isLetterUnitAnyCase } from './rule.ts';

/**
 * A text's runs of letters, read once and shared by the rules that scan for words (untranslated-word, run-together,
 * repeated-word, doubled-determiner, and matchesIn's surrogate test): each of them read the text again, by its own
 * character scan or string searches, at some cost per character of every text.
 */
export interface Words {
  /** Each maximal run of letters (\p{L} units), flat: the run i is [runs[2i], runs[2i + 1]). Ascending. */
  readonly runs: readonly number[];
  /**
   * Whether the text holds a UTF-16 surrogate: a pattern's \p{L} reads a pair as one letter where the runs see two
   * non-letters, so a rule whose answer must equal its pattern's reads such a text otherwise (see SURROGATE).
   */
  readonly surrogate: boolean;
  /** Whether some unit is a letter only to a pattern that ignores case (U+0345): there such a pattern's runs are longer. */
  readonly foldLetter: boolean;
  /** Where the units past ASCII stand, ascending: most English copy has a few (curly quotes, dashes). */
  readonly nonAscii: readonly number[];
  /** Where an ASCII capital follows an ASCII lower-case letter ("ForeignMinister", "iPhone"), ascending: camel case. */
  readonly camel: readonly number[];
}

// The last text read: the rules of one document ask of the same text in turn.
let last: { text: string; words: Words } | null = null;

/** The words of `text`, read once for the rules that ask of the same text in turn. */
export function wordsOf(text: string): Words {
  if (last?.text !== text) last = { text, words: readWords(text) };
  return last.words;
}

// Where each run starts and ends, written by the scan below at every unit (a branch per unit on whether a run starts or
// ends there costs a misread branch at most word edges, twice the scan); kept between texts, grown as they need.
let edges = new Int32Array(4096);

function readWords(text: string): Words {
  const nonAscii: number[] = [];
  const camel: number[] = [];
  let surrogate = false;
  let foldLetter = false;
  const n = text.length;
  if (edges.length < n + 1) edges = new Int32Array(2 * n + 1);
  const kept = edges;
  let count = 0;
  let inRun = 0;
  for (let at = 0; at < n; at += 1) {
    const unit = text.charCodeAt(at);
    let letter: number;
    // ASCII, most of any text, is answered by arithmetic (isLetterUnit's own first test, kept here for the scan's speed)
    if (unit < 128) {
      letter = ((unit | 32) - 0x61) >>> 0 < 26 ? 1 : 0;
      // a capital is seldom, and one after a lower-case letter seldomer: the first test passes most units by
      if ((unit - 0x41) >>> 0 < 26 && inRun && (text.charCodeAt(at - 1) - 0x61) >>> 0 < 26) camel.push(at);
    } else {
      nonAscii.push(at);
      if ((unit & 0xf800) === 0xd800) surrogate = true;
      letter = isLetterUnit(unit) ? 1 : 0;
      if (!letter && isLetterUnitAnyCase(unit)) foldLetter = true;
    }
    // `at` is kept (the count moves on) where a run starts or ends: where a letter follows a non-letter or the reverse
    kept[count] = at;
    count += letter ^ inRun;
    inRun = letter;
  }
  if (inRun) kept[count++] = n;
  const runs: number[] = new Array(count);
  for (let i = 0; i < count; i += 1) runs[i] = kept[i]!;
  return { runs, surrogate, foldLetter, nonAscii, camel };
}

/** The index of the first run that ends after `at` (runs.length / 2 when none does). */
export function firstRunEndingAfter(words: Words, at: number): number {
  const { runs } = words;
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[2 * mid + 1]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A camel place and the ends of its run of letters. */
export interface CamelRun {
  at: number;
  start: number;
  end: number;
}

/**
 * The camel places that are the only one of their run ("byParty", "SahariPengiran"): a run with more than one
 * ("GlaxoSmithKline", "getElementById") is a coined name, read by no rule.
 */
export function singleCamelRuns(words: Words): CamelRun[] {
  const { camel, runs } = words;
  const out: CamelRun[] = [];
  for (let k = 0; k < camel.length; k += 1) {
    const at = camel[k]!;
    const r = firstRunEndingAfter(words, at);
    const start = runs[2 * r]!;
    const end = runs[2 * r + 1]!;
    if ((k > 0 && camel[k - 1]! > start) || (k + 1 < camel.length && camel[k + 1]! < end)) continue;
    out.push({ at, start, end });
  }
  return out;
}

/** The UTF-16 unit before `at`, a space at the text's start: what stands before a run of letters. */
export const unitBefore = (text: string, at: number) => (at > 0 ? text.charCodeAt(at - 1) : 0x20);

/** A set of ASCII units, read from a table: a Set's look-up costs more than the rest of a scan's step. */
export function unitSet(units: readonly number[]): { has(unit: number): boolean } {
  const table = new Uint8Array(128);
  for (const unit of units) {
    if (unit >= 128) throw new Error(`unitSet holds ASCII units only, not ${unit}`);
    table[unit] = 1;
  }
  // (a unit past the text's end is NaN: no member)
  return { has: (unit) => unit < 128 && table[unit] === 1 };
}

const SPACE = /^\s$/;

/** Whether a UTF-16 unit is white space, as \s says: ASCII by its units, the rest (a no-break space) by the pattern. */
export const isSpaceUnit = (unit: number) => (unit < 128 ? unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) : SPACE.test(String.fromCharCode(unit)));

/** An apostrophe or a hyphen: beside a run of letters, it joins it to more (a word's edges to untranslated-word and run-together). */
export const isJoiner = (unit: number) => unit === 0x27 || unit === 0x2019 || unit === 0x2d;

/**
 * How many words a paragraph has (its runs of non-space, one at least: what its trimmed text split at spaces counts),
 * counted up to `atMost`: captions, labels and the story's sentences are told apart by it, and a long paragraph is
 * read only as far as the count asked. Counted, not split: a split makes a string of each word.
 */
export function wordCount(text: string, atMost = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length && count < atMost; at += 1) {
    const space = isSpaceUnit(text.charCodeAt(at));
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return Math.max(count, 1);
}
