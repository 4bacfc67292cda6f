import type { Doc } from '../../../model/index.ts';
import type { TranslationLexicons } from '../../../lexicons/translation/translation-lexicons.ts';
import { matchesIn, type Finding, type QualityRule } from './rule.ts';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const SPELLED = '(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|[A-Z]+TEEN|TWENTY[A-Z-]*|THIRTY[A-Z-]*)';
// A month and a word in capitals, tried only after the cheaper test for a month's last letter before one.
const MONTH_CAPS = new RegExp(`${MONTH} [A-Z]{3}`);
const MONTH_END_CAPS = /[yhletr] [A-Z]{3}/;
// A spelled number in capitals as SPELLED has it: rare outside such dates, where "the USA" passes MONTH_END_CAPS.
const SPELLED_CAPS = /ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|TEEN|TWENTY|THIRTY/;
const REPORT = '(?:said|stated|told|added|announced|noted|stressed|reported)';
// A year of the last two centuries that no count of years is: not a round hundred.
const YEAR = '(?:1[89]|20)(?!00)\\d{2}';

/**
 * Numbers and dates written as the source language writes them. Each entry: the pattern, a cheap pattern every
 * match contains (see matchesIn), and what it means.
 * - a day of the month before "daily" or a part of the day, as Chinese writes 11日 and 7日晚 ("The 11 daily report")
 * - a day of the month set after a speaker's name where English puts an age ("Manning, 9, said"); no adult is 9
 * - a day of the month as a count of days after a reporting verb ("said 9 days" for 9日, the 9th)
 * - a month and a day in capitals ("July NINE"), a spelled number copied from a headline style
 * - a decimal comma or dotted thousands ("2,5 million", "1.200.000")
 * - a number past 12 before am or pm, no clock hour ("the morning of 23 am" for 23日午前): a day of the month
 * - a year, or a list or range of years, followed by "years" ("of 1997 and 2008 years", "of 1941–1945 years"), as
 *   Russian writes годов after a year: English writes the year alone. A round number ("2000 years") is a count, and
 *   "year" after one year is English too ("the 1996 year", "fiscal 1996 year").
 */
const FORMATS: [RegExp, { test(text: string): boolean }, string][] = [
  [/\b(?:the|on|by) (?:[1-9]|[12]\d|3[01]) (?:daily|day|evening|morning|afternoon|night|noon)\b/gi, /\d (?:daily|day|evening|morning|afternoon|night|noon)/i, 'a day of the month written as the source language writes it (11日, 7日晚): read "on the Nth" of the month'],
  [new RegExp(`(?<=\\p{Lu}\\p{Ll}+, )(?:[1-9]|1[0-7])(?=, ${REPORT}\\b)`, 'gu'), new RegExp(`\\d, ${REPORT}`), 'a day of the month where English would put an age: the source said "on the Nth"'],
  [new RegExp(`(?<=\\b${REPORT}(?: on)? )(?:[1-9]|[12]\\d|3[01]) days?\\b(?! (?:ago|later|earlier|before|after|of|in|to|from|and|or|each|a|per)\\b)`, 'g'), /\d days?\b/, 'a day of the month written as a count of days (9日 is "the 9th"): read "on the Nth"'],
  [new RegExp(`\\b${MONTH} ${SPELLED}\\b`, 'g'), { test: (text: string) => MONTH_END_CAPS.test(text) && SPELLED_CAPS.test(text) && MONTH_CAPS.test(text) }, 'a date with its day spelled in capitals: read it as a number'],
  [/(?<![\d:.])(?:1[3-9]|2\d|3[01]) ?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/giu, /\d ?[ap]\.?m/i, 'a number past 12 before am or pm is no clock hour: a day of the month in the source\'s form (23日午前, "on the 23rd, in the morning")'],
  [/\b\d{1,3},\d{1,2}(?= ?(?:%|(?:percent|per cent|million|billion|trillion)\b))|\b\d{1,3}(?:\.\d{3}){2,}\b/g, /\d[,.]\d/, 'a number with a decimal comma or dotted thousands, as the source language writes it'],
  [new RegExp(`\\b${YEAR}(?:(?:, | and |[–-])${YEAR})* years\\b`, 'g'), /\d years\b/, 'a year followed by "years", as Russian writes годов after one: read the year alone'],
];

// The hints that are plain patterns (no flag u), as one alternation ignoring case (as some do; for the others it only
// widens the search): a text it misses, as most are, matches none of them, and their entries are passed by one search
// instead of one each.
const patternHints = FORMATS.map(([, hint]) => hint).filter((hint): hint is RegExp => hint instanceof RegExp && !hint.unicode);
const PATTERN_HINTS = new Set<{ test(text: string): boolean }>(patternHints);
const ANY_PATTERN_HINT = new RegExp(patternHints.map((hint) => `(?:${hint.source})`).join('|'), 'i');

// A number with one dotted group of three digits and the word after it, its first digit no 0 ("0.005" is a decimal);
// a second group is FORMATS' dotted thousands.
const DOTTED_GROUP = /(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?![\d]|[.,]\d) (\p{Ll}+)(?![\p{L}])/gu;
const DOTTED_HINT = /\d\.\d{3} /;

/**
 * One dotted group of thousands before a plural noun or a currency a count stands before ("20.000 won", "1.200
 * people"; lex.countedNouns): languages with a decimal comma write thousands so, and no decimal counts people or won.
 * A decimal before a unit it may measure ("1.500 percent") is not read.
 */
export function dottedThousands(doc: Doc, lex: TranslationLexicons): Finding[] {
  return matchesIn(doc, DOTTED_GROUP, DOTTED_HINT)
    .filter(({ match }) => lex.countedNouns.has(match[1]!))
    .map(({ start, end, match }) => ({ start, end, text: `"${match[0]}": a number with a dot between its thousands, as the source language writes them: read ${match[0].replace('.', ',')}` }));
}

const ORDINAL_ENDS = ['th', 'st', 'nd', 'rd'];
/** An English ordinal's ending: 1st, 2nd, 3rd, 11th–13th, 21st. */
const ordinalEnd = (n: number) => ((n % 100) - 11 >>> 0 < 3 ? 'th' : ORDINAL_ENDS[n % 10] ?? 'th');

/**
 * A bare number before a recurring event's name, after a lower-case word ("covered 11 Ambassadors' Conference";
 * lex.numberedEvent): an ordinal the source wrote with a dot, as Turkish writes 11. for 11th, the dot or suffix lost.
 * English writes "the 11th"; a year ("the 2019 Summit") has four digits, and "Group of 20 Summit" has no lower-case word before.
 */
export function numberedEvents(doc: Doc, lex: TranslationLexicons): Finding[] {
  // an event's name is rarer than a digit before a capital: looked for first
  return matchesIn(doc, lex.numberedEvent, lex.eventHead).map(({ start, match }) => {
    const n = match[1]!;
    const end = start + n.length + (match[0][n.length] === '.' ? 1 : 0);
    return { start, end, text: `"${match[0]}": a number standing as an event's ordinal, as the source language writes one ("11." for 11th), its dot or suffix lost: read "the ${n}${ordinalEnd(Number(n))}"` };
  });
}

/** Numbers and dates left in the source language's format. */
export const sourceFormatNumbers: QualityRule = {
  id: 'source-format-number',
  check(doc, lex) {
    const anyHint = ANY_PATTERN_HINT.test(doc.text);
    return FORMATS.filter(([, hint]) => anyHint || !PATTERN_HINTS.has(hint))
      .flatMap(([pattern, hint, why]) => matchesIn(doc, pattern, hint).map(({ start, end, match }) => ({ start, end, text: `"${match[0]}": ${why}` })))
      .concat(dottedThousands(doc, lex), numberedEvents(doc, lex))
      .sort((a, b) => a.start - b.start);
  },
};
