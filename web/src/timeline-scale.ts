// The timeline's periods: a scale chosen from the span of the data (days, weeks, months, years), the API's
// daily rows summed into it, empty periods kept so gaps show, and labels with no hours in them.
import type { TimelineRow } from './api.ts';

export type Scale = 'day' | 'week' | 'month' | 'year';
/** What the periods are made from: the API's timeline rows, per day. */
export type DayRow = Pick<TimelineRow, 'period' | 'count' | 'meanGoldstein'>;

export interface Period {
  /** First day of the period, YYYY-MM-DD (a week starts on Monday). */
  start: string;
  label: string;
  count: number;
  /** Mean Goldstein of the period's events; null when none has a score. */
  meanGoldstein: number | null;
}

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Days from `first` to `last`, both counted. */
export const spanDays = (first: string, last: string) => Math.round((ms(last) - ms(first)) / DAY_MS) + 1;

/** A month of days or less: days; half a year or less: weeks; ten years or less: months; else years. */
export function chooseScale(first: string, last: string): Scale {
  const days = spanDays(first, last);
  if (days <= 31) return 'day';
  if (days <= 183) return 'week';
  if (days <= 3653) return 'month';
  return 'year';
}

/** The first day of the period `date` falls in. */
export function periodStart(date: string, scale: Scale): string {
  if (scale === 'day') return date;
  if (scale === 'month') return `${date.slice(0, 7)}-01`;
  if (scale === 'year') return `${date.slice(0, 4)}-01-01`;
  const weekday = (new Date(ms(date)).getUTCDay() + 6) % 7; // Monday 0
  return iso(ms(date) - weekday * DAY_MS);
}

function stepStart(start: string, scale: Scale, by = 1): string {
  const d = new Date(ms(start));
  if (scale === 'day') d.setUTCDate(d.getUTCDate() + by);
  else if (scale === 'week') d.setUTCDate(d.getUTCDate() + 7 * by);
  else if (scale === 'month') d.setUTCMonth(d.getUTCMonth() + by);
  else d.setUTCFullYear(d.getUTCFullYear() + by);
  return iso(d.getTime());
}

/** The fewest periods a chart spans, so one busy day is a bar among its neighbours, not the whole width. */
export const MIN_PERIODS: Record<Scale, number> = { day: 7, week: 4, month: 3, year: 3 };

/** "Oct 23", "week of Oct 19", "Oct 2020", "2020"; the year joins days and weeks when the span crosses one. */
export function periodLabel(start: string, scale: Scale, withYear: boolean): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const day = `${MONTHS[m - 1]} ${d}${withYear ? `, ${y}` : ''}`;
  if (scale === 'day') return day;
  if (scale === 'week') return `week of ${day}`;
  if (scale === 'month') return `${MONTHS[m - 1]} ${y}`;
  return String(y);
}

/**
 * Daily rows (ascending) summed into periods of `scale`, every period from the first to the last included,
 * widened with empty periods on both sides to at least `minimum`.
 */
export function toPeriods(rows: DayRow[], scale: Scale, minimum = 1): Period[] {
  if (rows.length === 0) return [];
  const sums = new Map<string, { count: number; scored: number; total: number }>();
  for (const r of rows) {
    const key = periodStart(r.period, scale);
    const s = sums.get(key) ?? { count: 0, scored: 0, total: 0 };
    s.count += r.count;
    // The API's mean is over the day's events; weighted by their count it adds up to the period's mean.
    if (r.meanGoldstein !== null) {
      s.scored += r.count;
      s.total += r.meanGoldstein * r.count;
    }
    sums.set(key, s);
  }
  let first = periodStart(rows[0]!.period, scale);
  let last = periodStart(rows.at(-1)!.period, scale);
  for (let n = countPeriods(first, last, scale), before = true; n < minimum; n++, before = !before) {
    if (before) first = stepStart(first, scale, -1);
    else last = stepStart(last, scale, 1);
  }
  const crossesYear = first.slice(0, 4) !== last.slice(0, 4);
  const out: Period[] = [];
  for (let start = first; start <= last; start = stepStart(start, scale)) {
    const s = sums.get(start);
    out.push({
      start, label: periodLabel(start, scale, crossesYear), count: s?.count ?? 0,
      meanGoldstein: s && s.scored > 0 ? s.total / s.scored : null,
    });
  }
  return out;
}

function countPeriods(first: string, last: string, scale: Scale): number {
  let n = 1;
  for (let start = first; start < last; start = stepStart(start, scale)) n++;
  return n;
}

/** Which period labels to print on an axis `width` pixels wide: evenly spaced, never crowded. */
export function tickStarts(periods: Period[], width: number): string[] {
  const room = Math.max(1, Math.floor(width / 90));
  const every = Math.ceil(periods.length / room);
  return periods.filter((_, i) => i % every === 0).map((p) => p.start);
}
