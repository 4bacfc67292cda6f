import type { Timex } from '../../model/index.ts';
import type { StageContext } from '../../pipeline/stage.ts';
import { isValidDay, toUtc, weekday, type Day } from './calendar.ts';
import { WEEKDAY, WEEKDAYS } from './parsers/patterns.ts';

export const WEEKDAY_MISMATCH = 'weekday-date-mismatch';
const NAMES = Object.keys(WEEKDAYS).map((w) => w[0]!.toUpperCase() + w.slice(1));
const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})/;
const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAY})\\b`, 'i');

/** The day a value names (2020-10-23, 2020-10-23T10:30, 2020-10-23TNI), or null. */
export function dayOfValue(value: string | null): Day | null {
  const m = value?.match(/^(\d{4})-(\d{2})-(\d{2})(?:T|$)/);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(day) ? day : null;
}

/** A year filled in from the publication date may move to the neighbouring one if that stays this close to it. */
const NEAR_ANCHOR_DAYS = 183;

/**
 * A date whose weekday the text states ("Friday, Oct. 16"): when its year was filled in from `anchor` and the
 * weekday fits the year before or after instead, within half a year of the anchor, that year is meant.
 * Returns the value to keep and whether the weekday still contradicts it.
 */
export function fitStatedWeekday(value: string, stated: number, anchor: Day | null): { value: string; contradicts: boolean } {
  const day = dayOfValue(value);
  if (!day || weekday(day) === stated) return { value, contradicts: false };
  for (const shift of anchor ? [-1, 1] : []) {
    const other = { ...day, year: day.year + shift };
    const near = Math.abs(toUtc(other).getTime() - toUtc(anchor!).getTime()) <= NEAR_ANCHOR_DAYS * 86_400_000;
    if (isValidDay(other) && near && weekday(other) === stated) return { value: `${other.year}${value.slice(4)}`, contradicts: false };
  }
  return { value, contradicts: true };
}

/** The message text for a weekday that contradicts its date; a numeric date is checked in both readings. */
export function mismatchText(span: string, dateText: string, value: string, stated: number): string {
  const day = dayOfValue(value)!;
  const m = dateText.match(NUMERIC);
  const readings = m && m[1] !== m[3]
    ? [{ year: day.year, month: Number(m[3]), day: Number(m[1]) }, { year: day.year, month: Number(m[1]), day: Number(m[3]) }].filter(isValidDay)
    : [day];
  const told = readings.map((d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')} is a ${NAMES[weekday(d)]}`).join(', ');
  return `"${span}": the text says ${NAMES[stated]}, but ${told}: the weekday or the date is wrong (read as ${value.slice(0, 10)})`;
}

/** A timex that names a weekday and nothing else ("Saturday"); its value is the weekday's nearest date. */
const weekdayOnly = (t: Timex) => t.type === 'DATE' && t.stated.length === 1 && t.stated[0] === 'weekday';
/** What may stand between a weekday and its date: "Saturday (3/20/2021)", "Tuesday tomorrow", "3/20/2021 (Saturday)". */
const BESIDE = /^[^\S\n]*[,(]?[^\S\n]*$/;

/**
 * A weekday right beside a date names that date's day: when they agree the weekday takes the date's value
 * ("Saturday (3/20/2021)" in a caption older than the story); when they disagree the text says two things
 * ("Tuesday tomorrow" told on a Sunday) and the document gets a `weekday-date-mismatch` warning.
 */
export function checkWeekdaysBesideDates(timexes: Timex[], text: string, context: StageContext): void {
  for (let i = 0; i + 1 < timexes.length; i++) {
    const [left, right] = [timexes[i]!, timexes[i + 1]!];
    if (!BESIDE.test(text.slice(left.end, right.start))) continue;
    const [named, dated] = weekdayOnly(left) && !weekdayOnly(right) ? [left, right] : weekdayOnly(right) && !weekdayOnly(left) ? [right, left] : [null, null];
    const day = dated && dayOfValue(dated.value);
    const word = named?.text.match(WEEKDAY_WORD)?.[1];
    if (!named || !day || !word) continue;
    const stated = WEEKDAYS[word.toLowerCase()]!;
    if (stated === weekday(day)) {
      Object.assign(named, { value: dated.value!.slice(0, 10), anchor: { kind: 'timex', timex: dated.id } });
    } else {
      const start = Math.min(left.start, right.start);
      const end = Math.max(left.end, right.end);
      context.report('warning', WEEKDAY_MISMATCH, mismatchText(text.slice(start, end), dated.text, dated.value!, stated), start, end);
    }
  }
}
