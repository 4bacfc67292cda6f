import type { Parser, ParsingContext } from 'chrono-node';
import type { DateWords } from '../../../lexicons/dates/words.ts';
import { annotate, type Spec } from '../draft.ts';
import { longestFirst, spacedPhrase } from '../../../util/regexp.ts';

/** Longest alternatives first, so "a few" wins over "a"; a space in one matches any run of spaces. */
export const alternation = (list: Iterable<string>): string => longestFirst(list, spacedPhrase);

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month's number (1–12) from its name or abbreviation ("Sept."), 0 when it is none. */
export function monthNumber(name: string): number {
  const head = name.toLowerCase().replace('.', '').slice(0, 3);
  return head.length === 3 ? MONTHS.findIndex((m) => m.startsWith(head)) + 1 : 0;
}
export const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/**
 * The regex alternations and readers built from the date words, once per chrono instance: the parsers
 * are made from them in the stage's setup, so nothing is read at import time.
 */
export interface DateVocabulary {
  words: DateWords;
  NUMBER_WORD: string;
  /** A count: digits, number words ("twenty-five", "two hundred"), or a/an. */
  COUNT: string;
  VAGUE: string;
  ORDINAL: string;
  UNIT: string;
  SEASON: string;
  PART_OF_DAY: string;
  /** Reads a count phrase; null for vague ones ("several", "a few"). */
  readCount(phrase: string): number | null;
  unitCode(unit: string): string;
}

export function dateVocabulary(words: DateWords): DateVocabulary {
  const NUMBER_WORD = alternation(Object.keys(words.numbers).filter((w) => !['a', 'an'].includes(w)));
  return {
    words,
    NUMBER_WORD,
    COUNT: `(?:\\d+(?:[.,]\\d+)?(?:\\s+1/2)?|(?:${NUMBER_WORD})(?:[\\s-]+(?:${NUMBER_WORD}))*|an?)`,
    VAGUE: alternation(words.vagueNumbers.filter((w) => w !== 'the')),
    ORDINAL: alternation(Object.keys(words.ordinals)),
    UNIT: alternation(Object.keys(words.units)),
    SEASON: alternation(Object.keys(words.seasons)),
    PART_OF_DAY: alternation(Object.keys(words.partsOfDay)),
    readCount: (phrase) => readCount(words, phrase),
    unitCode: (unit) => words.units[unit.toLowerCase().replace(/s$/, '').replace(/^centurie$/, 'century')] ?? 'X',
  };
}

function readCount(words: DateWords, phrase: string): number | null {
  const text = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(text)) return Number(text.replace(/,/g, '').replace(/\s+1\/2$/, '.5'));
  if (text in words.numbers) return words.numbers[text]!;
  let total = 0;
  let current = 0;
  for (const part of text.split(/[\s-]+/)) {
    const n = words.numbers[part];
    if (n === undefined) return null;
    if (n === 100) current = (current || 1) * 100;
    else if (n === 1000) [total, current] = [total + (current || 1) * 1000, 0];
    else current += n;
  }
  total += current;
  return total || null;
}

/**
 * A chrono parser with its trigger, a cheap regex: the stage tries the parser only on texts where the
 * trigger occurs (chrono runs each parser's pattern over the whole text, the stage's main cost).
 */
export type TriggeredParser = Parser & { readonly trigger: RegExp };

/**
 * A chrono parser over a word-bounded pattern that hands back a TIMEX3 reading. The boundary is checked
 * against the whole text, because chrono re-runs the pattern on a suffix after a failed extraction.
 */
export function wordParser(
  source: string,
  read: (match: RegExpMatchArray, context: ParsingContext) => Spec | null,
  trigger: RegExp,
): TriggeredParser {
  const pattern = new RegExp(`(?<![\\w'])(?:${source})(?![\\w])`, 'i');
  return {
    trigger,
    pattern: () => pattern,
    extract(context, match) {
      const at = match.index ?? 0;
      if (at > 0 && /[\w']/.test(context.text[at - 1]!)) return null;
      const spec = read(match, context);
      if (!spec) return null;
      return annotate(context.createParsingResult(at, match[0]), { spec });
    },
  };
}
