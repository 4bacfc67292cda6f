import { pad } from '../calendar.ts';
import type { Spec } from '../draft.ts';
import { alternation, monthNumber, MONTHS, WEEKDAY, WEEKDAYS, wordParser, type DateVocabulary, type TriggeredParser } from './patterns.ts';
import { durationValue } from './unit-count-parser.ts';

/** Recurring times: "daily", "every week", "each year", "every two months", "every Monday", "each July", "every summer". */
export const setParser = ({ COUNT, SEASON, UNIT, readCount, unitCode, words: { sets, seasons } }: DateVocabulary): TriggeredParser =>
  wordParser(
    `(${alternation(Object.keys(sets))})|(?:every|each|per)\\s+(?:other\\s+)?(?:(${COUNT})\\s+)?(?:(${UNIT})s?|(${WEEKDAY})|(${MONTHS.join('|')})|(${SEASON}))`,
    (match): Spec | null => {
      if (match[1]) return { kind: 'literal', type: 'SET', value: sets[match[1].toLowerCase()]! };
      if (match[4]) return { kind: 'literal', type: 'SET', value: `XXXX-WXX-${WEEKDAYS[match[4].toLowerCase()] || 7}` };
      if (match[5]) return { kind: 'literal', type: 'SET', value: `XXXX-${pad(monthNumber(match[5]))}` };
      if (match[6]) return { kind: 'literal', type: 'SET', value: `XXXX-${seasons[match[6].toLowerCase()]!}` };
      const count = match[2] ? readCount(match[2]) : 1;
      const unit = match[3]!;
      const other = /\bother\b/i.test(match[0]) ? 2 : 1;
      return { kind: 'literal', type: 'SET', value: durationValue((count ?? 1) * other, unitCode(unit), /^(second|minute|hour)/i.test(unit)) };
    },
    /daily|weekly|monthly|yearly|hourly|nightly|every|each|per\b/i,
  );

/**
 * A weekday or a part of one in the plural recurs: "on Mondays" (XXXX-WXX-1), "Tuesday nights" (XXXX-WXX-2TNI),
 * and so does a weekday joined to such a plural, which shares its part of the day: "on Monday and Tuesday nights"
 * is Monday nights too (XXXX-WXX-1TNI, the weekday's own span).
 */
export const weekdaySetParser = ({ PART_OF_DAY, words: { partsOfDay } }: DateVocabulary): TriggeredParser =>
  wordParser(
    // "on" is read too (the trim refiner drops it), so that chrono's "on Monday" does not outlast the weekday.
    `(?:on\\s+)?(${WEEKDAY})(?:s|\\s+(${PART_OF_DAY})s|(?=\\s+(?:and|or)\\s+(?:${WEEKDAY})\\s+(${PART_OF_DAY})s\\b))`,
    (match): Spec => {
      const day = `XXXX-WXX-${WEEKDAYS[match[1]!.toLowerCase()] || 7}`;
      const part = match[2] ?? match[3];
      return { kind: 'literal', type: 'SET', value: part ? `${day}T${partsOfDay[part.toLowerCase()]!}` : day };
    },
    /(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|day\s+(?:morning|afternoon|evening|night)s/i,
  );
