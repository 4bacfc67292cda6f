import { monthNumber, wordParser } from './patterns.ts';

const LONGEST = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * "February 30", "April 31": a month and a day that never meet. Chrono drops them silently; we keep
 * the span with a null value so the stage can say that no value could be formed.
 */
export const impossibleDateParser = wordParser(
  `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`,
  (match) => {
    const month = monthNumber(match[1]!);
    const day = Number(match[2]);
    if (month === 0 || day <= LONGEST[month - 1]!) return null;
    return { kind: 'literal', type: 'DATE', value: null };
  },
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i,
);
