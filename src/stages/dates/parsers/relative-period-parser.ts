import type { Granularity, PointSpec, ShiftUnit } from '../draft.ts';
import { quarterOf } from '../calendar.ts';
import { monthNumber, wordParser, type DateVocabulary, type TriggeredParser } from './patterns.ts';

/** How each opening word moves the anchor and whether it looks back to an earlier timex. */
const OPENERS: Record<string, { n: number; anaphoric?: boolean }> = {
  this: { n: 0 }, 'the current': { n: 0 }, the: { n: 0 }, current: { n: 0 }, 'the full': { n: 0 },
  last: { n: -1 }, past: { n: -1 }, 'the past': { n: -1 }, 'the last': { n: -1 }, 'this past': { n: -1 },
  'the latest': { n: -1 }, latest: { n: -1 }, 'the most recent': { n: -1 },
  next: { n: 1 }, coming: { n: 1 }, 'the coming': { n: 1 }, 'this coming': { n: 1 }, 'the next': { n: 1 },
  'the same': { n: 0, anaphoric: true }, 'that same': { n: 0, anaphoric: true }, that: { n: 0, anaphoric: true },
  'the following': { n: 1, anaphoric: true }, 'the previous': { n: -1, anaphoric: true },
  'the prior': { n: -1, anaphoric: true }, 'the preceding': { n: -1, anaphoric: true },
};
const OPENER = Object.keys(OPENERS).sort((a, b) => b.length - a.length).map((o) => o.replace(/ /g, '\\s+')).join('|');
const UNITS: Record<string, { granularity: Granularity; unit: ShiftUnit }> = {
  day: { granularity: 'day', unit: 'day' },
  week: { granularity: 'week', unit: 'week' },
  weekend: { granularity: 'weekend', unit: 'week' },
  month: { granularity: 'month', unit: 'month' },
  quarter: { granularity: 'quarter', unit: 'quarter' },
  year: { granularity: 'year', unit: 'year' },
  decade: { granularity: 'decade', unit: 'decade' },
  century: { granularity: 'century', unit: 'century' },
};

/** "the quarter ended July 31", "… ending Sept. 30, 1988": the end date that tells a (fiscal) quarter. */
const QUARTER_ENDED = /^\s+(?:that\s+)?(?:ended|ending|ends)\s+([A-Za-z]{3,9})\.?\s+\d{1,2}\b(?:,?\s+((?:19|20)\d\d)\b)?/;

/**
 * The calendar quarter of a quarter told by its end: the one holding most of its three months, i.e. its middle
 * month's ("ended July 31" runs May to July: the second quarter; "ended Sept. 30" the third). Null when the word
 * after "ended" is no month, or is January, whose quarter lies mostly in the year before its end's (left to the
 * reading without an end date).
 */
export function quarterEnded(after: string): PointSpec | null {
  const m = after.match(QUARTER_ENDED);
  const month = m ? monthNumber(m[1]!) : 0;
  if (month < 2) return null;
  const spec: PointSpec = { kind: 'point', type: 'DATE', granularity: 'quarter', fields: { quarter: quarterOf(month - 1) } };
  if (m![2]) spec.fields.year = Number(m![2]);
  return spec;
}

const TRADING_DAY_BEFORE = /\b(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)|for|(?:start|end|close)\s+of)\s+$/i;

/**
 * "last week", "this year", "next month", "the current quarter", "last fall", and the anaphoric
 * "the same day", "that year", "the following month" (anchored on an earlier timex).
 */
export const relativePeriodParser = ({ SEASON, words: { seasons } }: DateVocabulary): TriggeredParser =>
  wordParser(
    `(${OPENER})\\s+(?:(?:fiscal|calendar)\\s+)?(day|week|weekend|month|quarter|period|year|decade|century|${SEASON})`,
    (match, context) => {
      const opener = match[1]!.toLowerCase().replace(/\s+/g, ' ');
      const word = match[2]!.toLowerCase();
      const { n, anaphoric } = OPENERS[opener]!;
      const season = seasons[word];
      const after = context.text.slice((match.index ?? 0) + match[0].length);
      // "the fall of the Berlin Wall", "the fall in prices": a collapse, not autumn ("the fall of 1998" is one).
      if (word === 'fall' && opener === 'the' && /^\s+(?:of|in|from)\b(?!\s+(?:19|20)\d\d)/i.test(after)) return null;
      // "the Winter Games", "the Summer Palace": a season word inside a name.
      if (season && /^[A-Z]/.test(match[2]!) && /^\s+[A-Z]/.test(after)) return null;
      if (season) {
        const relation = n < 0 ? 'last' : n > 0 ? 'next' : opener === 'the' ? undefined : 'this';
        return { kind: 'point', type: 'DATE', granularity: 'season', fields: { season }, ...(relation ? { relation } : {}), ...(anaphoric ? { anaphoric } : {}) };
      }
      // "the latest period" in earnings news is the quarter just reported; other periods are too vague.
      if (word === 'period' && !/latest|most recent/.test(opener)) return null;
      // "the year ended March 31" is a fiscal year: TimeBank writes it as the period P1Y, not as a calendar year.
      if (opener === 'the' && word === 'year' && /^\s+(?:that\s+)?(?:ended|ending|ends)\b/i.test(after)) return { kind: 'literal', type: 'DURATION', value: 'P1Y' };
      const { granularity, unit } = UNITS[word === 'period' ? 'quarter' : word]!;
      // "the full year" in results news is the fiscal year reported; "the full week" is a length of time.
      if (opener === 'the full' && word !== 'year' && word !== 'quarter') return null;
      // "the day" and "the next day" only make sense against an earlier date in the text, except in market
      // reports, where "ended the day", "for the day", "the start of the day" are the trading day reported.
      if (opener === 'the' && word === 'day' && !TRADING_DAY_BEFORE.test(context.text.slice(Math.max(0, (match.index ?? 0) - 20), match.index))) return null;
      if (granularity === 'quarter' && opener === 'the') {
        const ended = quarterEnded(after);
        if (ended) return ended;
      }
      const spec: PointSpec = { kind: 'point', type: 'DATE', granularity, fields: {}, shift: { unit, n } };
      // "the quarter", "the latest quarter": the last one reported, i.e. the one before the anchor's.
      if (granularity === 'quarter' && (opener === 'the' || opener === 'the latest' || opener === 'latest')) spec.shift = { unit, n: -1 };
      // "the next day", and the trading day of "ended the day", count from the day the story last named.
      if (anaphoric || ((opener === 'the next' || opener === 'the') && word === 'day')) spec.anaphoric = true;
      if (word === 'weekend') spec.relation = n < 0 ? 'last' : n > 0 ? 'next' : opener === 'the' ? 'latest' : 'this';
      return spec;
    },
    // The period word follows a space, never a letter ("today", "Monday", "holiday").
    /(?<![a-z])(?:day|week|month|quarter|period|year|decade|century|spring|summer|fall|autumn|winter)/i,
  );

/** "year-end" is the year's last day, as TimeBank writes it; "year end" and "year's end" stay at the year with END. */
export const yearEndParser = wordParser(`(?:the\\s+)?year(-|\\s+|'s\\s+)end`, (match) =>
  match[1] === '-'
    ? { kind: 'point', type: 'DATE', granularity: 'day', fields: { month: 12, day: 31 }, shift: { unit: 'year', n: 0 } }
    : { kind: 'point', type: 'DATE', granularity: 'year', fields: {}, shift: { unit: 'year', n: 0 }, mod: 'END' },
/year(?:-|\s+|'s\s+)end/i);

/**
 * "the year-ago quarter", "the year-earlier period", "year-earlier", "the corresponding period last year",
 * "last year's quarter", "the quarter a year ago": the latest quarter, one year back.
 */
export const yearAgoQuarterParser = wordParser(
  `(?:the\\s+)?(?:comparable\\s+)?year-(?:ago|earlier)(?:\\s+(?:third\\s+|fourth\\s+|second\\s+|first\\s+)?(?:quarter|period))?` +
    `|the\\s+(?:(?:corresponding|comparable|same)\\s+)?(?:period|quarter)\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier))` +
    `|last\\s+year's\\s+(?:period|quarter)`,
  () => ({ kind: 'point', type: 'DATE', granularity: 'quarter', fields: {}, shift: { unit: 'quarter', n: -5 } }),
  /year-(?:ago|earlier)|(?:period|quarter)\s+(?:of\s+)?(?:last\s+year|a\s+year)|year's\s+(?:period|quarter)/i,
);
