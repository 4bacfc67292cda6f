/**
 * The dateline a wire story opens with ("OTTAWA, March 14 (Reuters) -", "KYIV, Ukraine, Oct. 3, 2022 (AP) —",
 * "LONDON (Reuters) -"): its place, and the publication date it gives. A dateline usually gives a month and a
 * day without the year; the year is then inferred from the dates written in the text, else from when the
 * file was last modified, and a message on the document says so.
 */
import type { InputMessage } from './limits.ts';
import { calendarDay, monthNumber } from './dates.ts';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const CAPS_PLACE = String.raw`[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}`;
const NAME_PLACE = String.raw`[A-Z][\p{Ll}.'’-]+(?: [A-Z][\p{Ll}.'’-]+){0,3}`;
const DATE = String.raw`(?:(${MONTH})\s+(\d{1,2})|(\d{1,2})\s+(${MONTH}))(?:,?\s+(\d{4}))?`;
const DATELINE = new RegExp(
  String.raw`^[ \t]*(${CAPS_PLACE}|${NAME_PLACE})((?:,[ \t]*${NAME_PLACE})?)(?:,[ \t]*${DATE})?[ \t]*(\([^)\n]{1,40}\))?[ \t]*(?:-{1,2}|[–—])[ \t]`,
  'u',
);
/** Dates written with a month and a year anywhere in the text (the story's own time, unlike bare years). */
const WRITTEN_DATE = new RegExp(String.raw`\b(?:${MONTH}\s+(?:\d{1,2},?\s+)?|\d{1,2}\s+${MONTH},?\s+)((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-\d{2}-\d{2}\b`, 'gu');

export interface Dateline {
  /** the place as written ("OTTAWA"), without the region that may follow it */
  place: string;
  month: number | null;
  day: number | null;
  year: number | null;
  /** the span of the date in the text (the whole dateline when it has no date) */
  start: number;
  end: number;
}

/** The dateline at the start of the text, or null. An all-caps place, or an agency in parentheses, is needed. */
export function readDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 300));
  if (!m) return null;
  const [whole, place, , monthFirst, dayAfter, dayFirst, monthAfter, year, agency] = m;
  if (place !== place!.toUpperCase() && !agency) return null;
  const monthName = monthFirst ?? monthAfter;
  const month = monthName ? monthNumber(monthName) : null;
  const day = Number(dayAfter ?? dayFirst) || null;
  if (monthName && (!month || !day || !calendarDay(2000, month, day))) return null;
  const dateText = monthName ? new RegExp(DATE, 'u').exec(whole!)! : null;
  const start = dateText ? m.index + dateText.index : m.index;
  return { place: place!, month, day, year: year ? Number(year) : null, start, end: start + (dateText?.[0] ?? whole!).length };
}

export interface DatelineDate {
  published: string;
  /** true when the year was not written and had to be inferred */
  inferred: boolean;
  message: InputMessage;
}

/**
 * The publication date a dateline gives, the year inferred when it has none: the year the text's dates with a
 * month are most often in (ties: the one nearest the file's year, else the latest), else the year that puts
 * the date on or before the file's modification time. Null when the text has no dated dateline, or no year
 * can be inferred.
 */
export function datelineDate(text: string, modified: Date | null): DatelineDate | null {
  const line = readDateline(text);
  if (!line || line.month === null || line.day === null) return null;
  const written = text.slice(line.start, line.end);
  const message = (level: InputMessage['level'], rule: string, what: string): InputMessage =>
    ({ level, rule, start: line.start, end: line.end, text: what });
  if (line.year !== null) {
    const published = calendarDay(line.year, line.month, line.day);
    return published ? { published, inferred: false, message: message('info', 'dateline-date', `publication date ${published} read from the dateline "${written}"`) } : null;
  }
  const fromText = yearOfWrittenDates(text, line, modified);
  const fromFile = modified ? yearBefore(line.month, line.day, modified) : null;
  const year = fromText?.year ?? fromFile;
  if (year === null) return null;
  const published = calendarDay(year, line.month, line.day);
  if (!published) return null;
  const why = fromText
    ? `the dates written in the text (${fromText.count} in ${year})`
    : `the file's modification time (${modified!.toISOString().slice(0, 10)})`;
  return {
    published,
    inferred: true,
    message: message('warning', 'dateline-year-inferred',
      `the dateline "${written}" gives no year: publication date ${published}, the year inferred from ${why}; pass --published YYYY-MM-DD to set it`),
  };
}

function yearOfWrittenDates(text: string, line: Dateline, modified: Date | null): { year: number; count: number } | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(WRITTEN_DATE)) {
    if (m.index! < line.end) continue;
    const year = Number(m[1] ?? m[2]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const near = modified?.getUTCFullYear() ?? Infinity;
  let best: { year: number; count: number } | null = null;
  for (const [year, count] of counts) {
    const closer = best && Math.abs(year - near) < Math.abs(best.year - near);
    const later = best && Math.abs(year - near) === Math.abs(best.year - near) && year > best.year;
    if (!best || count > best.count || (count === best.count && (closer || later))) best = { year, count };
  }
  return best;
}

/** The year that puts month/day on the day of `modified` or in the twelve months before it. */
function yearBefore(month: number, day: number, modified: Date): number {
  const year = modified.getUTCFullYear();
  const sameYear = calendarDay(year, month, day);
  return sameYear !== null && sameYear <= modified.toISOString().slice(0, 10) ? year : year - 1;
}
