import type { Refiner } from 'chrono-node';
import { readNumericDate, type DateOption, type NumericCues } from '../convention.ts';
import { WEEKDAY, WEEKDAYS } from '../parsers/patterns.ts';

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2\d{2,4}$/;
/** "Saturday (3/20/2021)", "Tuesday, 03.11.2020" and "3/20/2021 (Saturday)": a weekday right beside the date. */
const WEEKDAY_BEFORE = new RegExp(`\\b(${WEEKDAY})\\s*[,(]?\\s*$`, 'i');
const WEEKDAY_AFTER = new RegExp(`^\\s*[,(]?\\s*(${WEEKDAY})\\b`, 'i');
/** A 12-hour clock after the date is the American way of writing a time stamp ("9/5/2023 4:40:11 PM"). */
const US_CLOCK = /^,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\b/i;

/**
 * Chrono reads numeric dates month first. Read them by the weekday beside them, their form and the outlet's
 * convention instead (day first outside the US: 23/10/2020, 03.11.2020), see `readNumericDate`. Runs before
 * chrono's mergers, which copy the components into the merged results.
 */
export const numericDateRefiner: Refiner = {
  refine(context, results) {
    const { hints } = context.option as DateOption;
    for (const result of results) {
      const m = result.text.match(NUMERIC);
      if (!m || !result.tags().has('parser/SlashDateFormatParser')) continue;
      const year = result.start.get('year');
      if (year === null) continue;
      const before = context.text.slice(Math.max(0, result.index - 12), result.index);
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 16);
      const named = (before.match(WEEKDAY_BEFORE) ?? after.match(WEEKDAY_AFTER))?.[1];
      const cues: NumericCues = {
        weekday: named ? WEEKDAYS[named.toLowerCase()]! : null,
        form: m[2] === '.' ? 'day-first' : US_CLOCK.test(after) ? 'month-first' : null,
      };
      const reading = readNumericDate(Number(m[1]), Number(m[3]), year, cues, hints);
      if (!reading) continue;
      result.start.assign('month', reading.month);
      result.start.assign('day', reading.day);
    }
    return results;
  },
};
