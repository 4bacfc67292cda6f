import { wordParser, type TriggeredParser } from './patterns.ts';

/** What may follow the day: the end of the phrase, "local time", or a word that cannot be what an ordinal counts. */
const AFTER_DAY = /^(?:\s*$|\s*[,.;:)!?"'”]|\s+(?:local\s+time|of\s+(?:this|that|last|next)\s+month|and|at|in|when|that|to|while|as|after|before|during|with|from|by|for|the|(?:morning|afternoon|evening|night)\b))/i;

/**
 * "on the 26th": a day of the month with neither month nor weekday, as Chinese, Korean and Japanese copy writes
 * 26日 and its translation keeps ("said on the 26th local time"); the month is the anchor's (see pickOccurrence).
 * Only after "on", and never before a noun it would count ("on the 16th floor", "on the 2nd day").
 */
export const dayOfMonthParser: TriggeredParser = wordParser(
  '(?<=\\bon\\s+)the\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)',
  (match, context) => {
    const end = (match.index ?? 0) + match[0].length;
    if (!AFTER_DAY.test(context.text.slice(end, end + 24))) return null;
    return { kind: 'point', type: 'DATE', granularity: 'day', fields: { day: Number(match[1]) } };
  },
  /\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/i,
);
