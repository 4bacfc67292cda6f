import { wordParser, type DateVocabulary, type TriggeredParser } from './patterns.ts';
import { durationValue } from './unit-count-parser.ts';

/** Prepositions that make "the past year" a stretch of time up to now, not the calendar year before. */
const SPAN_BEFORE = /\b(?:over|during|throughout|through|in|for)\s+$/i;

/**
 * "over the past year", "in the past month", "during the last decade": the stretch that ends at the publication
 * date, a DURATION (P1Y) anchored on it. Without such a preposition "the past year" stays a date.
 */
export const pastPeriodParser = ({ unitCode }: DateVocabulary): TriggeredParser =>
  wordParser(
    `the\\s+(?:past|last)\\s+(day|week|month|year|decade|century)`,
    (match, context) => {
      const at = match.index ?? 0;
      if (!SPAN_BEFORE.test(context.text.slice(Math.max(0, at - 12), at))) return null;
      // "the last week of March", "the past year's elections" name a period, not the stretch up to now.
      if (/^(?:\s+of\b|')/.test(context.text.slice(at + match[0].length))) return null;
      return { kind: 'literal', type: 'DURATION', value: durationValue(1, unitCode(match[1]!), false), anchored: true };
    },
    /(?:past|last)\s+(?:day|week|month|year|decade|century)/i,
  );
