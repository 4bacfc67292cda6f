import { WEEKDAY, WEEKDAYS, wordParser, type TriggeredParser } from './patterns.ts';

/** "almost overnight", "did not happen overnight", "kept him overnight", "sold out overnight": suddenly, or a stay, not a night ("broke out overnight" is a night). */
const NOT_A_NIGHT_BEFORE = /\b(?:almost|virtually|literally|practically|nearly|not|n't|happen\w*|chang\w*|disappear\w*|vanish\w*|transform\w*|bec[oa]me|stay\w*|kept|keep|remain\w*|unbeaten|sold\s+out)\s+(?:\w+\s+)?$/i;
/** "overnight rates", "the overnight repo", "(overnight 229-1)", "an overnight stay": money markets, scores, stays. */
const NOT_A_NIGHT_AFTER = /^\s*(?:rates?|lending|loans?|deposits?|repos?|funds?|money|index|swaps?|trad\w*|rall\w*|interbank|borrowing|call|stays?|flights?|bags?|trips?|trains?|sensation|success|star|celebrity|cordon)\b|^\s*\d/i;

/**
 * "overnight Saturday", "overnight on Tuesday": the night of that day (DATE, as "Tuesday night"). "Overnight"
 * alone ("rebels attacked overnight", "overnight losses") is the night before the day the story is on: the
 * last day it named, else the publication day.
 */
export const overnightParser: TriggeredParser = wordParser(
  `overnight(?:\\s+(?:on\\s+)?(${WEEKDAY}))?`,
  (match, context) => {
    const at = match.index ?? 0;
    if (match[1]) {
      return { kind: 'point', type: 'DATE', granularity: 'partOfDay', fields: { weekday: WEEKDAYS[match[1].toLowerCase()]!, partOfDay: 'NI' } };
    }
    if (NOT_A_NIGHT_BEFORE.test(context.text.slice(Math.max(0, at - 30), at))) return null;
    if (NOT_A_NIGHT_AFTER.test(context.text.slice(at + match[0].length, at + match[0].length + 16))) return null;
    return { kind: 'point', type: 'TIME', granularity: 'partOfDay', fields: { partOfDay: 'NI' }, shift: { unit: 'day', n: -1 }, anaphoric: true };
  },
  /overnight/i,
);
