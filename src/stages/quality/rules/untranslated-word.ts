import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { allMatches, apartFrom, isLetterUnit, isLowerUnit, isUpperUnit, matchesIn, type Finding, type QualityRule } from './rule.ts';
import { firstRunEndingAfter, isJoiner, isSpaceUnit, unitBefore, wordsOf } from './words.ts';

// lex.foreignMonth as translation-lexicons.ts writes it: after a line's start, a space, a comma or a bracket, one of
// the month names (an alternation of words) and no letter after it.
const MONTH_PATTERN = /^\(\?:\^\|\[\\s,\(\]\)\(\?:([^()]*)\)\(\?!\[\\p\{L\}\]\)$/u;
const LETTERS = /^\p{L}+$/u;
// The longest month name the table below reads.
const LONGEST_MONTH = 31;

interface MonthNames {
  names: Set<string>;
  /** 1 at the monthShape of each name: most runs of letters are passed by one read, the rest looked up in the set */
  shapes: Uint8Array;
}

/**
 * A word's shape as a number under 32 × 32 × 32: its first and last units' low five bits (a letter's place in the
 * alphabet, either case) and its length. Words of other shapes are no month name: one read passes nine runs of ten
 * that a first letter and a length alone let through ("may", "main" beside "mai"). Units past ASCII share places
 * with ASCII letters ("Şubat"), which the set tells apart.
 */
const monthShape = (first: number, last: number, length: number) => (((first & 31) << 5) | (last & 31)) * 32 + length;
const monthNames = new WeakMap<RegExp, MonthNames | null>();

/**
 * The month names of a foreignMonth pattern, read back from its source, or null when it is not of the shape written
 * in translation-lexicons.ts (then the pattern itself is tested, at some eight times the cost). Each name is letters alone.
 */
export function monthNamesOf(pattern: RegExp): MonthNames | null {
  if (monthNames.has(pattern)) return monthNames.get(pattern)!;
  const alternation = pattern.flags === 'mu' ? MONTH_PATTERN.exec(pattern.source)?.[1] : undefined;
  const names = alternation?.split('|') ?? [];
  let read: MonthNames | null = null;
  if (names.length > 0 && names.every((n) => LETTERS.test(n) && n.length <= LONGEST_MONTH)) {
    const shapes = new Uint8Array(32 * 32 * 32);
    for (const n of names) shapes[monthShape(n.charCodeAt(0), n.charCodeAt(n.length - 1), n.length)] = 1;
    read = { names: new Set(names), shapes };
  }
  monthNames.set(pattern, read);
  return read;
}

const MONTH_BEFORE = /^[\s,(]$/u;

/**
 * Whether lex.foreignMonth matches in the text, read from its runs of letters (see wordsOf): a month name is a whole
 * run (a letter neither before nor after it can stand there), with a line's start, a space, a comma or a bracket
 * before it. The pattern, tried at every character of every text, cost more than the rest of the rule. A text
 * holding a surrogate is left to it.
 */
function anyForeignMonth(text: string, pattern: RegExp): boolean {
  const months = monthNamesOf(pattern);
  const { runs, surrogate } = wordsOf(text);
  if (!months || surrogate) return pattern.test(text);
  const { names, shapes } = months;
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i]!;
    const length = runs[i + 1]! - start;
    if (length > LONGEST_MONTH || shapes[monthShape(text.charCodeAt(start), text.charCodeAt(start + length - 1), length)] === 0) continue;
    if (names.has(text.slice(start, start + length)) && (start === 0 || MONTH_BEFORE.test(text[start - 1]!))) return true;
  }
  return false;
}

/** A date left in another language ("jeudi, mai 23, 2024"): a page template's or the source's weekday or month name. */
function foreignDates(text: string, lex: TranslationLexicons): Finding[] {
  // a month name at all, tested first: the full pattern costs eight times as much and almost every text has none
  if (!anyForeignMonth(text, lex.foreignMonth)) return [];
  return allMatches(text, lex.foreignDate).map((m) => ({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" is a date in another language: left untranslated from the source or the page's template` }));
}

// Lower-case words; what may stand between two of a run is runGap's.
const LOWER_WORD = /(?<![\p{L}’'-])\p{Ll}[\p{L}]*(?:[’']s)?(?![\p{L}’'-])/gu;
// So many lower-case words in a row that none is an English word: a sentence in another language, not a stray name.
const FOREIGN_RUN = 4;


/**
 * The lower-case words of the text, as LOWER_WORD's matches ([start, end) pairs, flat), read from the text's runs of
 * letters (see wordsOf): the pattern, tried at every character of every text, cost more than the rest of the rule.
 * A text holding a surrogate is left to the pattern, whose \p{L} reads a pair as one character (see SURROGATE).
 */
function lowerWords(text: string): number[] {
  const out: number[] = [];
  const { runs, surrogate } = wordsOf(text);
  if (surrogate) {
    for (const m of allMatches(text, LOWER_WORD)) out.push(m.index, m.index + m[0].length);
    return out;
  }
  const n = text.length;
  for (let i = 0; i < runs.length; i += 2) {
    // a run of letters is a word when it starts lower-case after no joiner, and ends on no joiner but a possessive 's
    const start = runs[i]!;
    const at = runs[i + 1]!;
    if (!isLowerUnit(text.charCodeAt(start)) || (start > 0 && isJoiner(text.charCodeAt(start - 1)))) continue;
    const after = text.charCodeAt(at);
    if (!isJoiner(after)) out.push(start, at);
    else if (after !== 0x2d && text.charCodeAt(at + 1) === 0x73 && (at + 2 >= n || (!isLetterUnit(text.charCodeAt(at + 2)) && !isJoiner(text.charCodeAt(at + 2))))) out.push(start, at + 2);
  }
  return out;
}

/** Where the word [start, end) ends less its possessive "'s". */
const bareEnd = (text: string, start: number, end: number) => (end - start > 2 && text.charCodeAt(end - 1) === 0x73 && (text.charCodeAt(end - 2) === 0x27 || text.charCodeAt(end - 2) === 0x2019) ? end - 2 : end);

// What may stand between two words of a run, one unit at a time: a space, a comma, a semicolon or a colon.
const isGapUnit = (unit: number) => unit === 0x2c || unit === 0x3b || unit === 0x3a || isSpaceUnit(unit);

/** Whether text[from, to) is one or more units each a space, a comma, a semicolon or a colon, read in place. */
function runGap(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let at = from; at < to; at += 1) if (!isGapUnit(text.charCodeAt(at))) return false;
  return true;
}

// Function words most English copy is made of: answered without the word list's table (two reads of memory far apart
// each), when the list has them (see frequentKeysOf); four words in a row seldom lack one.
const FREQUENT = [
  'a', 'about', 'after', 'also', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he',
  'her', 'his', 'in', 'into', 'is', 'it', 'its', 'more', 'new', 'not', 'of', 'on', 'one', 'or', 'out', 'over', 'said', 'she', 'than',
  'that', 'the', 'their', 'there', 'they', 'this', 'to', 'up', 'was', 'we', 'were', 'which', 'who', 'will', 'with', 'would',
];
// The longest FREQUENT word: a word of a-z this long or shorter is one number, a letter a digit in base 27.
const FREQUENT_LONGEST = 5;

/** The word text[start, end) as one number when it is a-z only and FREQUENT_LONGEST letters or fewer, else -1. */
function shortWordKey(text: string, start: number, end: number): number {
  if (end - start > FREQUENT_LONGEST) return -1;
  let key = 0;
  for (let at = start; at < end; at += 1) {
    const letter = text.charCodeAt(at) - 0x60;
    if (letter < 1 || letter > 26) return -1;
    key = key * 27 + letter;
  }
  return key;
}

const frequentKeys = new WeakMap<TranslationLexicons, Set<number>>();

/** The shortWordKey of each FREQUENT word the list has: a word found here is English without the table. */
function frequentKeysOf(lex: TranslationLexicons): Set<number> {
  let keys = frequentKeys.get(lex);
  if (!keys) frequentKeys.set(lex, (keys = new Set(FREQUENT.filter((w) => lex.englishWord(w)).map((w) => shortWordKey(w, 0, w.length)))));
  return keys;
}

/**
 * Runs of FOREIGN_RUN or more lower-case words none of which English has ("hakaret, rencide edici cümleler veya"): each
 * run as long as its words follow one another with only a runGap between them. Most text is English, so a run is looked
 * for FOREIGN_RUN words at a time, read from the last: the first gap that is no runGap, or else the first word English
 * has (a FREQUENT one sought first, without the table), moves the search past it, and only a window that passes both is
 * grown to its end.
 */
export function foreignRuns(text: string, lex: TranslationLexicons): Finding[] {
  const out: Finding[] = [];
  const words = lowerWords(text);
  const count = words.length / 2;
  if (count < FOREIGN_RUN) return out;
  const keys = frequentKeysOf(lex);
  const frequent = (i: number) => keys.has(shortWordKey(text, words[2 * i]!, bareEnd(text, words[2 * i]!, words[2 * i + 1]!)));
  const english = (i: number) => frequent(i) || lex.englishWordAt(text, words[2 * i]!, bareEnd(text, words[2 * i]!, words[2 * i + 1]!));
  // whether the words i and i + 1 stand in one run, as far as what is between them goes
  const joined = (i: number) => runGap(text, words[2 * i + 1]!, words[2 * i + 2]!);
  for (let i = 0; i + FOREIGN_RUN <= count;) {
    let next = -1;
    for (let k = i + FOREIGN_RUN - 2; k >= i && next < 0; k -= 1) if (!joined(k)) next = k + 1;
    // a frequent word anywhere in the window, before any word is looked up in the table
    for (let k = i + FOREIGN_RUN - 1; k >= i && next < 0; k -= 1) if (frequent(k)) next = k + 1;
    for (let k = i + FOREIGN_RUN - 1; k >= i && next < 0; k -= 1) if (english(k)) next = k + 1;
    if (next >= 0) {
      i = next;
      continue;
    }
    let last = i + FOREIGN_RUN - 1;
    while (last + 1 < count && joined(last) && !english(last + 1)) last += 1;
    const start = words[2 * i]!;
    const end = words[2 * last + 1]!;
    out.push({ start, end, text: `"${text.slice(start, end)}" is not English: ${last - i + 1} words in a row that English does not have, a sentence left in the source language or the page template's` });
    // the word after the run is English or not joined to it: it may start the next
    i = last + 1;
  }
  return out;
}

// The most words a line beside a foreign run has to be read as a page template's line; a longer one is copy.
const TEMPLATE_LINE = 12;
const LINE_WORD = /\p{L}+/gu;

/**
 * Whether a line is in another language, as a page template's line beside a sentence left so: half its words or more
 * no English word, one of them lower-case; or, in a line of capitalised words alone, more than half ("Anda Selesai.", not
 * "Source: Anadolu"); a line of names with English between them ("By Tugba Altun and Muhammet Tarhan") is neither.
 * TEMPLATE_LINE words or fewer.
 */
function foreignLine(line: string, lex: TranslationLexicons): boolean {
  const words = line.match(LINE_WORD) ?? [];
  if (words.length === 0 || words.length > TEMPLATE_LINE) return false;
  const foreign = words.filter((w) => !lex.englishWord(w.toLowerCase()));
  if (foreign.some((w) => isLowerUnit(w.charCodeAt(0)))) return 2 * foreign.length >= words.length;
  return 2 * foreign.length > words.length && !words.some((w) => isLowerUnit(w.charCodeAt(0)));
}

/**
 * The lines beside a run of words English does not have that are in that language too, each line on from one found
 * ("Cara untuk mendapatkan Berita terbaru dari kami." under "Bagaimana tanggapan anda mengenai artikel ini?"): a
 * template's lines mix in capitalised and English words ("Klik Allow pada List Notifications tersebut") that break a
 * run. Read only where a run was found, line by line outward.
 */
function foreignLines(text: string, runs: readonly Finding[], lex: TranslationLexicons): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<number>();
  const lineAt = (at: number) => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at);
    return { start, end: end < 0 ? text.length : end };
  };
  for (const run of runs) {
    const home = lineAt(run.start);
    seen.add(home.start);
    for (const step of [-1, 1]) {
      let line = home;
      for (;;) {
        if (step < 0 ? line.start === 0 : line.end >= text.length) break;
        line = step < 0 ? lineAt(line.start - 1) : lineAt(line.end + 1);
        if (seen.has(line.start)) break;
        const held = runs.some((r) => r.start >= line.start && r.start < line.end);
        if (!held && !foreignLine(text.slice(line.start, line.end), lex)) break;
        seen.add(line.start);
        if (held) continue;
        // the line from its first letter to its last non-space unit: a list's number before it is no word
        const first = text.slice(line.start, line.end).search(/\p{L}/u);
        const start = line.start + first;
        const end = line.start + text.slice(line.start, line.end).trimEnd().length;
        out.push({ start, end, text: `"${text.slice(start, end)}" is not English: a line in the language of the sentence beside it, left untranslated from the page's template or the source` });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// The least lower-case words of this length a line of no English word holds to be another language's ("Bir cevap yazın"):
// a cricket scorecard's line is names with "c", "b", "lbw" between them.
const LINE_LOWER = 2;
const LINE_LOWER_LETTERS = 4;
// A line this long or longer is copy, not a template's line: it is not read word by word.
const LINE_LONGEST = 160;

/**
 * A short line no word of which is English, LINE_LOWER lower-case words of LINE_LOWER_LETTERS letters or more among them
 * ("E-posta hesabınız yayımlanmayacak.", "Bir cevap yazın"): a page template's line or a sentence left in the source
 * language, too short for a run of FOREIGN_RUN words. TEMPLATE_LINE words or fewer.
 */
/**
 * Whether a line holds TEMPLATE_LINE words or fewer, none English, LINE_LOWER lower-case ones of LINE_LOWER_LETTERS
 * letters or more among them: read a word at a time, so most lines stop at their first word, an English one.
 */
function foreignShortLine(line: string, lex: TranslationLexicons): boolean {
  let words = 0;
  let lower = 0;
  LINE_WORD.lastIndex = 0;
  for (let m = LINE_WORD.exec(line); m; m = LINE_WORD.exec(line)) {
    const w = m[0];
    if (++words > TEMPLATE_LINE || lex.englishWord(w.toLowerCase())) return false;
    if (w.length >= LINE_LOWER_LETTERS && isLowerUnit(w.charCodeAt(0))) lower += 1;
  }
  return lower >= LINE_LOWER;
}

export function foreignShortLines(text: string, lex: TranslationLexicons): Finding[] {
  const out: Finding[] = [];
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start < LINE_LONGEST) {
      const line = text.slice(start, end);
      if (foreignShortLine(line, lex)) {
        const from = start + line.search(/\p{L}/u);
        const to = start + line.trimEnd().length;
        out.push({ start: from, end: to, text: `"${text.slice(from, to)}" is not English: a line no word of which English has, left untranslated from the page's template or the source` });
      }
    }
    start = end + 1;
  }
  return out;
}

// Two or three capitalised words between quotation marks, as machine translation writes a Chinese term syllable by
// syllable; one quoted word is as often a nickname ("Nano", "Samo").
const QUOTED_TERM = /["“](\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})["”]/gu;

// A quoted term between a given name and a surname is a nickname (Francisco "Lu Olo" Guterres), no term: read on each side alone (sticky).
const NAME_WORD_BEFORE = /(?<=\p{Lu}\p{Ll}+ )/uy;
const NAME_WORD_AFTER = / \p{Lu}\p{Ll}/uy;
function nicknameInName(text: string, open: number, close: number): boolean {
  NAME_WORD_BEFORE.lastIndex = open;
  NAME_WORD_AFTER.lastIndex = close + 1;
  return NAME_WORD_BEFORE.test(text) && NAME_WORD_AFTER.test(text);
}

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
    if (nicknameInName(text, m.index, m.index + m[0].length - 1)) continue;
    if (doc.mentions.some((x) => PLACE_OR_BODY.has(x.type) && x.start <= start && start < x.end)) continue;
    out.push({ start, end: start + m[1]!.length, text: `"${m[1]}" is a Chinese term left in pinyin, not translated` });
  }
  return out;
}

/** Whether the run of letters i exists and starts with a capital. */
const capitalRun = (text: string, runs: readonly number[], i: number) => i >= 0 && 2 * i < runs.length && isUpperUnit(text.charCodeAt(runs[2 * i]!));
/** Whether one space, and nothing else, stands between the runs i and i + 1. */
const spacedRun = (text: string, runs: readonly number[], i: number) => runs[2 * i + 2]! - runs[2 * i + 1]! === 1 && text.charCodeAt(runs[2 * i + 1]!) === 0x20;

// What stands before or after a word of an address ("www.hürriyet.com.tr", "ağ@mail"): no word of the copy.
const ADDRESS_UNIT = /[./@_\d]/u;

/**
 * Lower-case words holding a Latin letter English writes only inside names (lex.nameLetters: Turkish ı, ğ, ş, Polish ł,
 * …): "the statements kakım “irresponsible”", a word the translation left in the source language. A capitalised word
 * holding one is a name in its own spelling ("Çavuşoğlu"); a suffix after an apostrophe or hyphen ("Erdoğan'ın") and a
 * word of an address are left alone. Read only at the units past ASCII (see wordsOf).
 */
export function sourceLowerWords(text: string, lex: TranslationLexicons): Finding[] {
  const out: Finding[] = [];
  const words = wordsOf(text);
  const { runs, nonAscii } = words;
  let lastRun = -1;
  for (const at of nonAscii) {
    if (!lex.nameLetters.has(text.charCodeAt(at))) continue;
    const r = firstRunEndingAfter(words, at);
    if (r === lastRun) continue;
    lastRun = r;
    const start = runs[2 * r]!;
    const end = runs[2 * r + 1]!;
    // a lower-case word between two capitalised ones is a name's particle ("Heydar Alirza oğlu Aliyev")
    if (!isLowerUnit(text.charCodeAt(start)) || (capitalRun(text, runs, r - 1) && spacedRun(text, runs, r - 1) && capitalRun(text, runs, r + 1) && spacedRun(text, runs, r))) continue;
    const before = unitBefore(text, start);
    const after = end < text.length ? text.charCodeAt(end) : 0x20;
    if (isJoiner(before) || isJoiner(after) || ADDRESS_UNIT.test(String.fromCharCode(before)) || (ADDRESS_UNIT.test(String.fromCharCode(after)) && end + 1 < text.length && !isSpaceUnit(text.charCodeAt(end + 1)))) continue;
    out.push({ start, end, text: `"${text.slice(start, end)}" is not English: a lower-case word with a letter English writes only in names, left in the source language` });
  }
  return out;
}

/** Each UTF-16 unit's answer to a foreign-letter pattern (0 not yet asked, 1 no, 2 yes), and whether any ASCII unit says yes. */
const foreignUnits = new WeakMap<RegExp, { units: Uint8Array; ascii: boolean }>();

/**
 * Whether `foreign` (one character, lex.foreign) matches in the text: asked of the units past ASCII alone (see
 * wordsOf), each unit's answer kept, where the pattern's test read every character of every text. A pattern
 * that some ASCII unit matches, or a text holding a surrogate (a pair is one character to it), is tested whole.
 */
function anyForeign(text: string, foreign: RegExp): boolean {
  let known = foreignUnits.get(foreign);
  if (!known) {
    let ascii = false;
    for (let unit = 0; unit < 128; unit += 1) ascii ||= foreign.test(String.fromCharCode(unit));
    foreignUnits.set(foreign, (known = { units: new Uint8Array(0x10000), ascii }));
  }
  const { nonAscii, surrogate } = wordsOf(text);
  if (surrogate || known.ascii) return foreign.test(text);
  const { units } = known;
  for (const at of nonAscii) {
    const unit = text.charCodeAt(at);
    let answer = units[unit]!;
    if (answer === 0) units[unit] = answer = foreign.test(String.fromCharCode(unit)) ? 2 : 1;
    if (answer === 2) return true;
  }
  return false;
}

// Mention types of a person's or a place's name, or a body's: a name may be written in its own spelling.
const NAME_TYPES = new Set(['PERSON', 'GPE', 'LOC', 'ORG', 'NORP']);
// Letters of the Latin script alone (with combining marks): a name in another script is still left untranslated.
const LATIN_LETTERS = /^[\p{Script=Latin}\p{M}]+$/u;
const NON_LETTERS = /[^\p{L}\p{M}]/gu;

/**
 * Whether the run of letters r (see wordsOf) is capitalised and stands in a capitalised run: a capitalised run of
 * letters just before or after it, one space between ("Bùi Thanh Sơn", "HÀ NỘI", "Việt Nam").
 */
function inCapitalisedRun(text: string, runs: readonly number[], r: number): boolean {
  return capitalRun(text, runs, r) && ((capitalRun(text, runs, r - 1) && spacedRun(text, runs, r - 1)) || (capitalRun(text, runs, r + 1) && spacedRun(text, runs, r)));
}

/**
 * Whether the word text[start, end), whose letters are the Latin script's ("Sơn", "Việt"), is a name written in its own
 * spelling, as Vietnamese outlets write their names: it is capitalised and inside a mention of a name, or in a
 * capitalised run, or spelled so in one elsewhere in the text ("minister Sơn" after "Bùi Thanh Sơn"). A caption's
 * word ("Ảnh 1.") stands alone; a word in another script is left untranslated whatever its case.
 */
function ownSpelledName(doc: Doc, start: number, end: number): boolean {
  const { text } = doc;
  const letters = text.slice(start, end).replace(NON_LETTERS, '');
  if (!LATIN_LETTERS.test(letters)) return false;
  const words = wordsOf(text);
  const { runs } = words;
  const r = firstRunEndingAfter(words, start);
  if (2 * r >= runs.length || runs[2 * r]! >= end || !isUpperUnit(text.charCodeAt(runs[2 * r]!))) return false;
  if (inCapitalisedRun(text, runs, r)) return true;
  const at = runs[2 * r]!;
  if (doc.mentions.some((x) => NAME_TYPES.has(x.type) && x.start <= at && at < x.end)) return true;
  // the same spelling, a whole run of letters, in a capitalised run elsewhere
  const word = text.slice(at, runs[2 * r + 1]!);
  for (let other = text.indexOf(word); other >= 0; other = text.indexOf(word, other + 1)) {
    const o = firstRunEndingAfter(words, other);
    if (runs[2 * o] === other && runs[2 * o + 1] === other + word.length && inCapitalisedRun(text, runs, o)) return true;
  }
  return false;
}

// A case ending the translation split off a name and left standing alone before a comma or a stop ("Mevlut Cavusoglu
// u ," for Turkish Çavuşoğlu'nu): one lower-case letter after a capitalised word. English's own letters alone are "a"
// and "I", and a letter naming an item ("Plan B", "vitamin C") is a capital.
const CASE_ENDING = /(?<=\p{Lu}\p{Ll}{2,} )[b-hj-z](?= ?[,;.](?:\s|$))/gu;
const CASE_ENDING_HINT = /\p{Ll} [b-hj-z] ?[,;.]/u;

/** A source language's case ending split off a name and left alone (CASE_ENDING). */
function caseEndings(doc: Doc): Finding[] {
  return matchesIn(doc, CASE_ENDING, CASE_ENDING_HINT).map(({ start, end, match }) => ({ start, end, text: `"${match[0]}" stands alone after a name: a case ending of the source language the translation split off the name` }));
}

/**
 * Words left in the source language's script or letters ("Ảnh 1.", "Источник", "Çavuşoغlu"), less names written in
 * their own Latin spelling ("Việt Nam"), dates in another language, runs of words English does not have, and quoted terms left in pinyin.
 */
export const untranslatedWords: QualityRule = {
  id: 'untranslated-word',
  check(doc, lex) {
    const runs = foreignRuns(doc.text, lex);
    const beside = foreignLines(doc.text, runs, lex);
    // a short line in another language that no run or line beside one already holds
    const lines = apartFrom(foreignShortLines(doc.text, lex), [...runs, ...beside]);
    const taken = [...runs, ...beside, ...lines];
    // a lone word of the source language, where no run or line holds it already
    const lone = apartFrom(sourceLowerWords(doc.text, lex), taken);
    const found = [...foreignDates(doc.text, lex), ...taken, ...lone, ...pinyinTerms(doc, lex), ...caseEndings(doc)];
    // whether any foreign letter is there at all; only then is the text cut into words
    if (!anyForeign(doc.text, lex.foreign)) return found;
    const out = [...found];
    for (const m of allMatches(doc.text, /[^\s"“”«»()[\],;]+/gu)) {
      if (!lex.foreign.test(m[0]) || out.some((d) => d.start <= m.index && m.index < d.end)) continue;
      if (ownSpelledName(doc, m.index, m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: `"${m[0]}" is not English: a word left in the source language or script (untranslated caption, name or term)` });
    }
    return out;
  },
};
