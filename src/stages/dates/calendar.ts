/** Calendar arithmetic on plain {year, month, day} triples in UTC, so results never depend on the machine's TZ. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function toUtc(d: Day): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day, 12));
  date.setUTCFullYear(d.year);
  return date;
}

export function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Adds months, clamping the day to the target month's length (Mar 31 − 1 month = Feb 28/29). */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return fromUtc(new Date(Date.UTC(year, month, 0, 12))).day;
}

export function isValidDay(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** 0 = Sunday … 6 = Saturday, as chrono and JS count. */
export function weekday(d: Day): number {
  return toUtc(d).getUTCDay();
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(d: Day): { year: number; week: number } {
  const date = toUtc(d);
  const dayNumber = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - dayNumber + 3);
  const thursday = fromUtc(date);
  const week = 1 + Math.floor((date.getTime() - toUtc({ year: thursday.year, month: 1, day: 1 }).getTime()) / (7 * 86_400_000));
  return { year: thursday.year, week };
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function dayValue(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function weekValue(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function seasonOf(month: number): 'SP' | 'SU' | 'FA' | 'WI' {
  if (month >= 3 && month <= 5) return 'SP';
  if (month >= 6 && month <= 8) return 'SU';
  if (month >= 9 && month <= 11) return 'FA';
  return 'WI';
}
